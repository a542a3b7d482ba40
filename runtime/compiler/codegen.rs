//! AST to bytecode.
use super::ast::*;
use super::error::SyntaxErrorInfo;
use crate::runtime::bytecode::*;

pub fn compile_module(body: &Body, source: &str, filename: &str) -> Result<CodeUnit, SyntaxErrorInfo> {
    todo!("helper: compiler")
}

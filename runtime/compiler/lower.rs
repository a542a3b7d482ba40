//! Parse with `ruff_python_parser` and lower its AST into `ast`.
use super::ast::*;
use super::error::SyntaxErrorInfo;

pub fn parse_module(source: &str, filename: &str) -> Result<Body, SyntaxErrorInfo> {
    todo!("helper: parser lowering")
}

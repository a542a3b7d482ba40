//! Source text to `CodeUnit`: `lower` parses with the parser crate and lowers its tree into
//! stitch's own `ast`; `symtable` resolves scopes; `codegen` emits bytecode.

pub mod ast;
pub mod codegen;
pub mod error;
pub mod lower;
pub mod symtable;

pub use error::SyntaxErrorInfo;

use crate::runtime::bytecode::CodeUnit;

/// Compile a whole module (`exec` mode). `filename` is what tracebacks and errors show.
pub fn compile_module(source: &str, filename: &str) -> Result<CodeUnit, SyntaxErrorInfo> {
    let body = lower::parse_module(source, filename)?;
    codegen::compile_module(&body, source, filename)
}

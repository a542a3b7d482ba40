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

/// Compile the source of `eval()`: a single expression (leading spaces and tabs ignored, as
/// CPython does), whose code returns its value.
pub fn compile_eval(source: &str, filename: &str) -> Result<CodeUnit, SyntaxErrorInfo> {
    let source = source.trim_start_matches([' ', '\t']);
    // Statements are not expressions: whatever the module parser says about them, eval's
    // expression grammar reports plain invalid syntax.
    let body = lower::parse_module(source, filename).map_err(|mut e| {
        if e.msg.contains("outside") {
            e.msg = "invalid syntax".to_string();
        }
        e
    })?;
    codegen::compile_eval(&body, source, filename)
}

/// Compile the source of `exec()`: a module whose names go through its locals mapping.
pub fn compile_exec(source: &str, filename: &str) -> Result<CodeUnit, SyntaxErrorInfo> {
    let body = lower::parse_module(source, filename)?;
    codegen::compile_module_with(&body, source, filename, true)
}

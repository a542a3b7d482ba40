//! Syntax errors as CPython reports them: file, line, column and a caret line.

/// A compile-time error. `col` is 1-based (CPython's `offset`), counted in characters.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxErrorInfo {
    /// "SyntaxError", "IndentationError" or "TabError".
    pub kind: &'static str,
    pub msg: String,
    pub filename: String,
    pub line: u32,
    pub col: u32,
    /// The offending source line, without its newline, if known.
    pub text: Option<String>,
}

impl SyntaxErrorInfo {
    /// What CPython prints to stderr for an uncaught syntax error:
    /// ```text
    ///   File "prog.py", line 3
    ///     x = (1 +
    ///         ^
    /// SyntaxError: '(' was never closed
    /// ```
    pub fn render(&self) -> String {
        todo!("helper: parser lowering")
    }
}

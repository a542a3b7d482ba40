//! Syntax errors as CPython reports them: file, line, column and a caret line.

/// A compile-time error. `col` is 1-based (CPython's `offset`), counted in characters.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxErrorInfo {
    /// "SyntaxError", "IndentationError" or "TabError" (or "RecursionError" when the program is
    /// nested too deeply to compile, which CPython reports without a location).
    pub kind: &'static str,
    pub msg: String,
    pub filename: String,
    pub line: u32,
    pub col: u32,
    /// The offending source line, without its newline, if known.
    pub text: Option<String>,
}

impl SyntaxErrorInfo {
    /// An error of `kind` at `line`/`col` (1-based character column), with the source line
    /// taken from `source` when it exists.
    pub fn at(
        kind: &'static str,
        msg: impl Into<String>,
        filename: &str,
        source: &str,
        line: u32,
        col: u32,
    ) -> Self {
        let text = line
            .checked_sub(1)
            .and_then(|index| source_line(source, index as usize))
            .map(str::to_string);
        SyntaxErrorInfo {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            line,
            col,
            text,
        }
    }

    /// A plain `SyntaxError` at `line`/`col` (see [`SyntaxErrorInfo::at`]).
    pub fn syntax(
        msg: impl Into<String>,
        filename: &str,
        source: &str,
        line: u32,
        col: u32,
    ) -> Self {
        Self::at("SyntaxError", msg, filename, source, line, col)
    }

    /// An error without a source location, such as the compiler's recursion limit.
    pub fn without_location(kind: &'static str, msg: impl Into<String>, filename: &str) -> Self {
        SyntaxErrorInfo {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            line: 0,
            col: 0,
            text: None,
        }
    }

    /// What CPython prints to stderr for an uncaught syntax error (every line ends in `\n`):
    /// ```text
    ///   File "prog.py", line 3
    ///     x = (1 +
    ///         ^
    /// SyntaxError: '(' was never closed
    /// ```
    /// As CPython does, the source line loses its leading whitespace, the caret moves left with
    /// it, and no caret is printed when it would point left of the text.
    pub fn render(&self) -> String {
        let mut out = String::new();
        if self.line > 0 {
            out.push_str(&format!(
                "  File \"{}\", line {}\n",
                self.filename, self.line
            ));
            if let Some(text) = &self.text {
                let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
                let removed = text.chars().count() - stripped.chars().count();
                let shown = stripped.trim_end_matches(['\n', '\r']);
                out.push_str("    ");
                out.push_str(shown);
                out.push('\n');
                // 0-based caret position within the shown text; negative means "left of it".
                let caret = self.col as i64 - 1 - removed as i64;
                if caret >= 0 {
                    let width = shown.chars().count() as i64;
                    let caret = caret.min(width) as usize;
                    out.push_str("    ");
                    out.push_str(&" ".repeat(caret));
                    out.push_str("^\n");
                }
            }
        }
        out.push_str(self.kind);
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

/// Line `index` (0-based) of `source`, without its line break. Lines end at `\n`, `\r\n` or
/// a lone `\r`, as in CPython's universal newlines.
pub fn source_line(source: &str, index: usize) -> Option<&str> {
    let bytes = source.as_bytes();
    let mut start = 0;
    let mut line = 0;
    let mut pos = 0;
    while pos < bytes.len() {
        let (is_break, width) = match bytes[pos] {
            b'\n' => (true, 1),
            b'\r' if bytes.get(pos + 1) == Some(&b'\n') => (true, 2),
            b'\r' => (true, 1),
            _ => (false, 1),
        };
        if is_break {
            if line == index {
                return source.get(start..pos);
            }
            line += 1;
            start = pos + width;
        }
        pos += width;
    }
    if line == index && start <= bytes.len() {
        return source.get(start..);
    }
    None
}

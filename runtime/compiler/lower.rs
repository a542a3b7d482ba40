//! Parse with `ruff_python_parser` and lower its AST into `ast`.
//!
//! The pipeline, and why each step exists:
//! 1. [`Scanner`]: a small re-implementation of the error paths of CPython 3.11's tokenizer. It
//!    finds the errors CPython reports from its tokenizer (unterminated strings, bad number
//!    literals, unmatched brackets, bad indentation) with CPython's messages and priorities, and
//!    it refuses bracket nesting deeper than 200 before ruff ever sees it.
//! 2. ruff parses the module (target Python 3.11, so newer syntax is reported as an error).
//!    Its first error is translated to CPython's wording.
//! 3. [`Lowerer`] converts ruff's tree into `ast`, counting nesting so that a long operator
//!    chain becomes a `RecursionError` instead of a stack overflow.
//! 4. ruff's semantic syntax checks run (duplicate parameters, `return` outside a function...)
//!    for the errors CPython's symbol table and compiler would raise.
//!
//! ruff's tree can be arbitrarily deep (`1+1+...+1`), and dropping a deep tree recurses, so
//! every path that may hold a deep tree takes it apart iteratively with [`dismantle`].

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};

use num_bigint::BigUint;
use ruff_python_ast as ra;
use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::visitor::{self as ruff_visitor, Visitor};
use ruff_python_parser::semantic_errors::{
    SemanticSyntaxChecker, SemanticSyntaxContext, SemanticSyntaxError, SemanticSyntaxErrorKind,
};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, Mode, ParseError, ParseErrorType, ParseOptions,
    UnsupportedSyntaxError,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::ast::*;
use super::error::SyntaxErrorInfo;

/// Nesting (statements plus expressions) beyond which lowering gives up with a
/// `RecursionError`, as CPython's compiler does past its own limit.
const MAX_NESTING: u32 = 2000;
/// CPython's tokenizer limit on open brackets (`MAXLEVEL`).
const MAX_BRACKETS: usize = 200;
/// CPython's tokenizer limit on the indentation stack (`MAXINDENT`): 99 nested blocks.
const MAX_INDENT: usize = 100;
/// CPython's default `sys.get_int_max_str_digits()`, which also limits decimal literals.
const MAX_INT_DIGITS: usize = 4300;
/// Stack growth for recursive steps (see `Lowerer::nested`): grow when less than the red zone
/// is left, by one segment.
const STACK_RED_ZONE: usize = 128 * 1024;
const STACK_SEGMENT: usize = 2 * 1024 * 1024;

type Fallible<T> = Result<T, Box<SyntaxErrorInfo>>;

// ---------------------------------------------------------------------------------------------
// Public entry points
// ---------------------------------------------------------------------------------------------

/// Turn a source file's bytes into text as CPython does: UTF-8 unless a PEP 263 comment in the
/// first two lines declares Latin-1 (other declared encodings are read as UTF-8), a leading BOM
/// dropped, null bytes refused, and `\r\n` / lone `\r` line ends made `\n`.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, SyntaxErrorInfo> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if let Some(null) = bytes.iter().position(|b| *b == 0) {
        let line = 1 + bytes[..null].iter().filter(|b| **b == b'\n').count() as u32;
        let line_start = bytes[..null]
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1);
        let text = String::from_utf8_lossy(&bytes[line_start..null]).into_owned();
        return Err(SyntaxErrorInfo {
            kind: "SyntaxError",
            msg: "source code cannot contain null bytes".into(),
            filename: filename.to_string(),
            line,
            col: 0,
            text: Some(text),
        });
    }
    let text = if declares_latin1(bytes) {
        bytes.iter().map(|b| *b as char).collect()
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_string(),
            Err(err) => {
                let bad = err.valid_up_to();
                let line = 1 + bytes[..bad].iter().filter(|b| **b == b'\n').count();
                let msg = format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding \
                     declared; see https://peps.python.org/pep-0263/ for details",
                    bytes.get(bad).copied().unwrap_or(0),
                    filename,
                    line
                );
                return Err(SyntaxErrorInfo::without_location(
                    "SyntaxError",
                    msg,
                    filename,
                ));
            }
        }
    };
    if !text.contains('\r') {
        return Ok(text);
    }
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Whether a PEP 263 coding comment in the first two lines names Latin-1.
fn declares_latin1(bytes: &[u8]) -> bool {
    for line in bytes.split(|b| *b == b'\n').take(2) {
        let line = String::from_utf8_lossy(line);
        let trimmed = line.trim_start();
        if !trimmed.starts_with('#') {
            // Only comment lines can declare; a code line ends the search.
            if trimmed.is_empty() {
                continue;
            }
            return false;
        }
        let Some(at) = trimmed.find("coding") else {
            continue;
        };
        let rest = &trimmed[at + "coding".len()..];
        let Some(rest) = rest.strip_prefix([':', '=']) else {
            continue;
        };
        let name: String = rest
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .collect::<String>()
            .to_ascii_lowercase()
            .replace('_', "-");
        return matches!(
            name.as_str(),
            "latin-1" | "iso-8859-1" | "iso8859-1" | "latin1" | "l1" | "iso-latin-1"
        ) || name.starts_with("latin-1-")
            || name.starts_with("iso-8859-1-");
    }
    false
}

/// Parse a whole module into stitch's AST, or report the first syntax error as CPython 3.11
/// would (same kind, line and, for the common cases, message).
pub fn parse_module(source: &str, filename: &str) -> Result<Body, SyntaxErrorInfo> {
    if source.starts_with('\u{feff}') {
        // `decode_source` strips a file's BOM; in text, CPython rejects it.
        let msg = "invalid non-printable character U+FEFF";
        return Err(SyntaxErrorInfo::syntax(msg, filename, source, 1, 1));
    }
    let map = SourceMap::new(source);
    let report = Scanner::new(&map).run();
    let errors = ErrorContext {
        map: &map,
        filename,
        scan: &report,
    };

    if let Some(first) = &report.first_error {
        if first.is_fatal {
            // Too deep to hand to ruff at all; nothing earlier can outrank it.
            return Err(errors.scan_error(first));
        }
    }

    let options = ParseOptions::from(Mode::Module).with_target_version(ra::PythonVersion::PY311);
    let parsed =
        match std::panic::catch_unwind(|| ruff_python_parser::parse_unchecked(source, options)) {
            Ok(parsed) => parsed,
            Err(_) => {
                let fallback = report.first_error.as_ref().map(|e| errors.scan_error(e));
                return Err(fallback.unwrap_or_else(|| {
                    SyntaxErrorInfo::syntax("invalid syntax", filename, source, 1, 1)
                }));
            }
        };
    let Some(parsed) = parsed.try_into_module() else {
        return Err(SyntaxErrorInfo::syntax(
            "invalid syntax",
            filename,
            source,
            1,
            1,
        ));
    };

    if let Some(error) = errors.choose(&parsed) {
        dismantle(parsed.into_syntax());
        return Err(error);
    }

    let lowered = Lowerer::new(&map, parsed.tokens(), filename).body(parsed.suite());
    let body = match lowered {
        Ok(body) => body,
        Err(error) => {
            dismantle(parsed.into_syntax());
            return Err(*error);
        }
    };
    // Lowering succeeded, so ruff's tree is at most MAX_NESTING deep: recursive visits are safe.
    if let Some(error) = semantic_error(&parsed, &map, filename) {
        return Err(error);
    }
    Ok(body)
}

// ---------------------------------------------------------------------------------------------
// Positions
// ---------------------------------------------------------------------------------------------

/// Byte offsets to CPython positions: 1-based lines, 0-based character columns.
struct SourceMap<'a> {
    source: &'a str,
    /// Byte offset where each line starts; lines end at `\n`, `\r\n` or a lone `\r`.
    line_starts: Vec<usize>,
    /// Characters before each `CHAR_BLOCK`-byte block; empty for ASCII sources. Keeps column
    /// lookups O(1) even on one enormous non-ASCII line.
    block_chars: Vec<u32>,
}

const CHAR_BLOCK: usize = 64;

impl<'a> SourceMap<'a> {
    fn new(source: &'a str) -> Self {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0];
        let mut pos = 0;
        while pos < bytes.len() {
            match bytes[pos] {
                b'\n' => line_starts.push(pos + 1),
                b'\r' if bytes.get(pos + 1) == Some(&b'\n') => {
                    pos += 1;
                    line_starts.push(pos + 1);
                }
                b'\r' => line_starts.push(pos + 1),
                _ => {}
            }
            pos += 1;
        }
        let block_chars = if source.is_ascii() {
            Vec::new()
        } else {
            let mut counts = Vec::with_capacity(bytes.len() / CHAR_BLOCK + 1);
            let mut total = 0u32;
            for block in bytes.chunks(CHAR_BLOCK) {
                counts.push(total);
                total += count_chars(block) as u32;
            }
            counts.push(total);
            counts
        };
        SourceMap {
            source,
            line_starts,
            block_chars,
        }
    }

    fn len(&self) -> usize {
        self.source.len()
    }

    /// Characters in `source[..byte]`.
    fn char_index(&self, byte: usize) -> usize {
        let byte = byte.min(self.source.len());
        if self.block_chars.is_empty() {
            return byte;
        }
        let block = byte / CHAR_BLOCK;
        let base = self.block_chars.get(block).copied().unwrap_or(0) as usize;
        base + count_chars(&self.source.as_bytes()[block * CHAR_BLOCK..byte])
    }

    /// 0-based index of the line holding `byte`.
    fn line_index(&self, byte: usize) -> usize {
        self.line_starts
            .partition_point(|start| *start <= byte)
            .saturating_sub(1)
    }

    /// 1-based line of `byte`.
    fn line(&self, byte: usize) -> u32 {
        self.line_index(byte) as u32 + 1
    }

    /// (1-based line, 0-based character column) of `byte`.
    fn position(&self, byte: usize) -> (u32, u32) {
        let index = self.line_index(byte);
        let start = self.line_starts[index];
        let col = self.char_index(byte) - self.char_index(start.min(byte));
        (index as u32 + 1, col as u32)
    }

    fn loc(&self, range: TextRange) -> Loc {
        let (line, col) = self.position(range.start().to_usize());
        let (end_line, end_col) = self.position(range.end().to_usize());
        Loc {
            line,
            col,
            end_line,
            end_col,
        }
    }

    /// The text of the 0-based line `index`, without its line break.
    fn line_text(&self, index: usize) -> &'a str {
        let Some(&start) = self.line_starts.get(index) else {
            return "";
        };
        let end = self
            .line_starts
            .get(index + 1)
            .copied()
            .unwrap_or(self.source.len());
        self.source
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }

    /// 1-based line of the last character (CPython's line at end of file).
    fn last_line(&self) -> u32 {
        if self.source.is_empty() {
            1
        } else {
            self.line(self.source.len() - 1)
        }
    }
}

/// Characters in a UTF-8 byte slice (which may start or end inside a character).
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| (**b & 0xC0) != 0x80).count()
}

// ---------------------------------------------------------------------------------------------
// Tokenizer-level errors, as CPython 3.11's tokenizer finds them
// ---------------------------------------------------------------------------------------------

/// An error found by [`Scanner`].
#[derive(Debug, Clone)]
struct ScanError {
    kind: &'static str,
    msg: String,
    /// Byte offset used to order this error against parser errors.
    offset: usize,
    line: u32,
    /// 1-based character column, as CPython reports it.
    col: u32,
    /// CPython raises this as soon as its tokenizer reaches it, and its check of the rest of
    /// the file after a parser error raises it too; so it beats any parser error. The others
    /// ("done codes": bad dedent, tabs, line continuation) only count if the parser gets there.
    is_hard: bool,
    /// Too deep to parse: reported without running ruff.
    is_fatal: bool,
}

#[derive(Debug, Clone, Copy)]
struct Bracket {
    ch: u8,
    offset: usize,
}

#[derive(Debug, Default)]
struct ScanReport {
    /// The first tokenizer error in the file; scanning stops there.
    first_error: Option<ScanError>,
    /// Brackets still open at end of file (when the scan got there).
    unclosed: Vec<Bracket>,
    /// Byte ranges of f-string literals (3.11 sees them as single tokens).
    fstrings: Vec<(usize, usize)>,
    /// The first problem CPython 3.11's f-string parser would find.
    fstring_error: Option<FStringProblem>,
}

/// An error in an f-string's replacement fields, which CPython 3.11 raises while parsing.
#[derive(Debug, Clone)]
struct FStringProblem {
    /// Where in the f-string the problem is (orders it against parser errors).
    order: usize,
    /// Where CPython shows it: the token after the string.
    shown: usize,
    msg: String,
}

const EOF: i32 = -1;

/// Walks the source the way CPython 3.11's tokenizer does, only to find its errors.
struct Scanner<'m, 'a> {
    map: &'m SourceMap<'a>,
    src: &'a [u8],
    cur: usize,
    brackets: Vec<Bracket>,
    /// Indentation stack: (column with tabs to 8, column with tabs to 1).
    indents: Vec<(u32, u32)>,
    fstrings: Vec<(usize, usize)>,
    fstring_error: Option<FStringProblem>,
}

impl<'m, 'a> Scanner<'m, 'a> {
    fn new(map: &'m SourceMap<'a>) -> Self {
        Scanner {
            map,
            src: map.source.as_bytes(),
            cur: 0,
            brackets: Vec::new(),
            indents: vec![(0, 0)],
            fstrings: Vec::new(),
            fstring_error: None,
        }
    }

    fn run(mut self) -> ScanReport {
        let first_error = self.scan().err();
        let unclosed = if first_error.is_none() {
            std::mem::take(&mut self.brackets)
        } else {
            Vec::new()
        };
        ScanReport {
            first_error,
            unclosed,
            fstrings: self.fstrings,
            fstring_error: self.fstring_error,
        }
    }

    fn nextc(&mut self) -> i32 {
        match self.src.get(self.cur) {
            Some(&c) => {
                self.cur += 1;
                c as i32
            }
            None => EOF,
        }
    }

    fn backup(&mut self, c: i32) {
        if c != EOF {
            self.cur -= 1;
        }
    }

    fn peek(&self) -> i32 {
        self.src.get(self.cur).map_or(EOF, |&c| c as i32)
    }

    /// Consume a line break starting with `c` (already consumed): `\n`, `\r` or `\r\n`.
    fn finish_line_break(&mut self, c: i32) {
        if c == b'\r' as i32 && self.peek() == b'\n' as i32 {
            self.cur += 1;
        }
    }

    fn error(&self, msg: impl Into<String>, offset: usize, col: u32, hard: bool) -> ScanError {
        ScanError {
            kind: "SyntaxError",
            msg: msg.into(),
            offset,
            line: self.map.line(offset),
            col,
            is_hard: hard,
            is_fatal: false,
        }
    }

    /// A hard error whose column is "characters up to the tokenizer's cursor", the way
    /// CPython's `syntaxerror()` computes it.
    fn error_at_cursor(&self, msg: impl Into<String>, offset: usize) -> ScanError {
        let cursor = self.cur.min(self.src.len());
        let (_, col) = self.map.position(cursor);
        let line_start = self.map.line_starts[self.map.line_index(offset)];
        let col = if cursor < line_start { 0 } else { col };
        self.error(msg, offset, col, true)
    }

    /// A hard error with the caret on the character at `offset`.
    fn error_on(&self, msg: impl Into<String>, offset: usize) -> ScanError {
        let (_, col) = self.map.position(offset);
        self.error(msg, offset, col + 1, true)
    }

    /// A soft error ("done code") raised for the line holding `offset`.
    fn soft_error(&self, kind: &'static str, msg: &str, offset: usize, col: u32) -> ScanError {
        ScanError {
            kind,
            ..self.error(msg, offset, col, false)
        }
    }

    /// Column just past the end of the line holding `offset` (where CPython puts the caret
    /// for indentation errors).
    fn end_of_line_col(&self, offset: usize) -> u32 {
        let text = self.map.line_text(self.map.line_index(offset));
        text.chars().count() as u32 + 1
    }

    fn scan(&mut self) -> Result<(), ScanError> {
        let mut at_line_start = true;
        loop {
            if at_line_start {
                at_line_start = false;
                self.indentation()?;
            }
            while matches!(self.peek(), 0x20 | 0x09 | 0x0c) {
                self.cur += 1;
            }
            let start = self.cur;
            let c = self.nextc();
            match c {
                EOF => return Ok(()),
                0x23 /* # */ => {
                    while !matches!(self.peek(), EOF | 0x0a | 0x0d) {
                        self.cur += 1;
                    }
                }
                0x0a | 0x0d => {
                    self.finish_line_break(c);
                    at_line_start = self.brackets.is_empty();
                }
                0x5c /* \ */ => self.line_continuation(start)?,
                0x22 | 0x27 => {
                    self.backup(c);
                    self.string(start, false)?;
                }
                0x28 | 0x5b | 0x7b => {
                    if self.brackets.len() >= MAX_BRACKETS {
                        let mut error = self.error_at_cursor("too many nested parentheses", start);
                        error.is_fatal = true;
                        return Err(error);
                    }
                    self.brackets.push(Bracket { ch: c as u8, offset: start });
                }
                0x29 | 0x5d | 0x7d => self.close_bracket(c as u8, start)?,
                _ if c == 0x2e && self.peek_is_digit() => {
                    self.backup(c);
                    self.number(start)?;
                }
                _ if (c as u8).is_ascii_digit() => {
                    self.backup(c);
                    self.number(start)?;
                }
                _ if is_identifier_start(c) => {
                    self.backup(c);
                    self.identifier_or_string(start)?;
                }
                0x00 => return Err(self.error_on("source code cannot contain null bytes", start)),
                _ if c < 0x20 || c == 0x7f => {
                    let msg = format!("invalid non-printable character U+{:04X}", c);
                    return Err(self.error_on(msg, start));
                }
                _ => {} // operators; ASCII junk like `$` is the parser's "invalid syntax"
            }
        }
    }

    fn peek_is_digit(&self) -> bool {
        self.src.get(self.cur).is_some_and(u8::is_ascii_digit)
    }

    /// Indentation at the start of a logical line (CPython's `atbol` block).
    fn indentation(&mut self) -> Result<(), ScanError> {
        let mut line_start = self.cur;
        let (mut col, mut altcol) = (0u32, 0u32);
        // Indentation can't be split by `\`: the column at the first one counts.
        let mut continued_col = None;
        loop {
            match self.peek() {
                0x5c => {
                    let backslash = self.cur;
                    continued_col.get_or_insert(col);
                    self.cur += 1;
                    self.line_continuation(backslash)?;
                    line_start = self.cur;
                    continue;
                }
                0x20 => {
                    col += 1;
                    altcol += 1;
                }
                0x09 => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                0x0c => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.cur += 1;
        }
        // Blank and comment-only lines (and the end of the file, which CPython sees after a
        // synthesized newline) don't take part in indentation.
        if matches!(self.peek(), 0x23 | 0x0a | 0x0d | EOF) || !self.brackets.is_empty() {
            return Ok(());
        }
        if let Some(continued) = continued_col {
            col = continued;
            altcol = continued;
        }
        let tab_error = |s: &Self| {
            s.soft_error(
                "TabError",
                "inconsistent use of tabs and spaces in indentation",
                line_start,
                1,
            )
        };
        let (top_col, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top_col {
            if altcol != top_alt {
                return Err(tab_error(self));
            }
        } else if col > top_col {
            if self.indents.len() >= MAX_INDENT {
                let msg = "too many levels of indentation";
                return Err(self.soft_error("IndentationError", msg, line_start, 1));
            }
            if altcol <= top_alt {
                return Err(tab_error(self));
            }
            self.indents.push((col, altcol));
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|top| col < top.0) {
                self.indents.pop();
            }
            let (top_col, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top_col {
                let msg = "unindent does not match any outer indentation level";
                let end = self.end_of_line_col(line_start);
                return Err(self.soft_error("IndentationError", msg, line_start, end));
            }
            if altcol != top_alt {
                return Err(tab_error(self));
            }
        }
        Ok(())
    }

    fn line_continuation(&mut self, start: usize) -> Result<(), ScanError> {
        let c = self.nextc();
        match c {
            0x0a | 0x0d => {
                self.finish_line_break(c);
                if self.peek() == EOF {
                    return Err(self.eof_after_continuation(start));
                }
                Ok(())
            }
            EOF => Err(self.eof_after_continuation(start)),
            _ => {
                let (_, col) = self.map.position(start);
                let msg = "unexpected character after line continuation character";
                Err(self.soft_error("SyntaxError", msg, start, col + 2))
            }
        }
    }

    /// The file ends right after a `\`: an open bracket is reported as never closed.
    fn eof_after_continuation(&self, start: usize) -> ScanError {
        if let Some(open) = self.brackets.last() {
            let (_, col) = self.map.position(open.offset);
            let msg = format!("'{}' was never closed", open.ch as char);
            let mut error = self.soft_error("SyntaxError", &msg, start, col + 1);
            error.line = self.map.line(open.offset);
            return error;
        }
        let col = self.end_of_line_col(start);
        self.soft_error("SyntaxError", "unexpected EOF while parsing", start, col)
    }

    fn close_bracket(&mut self, c: u8, start: usize) -> Result<(), ScanError> {
        let Some(open) = self.brackets.pop() else {
            return Err(self.error_on(format!("unmatched '{}'", c as char), start));
        };
        let expected = match open.ch {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if c != expected {
            let open_line = self.map.line(open.offset);
            let mut msg = format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                c as char, open.ch as char
            );
            if open_line != self.map.line(start) {
                msg.push_str(&format!(" on line {open_line}"));
            }
            return Err(self.error_on(msg, start));
        }
        Ok(())
    }

    fn identifier_or_string(&mut self, start: usize) -> Result<(), ScanError> {
        while self.cur < self.src.len() && is_identifier_char(self.src[self.cur] as i32) {
            self.cur += 1;
        }
        let word = &self.src[start..self.cur];
        if matches!(self.peek(), 0x22 | 0x27) {
            let lower = word.to_ascii_lowercase();
            if matches!(
                lower.as_slice(),
                b"r" | b"u" | b"b" | b"f" | b"br" | b"rb" | b"fr" | b"rf"
            ) {
                return self.string(start, lower.contains(&b'f'));
            }
        }
        Ok(())
    }

    /// A string literal whose prefix starts at `start`; the cursor is on the opening quote.
    fn string(&mut self, start: usize, is_fstring: bool) -> Result<(), ScanError> {
        let prefix = &self.src[start..self.cur];
        let raw = prefix.iter().any(|b| matches!(b, b'r' | b'R'));
        let quote = self.nextc();
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        let mut c = self.nextc();
        if c == quote {
            c = self.nextc();
            if c == quote {
                quote_size = 3;
            } else {
                end_quote_size = 1; // empty string
            }
        }
        if c != quote {
            self.backup(c);
        }
        while end_quote_size != quote_size {
            let c = self.nextc();
            if c == EOF || (quote_size == 1 && (c == 0x0a || c == 0x0d)) {
                let detected = if c == EOF {
                    self.map.last_line()
                } else {
                    self.map.line(self.cur - 1)
                };
                let msg = if quote_size == 3 {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {detected})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                return Err(self.error_on(msg, start));
            }
            if c == quote {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if c == 0x5c {
                    let escaped = self.nextc();
                    self.finish_line_break(escaped);
                }
            }
        }
        if is_fstring {
            self.fstrings.push((start, self.cur));
            if self.fstring_error.is_none() {
                let content = start + prefix.len() + quote_size..self.cur - quote_size;
                if let Err((order, msg)) = check_fstring(self.src, content, raw) {
                    let shown = self.next_token_start(self.cur);
                    self.fstring_error = Some(FStringProblem { order, shown, msg });
                }
            }
        }
        Ok(())
    }

    /// Where the token after `from` starts: CPython 3.11 reports f-string errors there.
    fn next_token_start(&self, from: usize) -> usize {
        let mut pos = from;
        let in_brackets = !self.brackets.is_empty();
        while let Some(&c) = self.src.get(pos) {
            match c {
                b' ' | b'\t' | 0x0c => pos += 1,
                b'#' => {
                    while !matches!(self.src.get(pos), None | Some(b'\n' | b'\r')) {
                        pos += 1;
                    }
                }
                b'\\' if matches!(self.src.get(pos + 1), Some(b'\n' | b'\r')) => pos += 2,
                b'\n' | b'\r' if in_brackets => pos += 1,
                _ => break,
            }
        }
        pos
    }

    /// A number literal starting at `start` (cursor there), following CPython's `tok_get`.
    fn number(&mut self, start: usize) -> Result<(), ScanError> {
        let mut c = self.nextc();
        if c == b'.' as i32 {
            c = self.nextc();
            return self.fraction(start, c);
        }
        if c == b'0' as i32 {
            c = self.nextc();
            match c as u8 {
                b'x' | b'X' => return self.radix_number(start, 16),
                b'o' | b'O' => return self.radix_number(start, 8),
                b'b' | b'B' => return self.radix_number(start, 2),
                _ => {}
            }
            // Zeros, possibly an old-style octal.
            let mut nonzero = false;
            loop {
                if c == b'_' as i32 {
                    c = self.nextc();
                    if !is_digit(c) {
                        self.backup(c);
                        return Err(self.error_at_cursor("invalid decimal literal", start));
                    }
                }
                if c != b'0' as i32 {
                    break;
                }
                c = self.nextc();
            }
            if is_digit(c) {
                nonzero = true;
                c = self.decimal_tail(start)?;
            }
            if c == b'.' as i32 {
                c = self.nextc();
                return self.fraction(start, c);
            } else if c == b'e' as i32 || c == b'E' as i32 {
                return self.exponent(start, c);
            } else if c == b'j' as i32 || c == b'J' as i32 {
                return self.imaginary(start);
            } else if nonzero {
                self.backup(c);
                let msg = "leading zeros in decimal integer literals are not permitted; use an 0o \
                           prefix for octal integers";
                let (_, col) = self.map.position(start);
                return Err(self.error(msg, start, col + 1, true));
            }
            return self.end_of_number(start, c, "decimal");
        }
        self.backup(c);
        c = self.decimal_tail(start)?;
        if c == b'.' as i32 {
            c = self.nextc();
            return self.fraction(start, c);
        }
        self.after_fraction(start, c)
    }

    fn fraction(&mut self, start: usize, mut c: i32) -> Result<(), ScanError> {
        if is_digit(c) {
            self.backup(c);
            c = self.decimal_tail(start)?;
        }
        self.after_fraction(start, c)
    }

    fn after_fraction(&mut self, start: usize, c: i32) -> Result<(), ScanError> {
        if c == b'e' as i32 || c == b'E' as i32 {
            return self.exponent(start, c);
        }
        if c == b'j' as i32 || c == b'J' as i32 {
            return self.imaginary(start);
        }
        self.end_of_number(start, c, "decimal")
    }

    fn exponent(&mut self, start: usize, e: i32) -> Result<(), ScanError> {
        let mut c = self.nextc();
        if c == b'+' as i32 || c == b'-' as i32 {
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.error_at_cursor("invalid decimal literal", start));
            }
        } else if !is_digit(c) {
            // `1else`: the `e` starts the next token.
            self.backup(c);
            self.backup(e);
            let e = self.nextc();
            self.end_of_number(start, e, "decimal")?;
            return Ok(());
        }
        self.backup(c);
        c = self.decimal_tail(start)?;
        if c == b'j' as i32 || c == b'J' as i32 {
            return self.imaginary(start);
        }
        self.end_of_number(start, c, "decimal")
    }

    fn imaginary(&mut self, start: usize) -> Result<(), ScanError> {
        let c = self.nextc();
        self.end_of_number(start, c, "imaginary")
    }

    /// Digits and single underscores; returns the first character after them (consumed).
    fn decimal_tail(&mut self, start: usize) -> Result<i32, ScanError> {
        loop {
            let mut c;
            loop {
                c = self.nextc();
                if !is_digit(c) {
                    break;
                }
            }
            if c != b'_' as i32 {
                return Ok(c);
            }
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.error_at_cursor("invalid decimal literal", start));
            }
        }
    }

    /// `0x…`, `0o…`, `0b…`: the cursor is just past the radix letter.
    fn radix_number(&mut self, start: usize, radix: u32) -> Result<(), ScanError> {
        let kind = match radix {
            16 => "hexadecimal",
            8 => "octal",
            _ => "binary",
        };
        let in_radix = |c: i32| c >= 0 && (c as u8 as char).is_digit(radix);
        let mut c = self.nextc();
        loop {
            if c == b'_' as i32 {
                c = self.nextc();
            }
            if !in_radix(c) {
                if radix != 16 && is_digit(c) {
                    let msg = format!("invalid digit '{}' in {kind} literal", c as u8 as char);
                    return Err(self.error_at_cursor(msg, start));
                }
                self.backup(c);
                return Err(self.error_at_cursor(format!("invalid {kind} literal"), start));
            }
            loop {
                c = self.nextc();
                if !in_radix(c) {
                    break;
                }
            }
            if c != b'_' as i32 {
                break;
            }
        }
        if radix != 16 && is_digit(c) {
            let msg = format!("invalid digit '{}' in {kind} literal", c as u8 as char);
            return Err(self.error_at_cursor(msg, start));
        }
        self.end_of_number(start, c, kind)
    }

    /// CPython's `verify_end_of_number`: a number may be followed directly by a keyword that
    /// can follow a number (`1if x else 2`), but not by other identifier characters.
    fn end_of_number(&mut self, start: usize, c: i32, kind: &str) -> Result<(), ScanError> {
        let keyword_follows = match c as u8 {
            _ if c == EOF => false,
            b'a' => self.lookahead(b"nd"),
            b'e' => self.lookahead(b"lse"),
            b'f' => self.lookahead(b"or"),
            b'i' => matches!(self.peek() as u8, b'f' | b'n' | b's') && self.peek() != EOF,
            b'o' => self.lookahead(b"r"),
            b'n' => self.lookahead(b"ot"),
            _ => false,
        };
        self.backup(c);
        if !keyword_follows && is_identifier_char(c) {
            return Err(self.error_at_cursor(format!("invalid {kind} literal"), start));
        }
        Ok(())
    }

    /// Whether `rest` follows the cursor and ends a word there.
    fn lookahead(&self, rest: &[u8]) -> bool {
        let end = self.cur + rest.len();
        self.src.get(self.cur..end) == Some(rest)
            && !self
                .src
                .get(end)
                .is_some_and(|&b| is_identifier_char(b as i32))
    }
}

type FStringCheck = Result<usize, (usize, String)>;

/// CPython 3.11's checks of an f-string's replacement fields (`fstring_find_expr` and
/// friends): the string is one token there, scanned by hand before its expressions are
/// parsed. `content` is the range between the quotes. Expressions themselves are ruff's job.
fn check_fstring(
    src: &[u8],
    content: std::ops::Range<usize>,
    raw: bool,
) -> Result<(), (usize, String)> {
    check_fstring_part(src, content.start, content.end, raw, 0).map(|_| ())
}

/// Literal text and fields from `pos` to the end (level 0) or to the `}` closing a format spec.
fn check_fstring_part(
    src: &[u8],
    mut pos: usize,
    end: usize,
    raw: bool,
    level: u32,
) -> FStringCheck {
    loop {
        let (next, doubled) = check_fstring_literal(src, pos, end, raw, level)?;
        pos = next;
        if doubled {
            continue;
        }
        if pos >= end || src[pos] == b'}' {
            break;
        }
        pos = check_fstring_field(src, pos, end, raw, level)?;
    }
    if level > 0 && (pos >= end || src[pos] != b'}') {
        return Err((pos, "f-string: expecting '}'".into()));
    }
    Ok(pos)
}

/// Literal text up to a `{` or `}`; `true` when it stopped after a doubled brace.
fn check_fstring_literal(
    src: &[u8],
    mut pos: usize,
    end: usize,
    raw: bool,
    level: u32,
) -> Result<(usize, bool), (usize, String)> {
    while pos < end {
        let mut ch = src[pos];
        pos += 1;
        if !raw && ch == b'\\' && pos < end {
            ch = src[pos];
            pos += 1;
            if ch == b'N' {
                // `\N{NAME}`: its braces are not a field.
                if pos < end {
                    pos += 1;
                    if src[pos - 1] == b'{' {
                        while pos < end {
                            pos += 1;
                            if src[pos - 1] == b'}' {
                                break;
                            }
                        }
                    }
                }
                continue;
            }
        }
        if ch == b'{' || ch == b'}' {
            if level == 0 {
                if pos < end && src[pos] == ch {
                    return Ok((pos + 1, true));
                }
                if ch == b'}' {
                    return Err((pos - 1, "f-string: single '}' is not allowed".into()));
                }
            }
            return Ok((pos - 1, false));
        }
    }
    Ok((pos, false))
}

/// One `{…}` field starting at `open`; returns the position after its `}`.
fn check_fstring_field(src: &[u8], open: usize, end: usize, raw: bool, level: u32) -> FStringCheck {
    let fail = |at: usize, msg: &str| Err((at, msg.to_string()));
    if level >= 2 {
        return fail(open, "f-string: expressions nested too deeply");
    }
    let expr_start = open + 1;
    let mut pos = expr_start;
    let mut quote = 0u8;
    let mut triple = false;
    let mut brackets: Vec<u8> = Vec::new();
    while pos < end {
        let ch = src[pos];
        if ch == b'\\' {
            return fail(open, "f-string expression part cannot include a backslash");
        }
        if quote != 0 {
            if ch == quote {
                if !triple {
                    quote = 0;
                } else if pos + 2 < end && src[pos + 1] == ch && src[pos + 2] == ch {
                    pos += 2;
                    quote = 0;
                }
            }
            pos += 1;
            continue;
        }
        match ch {
            b'\'' | b'"' => {
                triple = pos + 2 < end && src[pos + 1] == ch && src[pos + 2] == ch;
                if triple {
                    pos += 2;
                }
                quote = ch;
            }
            b'[' | b'{' | b'(' => {
                if brackets.len() >= MAX_BRACKETS {
                    return fail(open, "f-string: too many nested parenthesis");
                }
                brackets.push(ch);
            }
            b'#' => return fail(open, "f-string expression part cannot include '#'"),
            b'!' | b':' | b'}' | b'=' | b'>' | b'<' if brackets.is_empty() => {
                let next = src.get(pos + 1).copied().filter(|_| pos + 1 < end);
                if next == Some(b'=') && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                    pos += 2;
                    continue;
                }
                if !matches!(ch, b'>' | b'<') {
                    break;
                }
            }
            b']' | b'}' | b')' => match brackets.pop() {
                None => return fail(open, &format!("f-string: unmatched '{}'", ch as char)),
                Some(opening) => {
                    let expected = match opening {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if ch != expected {
                        let msg = format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, opening as char
                        );
                        return fail(open, &msg);
                    }
                }
            },
            _ => {}
        }
        pos += 1;
    }
    if quote != 0 {
        return fail(open, "f-string: unterminated string");
    }
    if let Some(opening) = brackets.last() {
        return fail(open, &format!("f-string: unmatched '{}'", *opening as char));
    }
    if pos >= end {
        return fail(open, "f-string: expecting '}'");
    }
    if src[expr_start..pos]
        .iter()
        .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c))
    {
        return fail(open, "f-string: empty expression not allowed");
    }
    if src[pos] == b'=' {
        pos += 1;
        while pos < end && matches!(src[pos], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            pos += 1;
        }
        if pos >= end {
            return fail(pos, "f-string: expecting '}'");
        }
    }
    if src[pos] == b'!' {
        pos += 1;
        if pos >= end {
            return fail(pos, "f-string: expecting '}'");
        }
        let conversion = src[pos];
        pos += 1;
        if !matches!(conversion, b's' | b'r' | b'a') {
            return fail(
                pos - 1,
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            );
        }
    }
    if pos < end && src[pos] == b':' {
        pos += 1;
        if pos >= end {
            return fail(pos, "f-string: expecting '}'");
        }
        pos = check_fstring_part(src, pos, end, raw, level + 1)?;
    }
    if pos >= end || src[pos] != b'}' {
        return fail(pos, "f-string: expecting '}'");
    }
    Ok(pos + 1)
}

fn is_digit(c: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&c)
}

fn is_identifier_start(c: i32) -> bool {
    c >= 0x80 || c == b'_' as i32 || (c >= 0 && (c as u8).is_ascii_alphabetic())
}

fn is_identifier_char(c: i32) -> bool {
    is_identifier_start(c) || is_digit(c)
}

// ---------------------------------------------------------------------------------------------
// Choosing and wording the error CPython would report
// ---------------------------------------------------------------------------------------------

struct ErrorContext<'a> {
    map: &'a SourceMap<'a>,
    filename: &'a str,
    scan: &'a ScanReport,
}

/// A located error before it becomes a [`SyntaxErrorInfo`].
struct Located {
    kind: &'static str,
    msg: String,
    /// Where the error is shown.
    offset: usize,
    /// Where the parser failed: orders this error against others, and decides whether an
    /// unclosed bracket explains it.
    order: usize,
    /// 1-based column; computed from `offset` when `None`.
    col: Option<u32>,
}

impl Located {
    fn syntax(msg: impl Into<String>, offset: usize) -> Self {
        Located {
            kind: "SyntaxError",
            msg: msg.into(),
            offset,
            order: offset,
            col: None,
        }
    }
}

impl<'a> ErrorContext<'a> {
    fn info(&self, kind: &'static str, msg: String, line: u32, col: u32) -> SyntaxErrorInfo {
        SyntaxErrorInfo::at(kind, msg, self.filename, self.map.source, line, col)
    }

    fn scan_error(&self, error: &ScanError) -> SyntaxErrorInfo {
        self.info(error.kind, error.msg.clone(), error.line, error.col)
    }

    fn located(&self, error: Located) -> SyntaxErrorInfo {
        // At the very end of a file that ends with a newline, CPython is still on the last line.
        let ends_with_newline = self.map.source.ends_with(['\n', '\r']);
        let offset = if error.offset >= self.map.len() && ends_with_newline {
            self.map.len() - 1
        } else {
            error.offset
        };
        let (line, col) = self.map.position(offset);
        self.info(error.kind, error.msg, line, error.col.unwrap_or(col + 1))
    }

    /// The error CPython would report for this file, if any, before lowering. Mirrors
    /// CPython's priorities: tokenizer errors beat parser errors (CPython tokenizes the rest of
    /// the file after a parse failure), except "done code" errors, which only count if the
    /// parser reaches them; an unclosed bracket explains a later parse failure.
    fn choose(
        &self,
        parsed: &ruff_python_parser::Parsed<ra::ModModule>,
    ) -> Option<SyntaxErrorInfo> {
        let scan_error = self.scan.first_error.as_ref();
        let parse_error = parsed.errors().first();
        // Characters that can't start or continue an identifier: ruff knows Unicode's tables.
        let invalid_char = parsed.errors().iter().find_map(|error| match &error.error {
            ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok })
                if !tok.is_ascii() =>
            {
                Some((error.location.start().to_usize(), *tok))
            }
            _ => None,
        });
        let hard = match (invalid_char, scan_error) {
            (Some((offset, ch)), first) if first.is_none_or(|e| offset < e.offset) => {
                let msg = if is_printable(ch) {
                    format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                Some((offset, self.located(Located::syntax(msg, offset))))
            }
            (_, Some(first)) if first.is_hard => Some((first.offset, self.scan_error(first))),
            _ => None,
        };
        if let Some((hard_offset, hard)) = hard {
            // CPython reports an unexpected indent without tokenizing the rest of the file.
            if let Some(indent) = parse_error.filter(|p| {
                p.error == ParseErrorType::UnexpectedIndentation
                    && p.location.start().to_usize() < hard_offset
            }) {
                return Some(self.located(self.parse_error(indent, parsed)));
            }
            return Some(hard);
        }

        let unsupported = parsed
            .unsupported_syntax_errors()
            .iter()
            .min_by_key(|e| e.range.start());
        let parser = match (parse_error, unsupported) {
            (Some(p), Some(u)) if u.range.start() < p.location.start() => Some(self.unsupported(u)),
            (Some(p), _) => Some(self.parse_error(p, parsed)),
            (None, Some(u)) => Some(self.unsupported(u)),
            (None, None) => None,
        };
        // CPython 3.11 checks an f-string's fields when it parses the string.
        let fstring = self.scan.fstring_error.as_ref().map(|problem| Located {
            order: problem.order,
            ..Located::syntax(problem.msg.clone(), problem.shown)
        });
        let parser = match (parser, fstring) {
            (Some(p), Some(f)) if f.order <= p.order => Some(f),
            (None, Some(f)) => Some(f),
            (parser, _) => parser,
        };

        if let Some(soft) = scan_error {
            // ruff reports these where the scanner knows CPython's position better.
            let same_error = matches!(
                parse_error.map(|p| &p.error),
                Some(ParseErrorType::Lexical(
                    LexicalErrorType::Eof | LexicalErrorType::IndentationError
                ))
            );
            if same_error || parser.as_ref().is_none_or(|p| soft.offset <= p.order) {
                return Some(self.scan_error(soft));
            }
        }
        let parser = parser?;
        if let Some(open) = self.scan.unclosed.last() {
            let at_end = parser.order >= self.map.len()
                || matches!(
                    parse_error.map(|p| &p.error),
                    Some(ParseErrorType::Lexical(LexicalErrorType::Eof))
                );
            let parser_line = self.map.line(parser.order);
            if at_end || parser_line > self.map.line(open.offset) {
                let msg = format!("'{}' was never closed", open.ch as char);
                return Some(self.located(Located::syntax(msg, open.offset)));
            }
        }
        Some(self.located(parser))
    }

    fn in_fstring(&self, offset: usize) -> bool {
        let index = self
            .scan
            .fstrings
            .partition_point(|(start, _)| *start <= offset);
        index > 0 && self.scan.fstrings[index - 1].1 > offset
    }

    fn unsupported(&self, error: &UnsupportedSyntaxError) -> Located {
        use ruff_python_parser::UnsupportedSyntaxErrorKind as K;
        let offset = error.range.start().to_usize();
        let msg = match error.kind {
            // The kind's type is private to ruff; its variant name is all we need.
            K::Pep701FString(kind) => match format!("{kind:?}").as_str() {
                "Backslash" => "f-string expression part cannot include a backslash",
                "Comment" => "f-string expression part cannot include '#'",
                _ => "f-string: expecting '}'",
            },
            K::UnparenthesizedExceptionTypes => "multiple exception types must be parenthesized",
            K::UnpackingInComprehension(kind) if format!("{kind:?}") == "DictInDict" => {
                "dict unpacking cannot be used in dict comprehension"
            }
            K::UnpackingInComprehension(_) => "iterable unpacking cannot be used in comprehension",
            _ => "invalid syntax",
        };
        Located::syntax(msg, offset)
    }

    fn parse_error(
        &self,
        error: &ParseError,
        parsed: &ruff_python_parser::Parsed<ra::ModModule>,
    ) -> Located {
        let offset = error.location.start().to_usize();
        let syntax = |msg: &str| Located::syntax(msg, offset);
        let indentation = |msg: String| Located {
            kind: "IndentationError",
            ..Located::syntax(msg, offset)
        };
        let fstring =
            |e: &InterpolatedStringErrorType| syntax(&fstring_error_message(e, self.map, offset));
        match &error.error {
            ParseErrorType::ExpectedToken { expected, found } => {
                let tokens = parsed.tokens();
                // CPython shows these at the expression before the offending token.
                let before = previous_token_start(tokens, offset).unwrap_or(offset);
                let shown_before = |msg: &str| Located {
                    offset: before,
                    ..syntax(msg)
                };
                match expected {
                    TokenKind::Colon if *found == TokenKind::Equal => {
                        shown_before("invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                    }
                    // `if x` + newline; the headers below require their `:` outright.
                    TokenKind::Colon
                        if *found == TokenKind::Newline
                            || matches!(
                                logical_line_start(tokens, offset).map(Token::kind),
                                Some(
                                    TokenKind::For
                                        | TokenKind::With
                                        | TokenKind::Try
                                        | TokenKind::Finally
                                        | TokenKind::Class
                                        | TokenKind::Def
                                        | TokenKind::Else
                                        | TokenKind::Async
                                )
                            ) =>
                    {
                        syntax("expected ':'")
                    }
                    TokenKind::Lpar
                        if logical_line_start(tokens, offset).map(Token::kind)
                            == Some(TokenKind::Def) =>
                    {
                        syntax("expected '('")
                    }
                    TokenKind::Else => syntax("expected 'else' after 'if' expression"),
                    TokenKind::Comma if starts_expression(*found) => {
                        let msg = "invalid syntax. Perhaps you forgot a comma?";
                        if self.in_fstring(offset) {
                            shown_before(&format!("f-string: {msg}"))
                        } else {
                            shown_before(msg)
                        }
                    }
                    _ => syntax("invalid syntax"),
                }
            }
            ParseErrorType::ExpectedExpression if self.in_fstring(offset) => {
                let next = self.map.source.as_bytes().get(offset).copied();
                if matches!(next, Some(b'}' | b'!' | b':' | b'=')) {
                    syntax("f-string: empty expression not allowed")
                } else {
                    syntax("f-string: invalid syntax")
                }
            }
            ParseErrorType::UnexpectedIndentation => indentation("unexpected indent".into()),
            ParseErrorType::SimpleStatementsOnSameLine => {
                // `print "x"`: CPython suggests the call.
                let tokens = parsed.tokens();
                let end = tokens.partition_point(|t| t.start().to_usize() < offset);
                let significant: Vec<&Token> = tokens[..end]
                    .iter()
                    .rev()
                    .filter(|t| !is_trivia(t.kind()))
                    .take(1)
                    .collect();
                let legacy = significant.first().filter(|t| {
                    t.kind() == TokenKind::Name
                        && matches!(
                            self.map.source.get(t.range().to_std_range()),
                            Some("print" | "exec")
                        )
                        && logical_line_start(tokens, t.start().to_usize() + 1).map(|s| s.start())
                            == Some(t.start())
                });
                match legacy {
                    Some(name) => {
                        let name_text = self
                            .map
                            .source
                            .get(name.range().to_std_range())
                            .unwrap_or("print");
                        Located {
                            offset: name.start().to_usize(),
                            ..syntax(&format!(
                                "Missing parentheses in call to '{name_text}'. Did you mean {name_text}(...)?"
                            ))
                        }
                    }
                    None => syntax("invalid syntax"),
                }
            }
            ParseErrorType::OtherError(msg) => {
                if let Some(what) = msg.strip_prefix("Expected an indented block after ") {
                    let tokens = parsed.tokens();
                    let header_line = block_header_line(tokens, self.map, offset);
                    let what = indented_block_owner(what);
                    let msg =
                        format!("expected an indented block after {what} on line {header_line}");
                    // CPython points at the token that should have been indented, if any.
                    let at_line_end =
                        matches!(self.map.source.as_bytes().get(offset), Some(b'\n' | b'\r'));
                    let after = tokens.partition_point(|t| t.start().to_usize() <= offset);
                    let next = tokens[after..]
                        .iter()
                        .find(|t| !is_trivia(t.kind()) && t.kind() != TokenKind::EndOfFile);
                    match next.filter(|_| at_line_end) {
                        Some(token) => Located {
                            offset: token.start().to_usize(),
                            ..indentation(msg)
                        },
                        None => indentation(msg),
                    }
                } else if msg.starts_with("Expected `except` or `finally`") {
                    syntax("expected 'except' or 'finally' block")
                } else if msg == "Expected a parameter name" {
                    // `f(x+1=2)` / `f(True=1)`
                    let text = self
                        .map
                        .source
                        .get(error.location.to_std_range())
                        .unwrap_or("");
                    if matches!(text, "True" | "False" | "None") {
                        syntax(&format!("cannot assign to {text}"))
                    } else {
                        syntax("expression cannot contain assignment, perhaps you meant \"==\"?")
                    }
                } else if msg.starts_with("Only single target") {
                    syntax(&msg.replacen("Only", "only", 1))
                } else {
                    syntax("invalid syntax")
                }
            }
            ParseErrorType::Lexical(lexical) => match lexical {
                LexicalErrorType::Eof => syntax("unexpected EOF while parsing"),
                LexicalErrorType::IndentationError => {
                    let line = self.map.line(offset);
                    let col = self.map.line_text(line as usize - 1).chars().count() as u32 + 1;
                    Located {
                        col: Some(col),
                        ..indentation("unindent does not match any outer indentation level".into())
                    }
                }
                LexicalErrorType::UnclosedStringError => {
                    let line = self.map.line(offset);
                    syntax(&format!(
                        "unterminated string literal (detected at line {line})"
                    ))
                }
                LexicalErrorType::LineContinuationError => {
                    syntax("unexpected character after line continuation character")
                }
                LexicalErrorType::InvalidByteLiteral => {
                    syntax("bytes can only contain ASCII literal characters")
                }
                LexicalErrorType::UnicodeError
                | LexicalErrorType::MissingUnicodeLbrace
                | LexicalErrorType::MissingUnicodeRbrace => syntax(
                    "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N \
                     character escape",
                ),
                LexicalErrorType::FStringError(e) => fstring(e),
                _ => syntax("invalid syntax"),
            },
            ParseErrorType::FStringError(e) => fstring(e),
            ParseErrorType::InvalidAssignmentTarget => {
                let target = find_expr(parsed.syntax(), error.location);
                let name = target.as_ref().map_or("expression", |t| expr_name(t.expr));
                // CPython suggests `==` only for operands of `|` and tighter (`bitwise_or`) and
                // never for displays and keyword constants.
                let keeps_plain_message = matches!(
                    target.as_ref().map(|t| t.expr),
                    Some(
                        ra::Expr::Generator(_)
                            | ra::Expr::List(_)
                            | ra::Expr::Tuple(_)
                            | ra::Expr::If(_)
                            | ra::Expr::Lambda(_)
                            | ra::Expr::Compare(_)
                            | ra::Expr::BoolOp(_)
                            | ra::Expr::Named(_)
                            | ra::Expr::UnaryOp(ra::ExprUnaryOp {
                                op: ra::UnaryOp::Not,
                                ..
                            })
                    )
                );
                if name == "yield expression" {
                    syntax("assignment to yield expression not possible")
                } else if matches!(name, "True" | "False" | "None")
                    || keeps_plain_message
                    || !target.is_some_and(|t| t.sole_assign_target)
                {
                    syntax(&format!("cannot assign to {name}"))
                } else {
                    syntax(&format!(
                        "cannot assign to {name} here. Maybe you meant '==' instead of '='?"
                    ))
                }
            }
            ParseErrorType::InvalidNamedAssignmentTarget => {
                let name = find_expr(parsed.syntax(), error.location)
                    .map_or("expression", |t| expr_name(t.expr));
                syntax(&format!("cannot use assignment expressions with {name}"))
            }
            ParseErrorType::InvalidAugmentedAssignmentTarget => {
                let name = find_expr(parsed.syntax(), error.location)
                    .map_or("expression", |t| expr_name(t.expr));
                syntax(&format!(
                    "'{name}' is an illegal expression for augmented assignment"
                ))
            }
            ParseErrorType::InvalidDeleteTarget => {
                let name = find_expr(parsed.syntax(), error.location)
                    .map_or("expression", |t| expr_name(t.expr));
                syntax(&format!("cannot delete {name}"))
            }
            ParseErrorType::InvalidAnnotatedAssignmentTarget => {
                match find_expr(parsed.syntax(), error.location).map(|t| t.expr) {
                    Some(ra::Expr::Tuple(_)) => {
                        syntax("only single target (not tuple) can be annotated")
                    }
                    Some(ra::Expr::List(_)) => {
                        syntax("only single target (not list) can be annotated")
                    }
                    _ => syntax("illegal target for annotation"),
                }
            }
            ParseErrorType::NonDefaultParamAfterDefaultParam => {
                syntax("non-default argument follows default argument")
            }
            ParseErrorType::ParamAfterVarKeywordParam => {
                syntax("arguments cannot follow var-keyword argument")
            }
            ParseErrorType::VarParameterWithDefault => {
                // The error is at the `=`; the stars are before the parameter's name.
                let before = self.map.source.get(..offset).unwrap_or("").trim_end();
                let name_start = before.trim_end_matches(|c: char| c.is_alphanumeric() || c == '_');
                if name_start.trim_end().ends_with("**") {
                    syntax("var-keyword argument cannot have default value")
                } else {
                    syntax("var-positional argument cannot have default value")
                }
            }
            ParseErrorType::ExpectedKeywordParam => syntax("named arguments must follow bare *"),
            ParseErrorType::PositionalAfterKeywordArgument => {
                syntax("positional argument follows keyword argument")
            }
            ParseErrorType::PositionalAfterKeywordUnpacking => {
                syntax("positional argument follows keyword argument unpacking")
            }
            ParseErrorType::InvalidArgumentUnpackingOrder => {
                syntax("iterable argument unpacking follows keyword argument unpacking")
            }
            ParseErrorType::IterableUnpackingInComprehension => {
                syntax("iterable unpacking cannot be used in comprehension")
            }
            ParseErrorType::UnparenthesizedGeneratorExpression => {
                syntax("Generator expression must be parenthesized")
            }
            ParseErrorType::InvalidStarredExpressionUsage => syntax("invalid syntax"),
            ParseErrorType::InvalidMatchPatternTarget => syntax("cannot use '_' as a target"),
            ParseErrorType::ExpectedRealNumber => syntax("real number required in complex literal"),
            ParseErrorType::ExpectedImaginaryNumber => {
                syntax("imaginary number required in complex literal")
            }
            _ => syntax("invalid syntax"),
        }
    }
}

fn fstring_error_message(
    error: &InterpolatedStringErrorType,
    map: &SourceMap,
    offset: usize,
) -> String {
    use InterpolatedStringErrorType as E;
    match error {
        E::UnclosedLbrace => "f-string: expecting '}'".into(),
        E::InvalidConversionFlag => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'".into()
        }
        E::SingleRbrace => "f-string: single '}' is not allowed".into(),
        E::UnterminatedString => {
            format!(
                "unterminated string literal (detected at line {})",
                map.line(offset)
            )
        }
        E::UnterminatedTripleQuotedString => format!(
            "unterminated triple-quoted string literal (detected at line {})",
            map.last_line()
        ),
        E::LambdaWithoutParentheses => {
            "f-string: lambda expressions are not allowed without parentheses".into()
        }
        E::ConversionFlagNotImmediatelyAfterExclamation => {
            "f-string: conversion type must come right after the exclamanation mark".into()
        }
        E::NewlineInFormatSpec => {
            "f-string: newlines are not allowed in format specifiers for single quoted f-strings"
                .into()
        }
    }
}

fn is_trivia(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Comment
            | TokenKind::NonLogicalNewline
            | TokenKind::Newline
            | TokenKind::Indent
            | TokenKind::Dedent
    )
}

/// Start of the last significant token before `offset`.
fn previous_token_start(tokens: &[Token], offset: usize) -> Option<usize> {
    let end = tokens.partition_point(|t| t.start().to_usize() < offset);
    tokens[..end]
        .iter()
        .rev()
        .find(|t| !is_trivia(t.kind()))
        .map(|t| t.start().to_usize())
}

/// The first token of the logical line holding `offset`.
fn logical_line_start(tokens: &[Token], offset: usize) -> Option<&Token> {
    let end = tokens.partition_point(|t| t.start().to_usize() < offset);
    let mut first = end;
    while first > 0
        && !matches!(
            tokens[first - 1].kind(),
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
        )
    {
        first -= 1;
    }
    tokens[first..end].iter().find(|t| !is_trivia(t.kind()))
}

/// Whether a token can begin an expression (for CPython's "forgot a comma?" hint, which needs
/// an expression on both sides).
fn starts_expression(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::Lpar
            | TokenKind::Lsqb
            | TokenKind::Lbrace
            | TokenKind::None
            | TokenKind::True
            | TokenKind::False
            | TokenKind::Ellipsis
            | TokenKind::Lambda
            | TokenKind::Not
            | TokenKind::Await
            | TokenKind::Tilde
    )
}

/// Line of the keyword that starts the block header whose `:` is the last one before `offset`.
fn block_header_line(tokens: &[Token], map: &SourceMap, offset: usize) -> u32 {
    let end = tokens.partition_point(|t| t.start().to_usize() < offset);
    let before = &tokens[..end];
    let Some(colon) = before.iter().rposition(|t| t.kind() == TokenKind::Colon) else {
        return map.line(offset);
    };
    let mut first = colon;
    while first > 0
        && !matches!(
            before[first - 1].kind(),
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
        )
    {
        first -= 1;
    }
    while first < colon && is_trivia(before[first].kind()) {
        first += 1;
    }
    map.line(before[first].start().to_usize())
}

/// CPython's name for the construct in ruff's "Expected an indented block after …".
fn indented_block_owner(ruff_what: &str) -> String {
    if ruff_what.contains("class") {
        return "class definition".into();
    }
    if ruff_what.contains("function") {
        return "function definition".into();
    }
    match ruff_what.split('`').nth(1) {
        Some(keyword) => format!("'{keyword}' statement"),
        None => ruff_what.to_string(),
    }
}

/// Python's `str.isprintable` for one character, closely enough for error messages.
fn is_printable(ch: char) -> bool {
    !(ch.is_control()
        || (ch.is_whitespace() && ch != ' ')
        || matches!(ch, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}'))
}

/// CPython's `_PyPegen_get_expr_name`: how errors name an expression.
fn expr_name(expr: &ra::Expr) -> &'static str {
    use ra::Expr as E;
    match expr {
        E::Attribute(_) => "attribute",
        E::Subscript(_) => "subscript",
        E::Starred(_) => "starred",
        E::Name(_) => "name",
        E::List(_) => "list",
        E::Tuple(_) => "tuple",
        E::Lambda(_) => "lambda",
        E::Call(_) => "function call",
        E::BoolOp(_) | E::BinOp(_) | E::UnaryOp(_) => "expression",
        E::Generator(_) => "generator expression",
        E::Yield(_) | E::YieldFrom(_) => "yield expression",
        E::Await(_) => "await expression",
        E::ListComp(_) => "list comprehension",
        E::SetComp(_) => "set comprehension",
        E::DictComp(_) => "dict comprehension",
        E::Dict(_) => "dict literal",
        E::Set(_) => "set display",
        E::FString(_) | E::TString(_) => "f-string expression",
        E::StringLiteral(_) | E::BytesLiteral(_) | E::NumberLiteral(_) => "literal",
        E::BooleanLiteral(b) if b.value => "True",
        E::BooleanLiteral(_) => "False",
        E::NoneLiteral(_) => "None",
        E::EllipsisLiteral(_) => "ellipsis",
        E::Compare(_) => "comparison",
        E::If(_) => "conditional expression",
        E::Named(_) => "named expression",
        E::Slice(_) | E::IpyEscapeCommand(_) => "expression",
    }
}

struct FoundExpr<'a> {
    expr: &'a ra::Expr,
    /// The expression is the only target of an `a = b` statement.
    sole_assign_target: bool,
}

/// The outermost expression with exactly `range` (depth-limited: the tree may be deep).
fn find_expr(module: &ra::ModModule, range: TextRange) -> Option<FoundExpr<'_>> {
    struct Finder<'a> {
        target: TextRange,
        depth: u32,
        found: Option<FoundExpr<'a>>,
    }
    impl<'a> Visitor<'a> for Finder<'a> {
        fn visit_stmt(&mut self, stmt: &'a ra::Stmt) {
            if self.found.is_some() || self.depth > 200 || !stmt.range().contains_range(self.target)
            {
                return;
            }
            if let ra::Stmt::Assign(assign) = stmt {
                if let [only] = assign.targets.as_slice() {
                    if only.range() == self.target {
                        self.found = Some(FoundExpr {
                            expr: only,
                            sole_assign_target: true,
                        });
                        return;
                    }
                }
            }
            self.depth += 1;
            ruff_visitor::walk_stmt(self, stmt);
            self.depth -= 1;
        }
        fn visit_expr(&mut self, expr: &'a ra::Expr) {
            if self.found.is_some() || self.depth > 200 || !expr.range().contains_range(self.target)
            {
                return;
            }
            if expr.range() == self.target {
                self.found = Some(FoundExpr {
                    expr,
                    sole_assign_target: false,
                });
                return;
            }
            self.depth += 1;
            ruff_visitor::walk_expr(self, expr);
            self.depth -= 1;
        }
    }
    let mut finder = Finder {
        target: range,
        depth: 0,
        found: None,
    };
    finder.visit_body(&module.body);
    finder.found
}

// ---------------------------------------------------------------------------------------------
// Lowering ruff's tree into `ast`
// ---------------------------------------------------------------------------------------------

struct Lowerer<'a> {
    map: &'a SourceMap<'a>,
    tokens: &'a [Token],
    filename: &'a str,
    /// Current nesting of statements and expressions; bounded by `MAX_NESTING`.
    depth: u32,
}

fn ident(identifier: &ra::Identifier) -> Ident {
    identifier.id.to_string()
}

fn expr_ctx(ctx: ra::ExprContext) -> Ctx {
    match ctx {
        ra::ExprContext::Store => Ctx::Store,
        ra::ExprContext::Del => Ctx::Del,
        ra::ExprContext::Load | ra::ExprContext::Invalid => Ctx::Load,
    }
}

fn bin_op(op: ra::Operator) -> BinOp {
    use ra::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::FloorDiv => BinOp::FloorDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::BitOr,
        O::BitXor => BinOp::BitXor,
        O::BitAnd => BinOp::BitAnd,
    }
}

fn cmp_op(op: ra::CmpOp) -> CmpOp {
    use ra::CmpOp as C;
    match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::NotEq,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::LtE,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::GtE,
        C::Is => CmpOp::Is,
        C::IsNot => CmpOp::IsNot,
        C::In => CmpOp::In,
        C::NotIn => CmpOp::NotIn,
    }
}

/// Append literal text to a flattened f-string, merging with a preceding literal.
fn push_literal(parts: &mut Vec<FStringPart>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(last)) = parts.last_mut() {
        last.push_str(text);
    } else {
        parts.push(FStringPart::Literal(text.to_string()));
    }
}

impl<'a> Lowerer<'a> {
    fn new(map: &'a SourceMap<'a>, tokens: &'a [Token], filename: &'a str) -> Self {
        Lowerer {
            map,
            tokens,
            filename,
            depth: 0,
        }
    }

    fn loc(&self, range: TextRange) -> Loc {
        self.map.loc(range)
    }

    /// Count one level of nesting, failing like CPython's compiler past `MAX_NESTING`.
    fn enter(&mut self) -> Fallible<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(Box::new(SyntaxErrorInfo::without_location(
                "RecursionError",
                "maximum recursion depth exceeded during compilation",
                self.filename,
            )));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Run one recursive lowering step one level deeper. Unoptimized builds use several KB of
    /// stack per level, so the stack is grown on the heap when it runs low instead of relying
    /// on the caller's stack size.
    fn nested<T>(&mut self, step: impl FnOnce(&mut Self) -> Fallible<T>) -> Fallible<T> {
        self.enter()?;
        let result = stacker::maybe_grow(STACK_RED_ZONE, STACK_SEGMENT, || step(self));
        self.leave();
        result
    }

    fn error_at(&self, msg: &str, offset: TextSize, col: Option<u32>) -> Box<SyntaxErrorInfo> {
        let (line, col0) = self.map.position(offset.to_usize());
        let col = col.unwrap_or(col0 + 1);
        Box::new(SyntaxErrorInfo::syntax(
            msg,
            self.filename,
            self.map.source,
            line,
            col,
        ))
    }

    /// Syntax stitch doesn't support (ruff accepts more than Python 3.11 does).
    fn unsupported(&self, range: TextRange) -> Box<SyntaxErrorInfo> {
        self.error_at("invalid syntax", range.start(), None)
    }

    fn body(&mut self, stmts: &[ra::Stmt]) -> Fallible<Body> {
        stmts.iter().map(|stmt| self.stmt(stmt)).collect()
    }

    fn stmt(&mut self, stmt: &ra::Stmt) -> Fallible<Stmt> {
        self.nested(|this| this.stmt_inner(stmt))
    }

    fn stmt_inner(&mut self, stmt: &ra::Stmt) -> Fallible<Stmt> {
        use ra::Stmt as S;
        let mut loc = self.loc(stmt.range());
        let kind = match stmt {
            S::FunctionDef(def) => {
                let start = self.def_start(stmt.range(), &def.decorator_list);
                loc = self.loc(TextRange::new(start, stmt.end()));
                self.function_def(def)?
            }
            S::ClassDef(class) => {
                let start = self.def_start(stmt.range(), &class.decorator_list);
                loc = self.loc(TextRange::new(start, stmt.end()));
                self.class_def(class)?
            }
            S::Return(ret) => StmtKind::Return(self.opt_expr(ret.value.as_deref())?),
            S::Delete(del) => StmtKind::Delete(self.exprs(&del.targets)?),
            S::Assign(assign) => StmtKind::Assign {
                targets: self.exprs(&assign.targets)?,
                value: self.expr(&assign.value)?,
            },
            S::AugAssign(aug) => StmtKind::AugAssign {
                target: self.expr(&aug.target)?,
                op: bin_op(aug.op),
                value: self.expr(&aug.value)?,
            },
            S::AnnAssign(ann) => StmtKind::AnnAssign {
                target: self.expr(&ann.target)?,
                annotation: self.expr(&ann.annotation)?,
                value: self.opt_expr(ann.value.as_deref())?,
                simple: ann.simple,
            },
            S::For(for_) => StmtKind::For {
                target: self.expr(&for_.target)?,
                iter: self.expr(&for_.iter)?,
                body: self.body(&for_.body)?,
                orelse: self.body(&for_.orelse)?,
                is_async: for_.is_async,
            },
            S::While(while_) => StmtKind::While {
                test: self.expr(&while_.test)?,
                body: self.body(&while_.body)?,
                orelse: self.body(&while_.orelse)?,
            },
            S::If(if_) => return self.if_chain(if_),
            S::With(with) => {
                let mut items = Vec::with_capacity(with.items.len());
                for item in &with.items {
                    items.push(WithItem {
                        context: self.expr(&item.context_expr)?,
                        target: self.opt_expr(item.optional_vars.as_deref())?,
                    });
                }
                StmtKind::With {
                    items,
                    body: self.body(&with.body)?,
                    is_async: with.is_async,
                }
            }
            S::Match(match_) => {
                let subject = self.expr(&match_.subject)?;
                let mut cases = Vec::with_capacity(match_.cases.len());
                for case in &match_.cases {
                    cases.push(MatchCase {
                        pattern: self.pattern(&case.pattern)?,
                        guard: self.opt_expr(case.guard.as_deref())?,
                        body: self.body(&case.body)?,
                    });
                }
                StmtKind::Match { subject, cases }
            }
            S::Raise(raise) => StmtKind::Raise {
                exc: self.opt_expr(raise.exc.as_deref())?,
                cause: self.opt_expr(raise.cause.as_deref())?,
            },
            S::Try(try_) => {
                let body = self.body(&try_.body)?;
                let mut handlers = Vec::with_capacity(try_.handlers.len());
                for handler in &try_.handlers {
                    let ra::ExceptHandler::ExceptHandler(handler) = handler;
                    handlers.push(ExceptHandler {
                        typ: self.opt_expr(handler.type_.as_deref())?,
                        name: handler.name.as_ref().map(ident),
                        body: self.body(&handler.body)?,
                        loc: self.loc(handler.range),
                    });
                }
                StmtKind::Try {
                    body,
                    handlers,
                    orelse: self.body(&try_.orelse)?,
                    finalbody: self.body(&try_.finalbody)?,
                    is_star: try_.is_star,
                }
            }
            S::Assert(assert) => StmtKind::Assert {
                test: self.expr(&assert.test)?,
                msg: self.opt_expr(assert.msg.as_deref())?,
            },
            S::Import(import) if !import.is_lazy => StmtKind::Import(self.aliases(&import.names)),
            S::ImportFrom(import) if !import.is_lazy => StmtKind::ImportFrom {
                module: import.module.as_ref().map(ident),
                names: self.aliases(&import.names),
                level: import.level,
            },
            S::Global(global) => StmtKind::Global(global.names.iter().map(ident).collect()),
            S::Nonlocal(nonlocal) => StmtKind::Nonlocal(nonlocal.names.iter().map(ident).collect()),
            S::Expr(expr) => StmtKind::Expr(self.expr(&expr.value)?),
            S::Pass(_) => StmtKind::Pass,
            S::Break(_) => StmtKind::Break,
            S::Continue(_) => StmtKind::Continue,
            S::Import(_) | S::ImportFrom(_) | S::TypeAlias(_) | S::IpyEscapeCommand(_) => {
                return Err(self.unsupported(stmt.range()));
            }
        };
        Ok(Stmt { loc, kind })
    }

    /// Where a (possibly decorated) `def`/`class` starts: CPython locates it at the keyword.
    fn def_start(&self, range: TextRange, decorators: &[ra::Decorator]) -> TextSize {
        let Some(last) = decorators.last() else {
            return range.start();
        };
        let after = self
            .tokens
            .partition_point(|token| token.start() < last.end());
        self.tokens[after..]
            .iter()
            .find(|token| {
                matches!(
                    token.kind(),
                    TokenKind::Def | TokenKind::Async | TokenKind::Class
                )
            })
            .map_or(range.start(), |token| token.start())
    }

    fn function_def(&mut self, def: &ra::StmtFunctionDef) -> Fallible<StmtKind> {
        if let Some(type_params) = &def.type_params {
            return Err(self.unsupported(type_params.range));
        }
        Ok(StmtKind::FunctionDef(Box::new(FunctionDef {
            name: ident(&def.name),
            args: self.arguments(&def.parameters)?,
            body: self.body(&def.body)?,
            decorators: self.decorators(&def.decorator_list)?,
            returns: self.opt_expr(def.returns.as_deref())?,
            is_async: def.is_async,
        })))
    }

    fn class_def(&mut self, class: &ra::StmtClassDef) -> Fallible<StmtKind> {
        if let Some(type_params) = &class.type_params {
            return Err(self.unsupported(type_params.range));
        }
        let (bases, keywords) = match &class.arguments {
            Some(arguments) => (
                self.exprs(&arguments.args)?,
                self.keywords(&arguments.keywords)?,
            ),
            None => (Vec::new(), Vec::new()),
        };
        Ok(StmtKind::ClassDef(Box::new(ClassDef {
            name: ident(&class.name),
            bases,
            keywords,
            body: self.body(&class.body)?,
            decorators: self.decorators(&class.decorator_list)?,
        })))
    }

    fn decorators(&mut self, decorators: &[ra::Decorator]) -> Fallible<Vec<Expr>> {
        decorators
            .iter()
            .map(|decorator| self.expr(&decorator.expression))
            .collect()
    }

    /// `if`/`elif`/`else` becomes nested `If`s, each `elif` starting at its keyword and
    /// ending with the whole statement, as in CPython.
    fn if_chain(&mut self, if_: &ra::StmtIf) -> Fallible<Stmt> {
        let end = if_.range.end();
        let mut orelse: Body = Vec::new();
        let mut nested = 0;
        for clause in if_.elif_else_clauses.iter().rev() {
            let body = self.body(&clause.body)?;
            match &clause.test {
                None => orelse = body,
                Some(test) => {
                    // Each `elif` nests one level deeper in the tree codegen walks.
                    self.enter()?;
                    nested += 1;
                    let test = self.expr(test)?;
                    let loc = self.loc(TextRange::new(clause.range.start(), end));
                    let inner = StmtKind::If {
                        test,
                        body,
                        orelse: std::mem::take(&mut orelse),
                    };
                    orelse = vec![Stmt { loc, kind: inner }];
                }
            }
        }
        let kind = StmtKind::If {
            test: self.expr(&if_.test)?,
            body: self.body(&if_.body)?,
            orelse,
        };
        for _ in 0..nested {
            self.leave();
        }
        Ok(Stmt {
            loc: self.loc(if_.range),
            kind,
        })
    }

    fn aliases(&self, aliases: &[ra::Alias]) -> Vec<Alias> {
        aliases
            .iter()
            .map(|alias| Alias {
                name: ident(&alias.name),
                asname: alias.asname.as_ref().map(ident),
                loc: self.loc(alias.range),
            })
            .collect()
    }

    fn arguments(&mut self, parameters: &ra::Parameters) -> Fallible<Arguments> {
        Ok(Arguments {
            posonly: self.parameters_with_defaults(&parameters.posonlyargs)?,
            args: self.parameters_with_defaults(&parameters.args)?,
            vararg: match parameters.vararg.as_deref() {
                Some(vararg) => Some(self.parameter(vararg, None)?),
                None => None,
            },
            kwonly: self.parameters_with_defaults(&parameters.kwonlyargs)?,
            kwarg: match parameters.kwarg.as_deref() {
                Some(kwarg) => Some(self.parameter(kwarg, None)?),
                None => None,
            },
        })
    }

    fn parameters_with_defaults(
        &mut self,
        parameters: &[ra::ParameterWithDefault],
    ) -> Fallible<Vec<Arg>> {
        parameters
            .iter()
            .map(|parameter| self.parameter(&parameter.parameter, parameter.default.as_deref()))
            .collect()
    }

    fn parameter(
        &mut self,
        parameter: &ra::Parameter,
        default: Option<&ra::Expr>,
    ) -> Fallible<Arg> {
        Ok(Arg {
            name: ident(&parameter.name),
            annotation: self.opt_expr(parameter.annotation.as_deref())?,
            default: self.opt_expr(default)?,
            // ruff's range of `*args` includes the star; CPython's starts at the name.
            loc: self.loc(TextRange::new(
                parameter.name.range.start(),
                parameter.range.end(),
            )),
        })
    }

    fn keywords(&mut self, keywords: &[ra::Keyword]) -> Fallible<Vec<Keyword>> {
        keywords
            .iter()
            .map(|keyword| {
                Ok(Keyword {
                    arg: keyword.arg.as_ref().map(ident),
                    value: self.expr(&keyword.value)?,
                    loc: self.loc(keyword.range),
                })
            })
            .collect()
    }

    fn exprs(&mut self, exprs: &[ra::Expr]) -> Fallible<Vec<Expr>> {
        exprs.iter().map(|expr| self.expr(expr)).collect()
    }

    fn opt_expr(&mut self, expr: Option<&ra::Expr>) -> Fallible<Option<Expr>> {
        expr.map(|expr| self.expr(expr)).transpose()
    }

    fn boxed(&mut self, expr: &ra::Expr) -> Fallible<Box<Expr>> {
        self.expr(expr).map(Box::new)
    }

    fn opt_boxed(&mut self, expr: Option<&ra::Expr>) -> Fallible<Option<Box<Expr>>> {
        expr.map(|expr| self.boxed(expr)).transpose()
    }

    fn expr(&mut self, expr: &ra::Expr) -> Fallible<Expr> {
        let kind = self.nested(|this| this.expr_kind(expr))?;
        Ok(Expr {
            loc: self.loc(expr.range()),
            kind,
        })
    }

    /// One arm per node kind, each delegating, so this frame stays small: it is on the stack
    /// once per nesting level.
    fn expr_kind(&mut self, expr: &ra::Expr) -> Fallible<ExprKind> {
        use ra::Expr as E;
        match expr {
            E::BoolOp(e) => self.bool_op(e),
            E::Named(e) => self.named(e),
            E::BinOp(e) => self.binary(e),
            E::UnaryOp(e) => self.unary(e),
            E::Lambda(e) => self.lambda(e),
            E::If(e) => self.if_exp(e),
            E::Dict(e) => self.dict(e),
            E::Set(e) => Ok(ExprKind::Set(self.exprs(&e.elts)?)),
            E::ListComp(e) => self.comprehension(&e.elt, &e.generators, |elt, generators| {
                ExprKind::ListComp { elt, generators }
            }),
            E::SetComp(e) => self.comprehension(&e.elt, &e.generators, |elt, generators| {
                ExprKind::SetComp { elt, generators }
            }),
            E::Generator(e) => self.comprehension(&e.elt, &e.generators, |elt, generators| {
                ExprKind::GeneratorExp { elt, generators }
            }),
            E::DictComp(e) => self.dict_comp(e),
            E::Await(e) => Ok(ExprKind::Await(self.boxed(&e.value)?)),
            E::Yield(e) => Ok(ExprKind::Yield(self.opt_boxed(e.value.as_deref())?)),
            E::YieldFrom(e) => Ok(ExprKind::YieldFrom(self.boxed(&e.value)?)),
            E::Compare(e) => self.compare(e),
            E::Call(e) => self.call(e),
            E::FString(e) => self.fstring(&e.value),
            E::StringLiteral(e) => Ok(ExprKind::Constant(Constant::Str(
                e.value.to_str().to_string(),
            ))),
            E::BytesLiteral(e) => Ok(ExprKind::Constant(Constant::Bytes(
                e.value.bytes().collect(),
            ))),
            E::NumberLiteral(e) => self.number(e),
            E::BooleanLiteral(e) => Ok(ExprKind::Constant(Constant::Bool(e.value))),
            E::NoneLiteral(_) => Ok(ExprKind::Constant(Constant::None)),
            E::EllipsisLiteral(_) => Ok(ExprKind::Constant(Constant::Ellipsis)),
            E::Attribute(e) => self.attribute(e),
            E::Subscript(e) => self.subscript(e),
            E::Starred(e) => Ok(ExprKind::Starred {
                value: self.boxed(&e.value)?,
                ctx: expr_ctx(e.ctx),
            }),
            E::Name(e) => Ok(ExprKind::Name {
                id: e.id.to_string(),
                ctx: expr_ctx(e.ctx),
            }),
            E::List(e) => Ok(ExprKind::List {
                elts: self.exprs(&e.elts)?,
                ctx: expr_ctx(e.ctx),
            }),
            E::Tuple(e) => Ok(ExprKind::Tuple {
                elts: self.exprs(&e.elts)?,
                ctx: expr_ctx(e.ctx),
            }),
            E::Slice(e) => self.slice(e),
            E::TString(_) | E::IpyEscapeCommand(_) => Err(self.unsupported(expr.range())),
        }
    }

    fn bool_op(&mut self, e: &ra::ExprBoolOp) -> Fallible<ExprKind> {
        let op = match e.op {
            ra::BoolOp::And => BoolOp::And,
            ra::BoolOp::Or => BoolOp::Or,
        };
        Ok(ExprKind::BoolOp {
            op,
            values: self.exprs(&e.values)?,
        })
    }

    fn named(&mut self, e: &ra::ExprNamed) -> Fallible<ExprKind> {
        Ok(ExprKind::Named {
            target: self.boxed(&e.target)?,
            value: self.boxed(&e.value)?,
        })
    }

    fn binary(&mut self, e: &ra::ExprBinOp) -> Fallible<ExprKind> {
        Ok(ExprKind::BinOp {
            left: self.boxed(&e.left)?,
            op: bin_op(e.op),
            right: self.boxed(&e.right)?,
        })
    }

    fn unary(&mut self, e: &ra::ExprUnaryOp) -> Fallible<ExprKind> {
        let op = match e.op {
            ra::UnaryOp::Invert => UnaryOp::Invert,
            ra::UnaryOp::Not => UnaryOp::Not,
            ra::UnaryOp::UAdd => UnaryOp::UAdd,
            ra::UnaryOp::USub => UnaryOp::USub,
        };
        Ok(ExprKind::UnaryOp {
            op,
            operand: self.boxed(&e.operand)?,
        })
    }

    fn lambda(&mut self, e: &ra::ExprLambda) -> Fallible<ExprKind> {
        let args = match e.parameters.as_deref() {
            Some(parameters) => self.arguments(parameters)?,
            None => Arguments::default(),
        };
        Ok(ExprKind::Lambda {
            args: Box::new(args),
            body: self.boxed(&e.body)?,
        })
    }

    fn if_exp(&mut self, e: &ra::ExprIf) -> Fallible<ExprKind> {
        Ok(ExprKind::IfExp {
            test: self.boxed(&e.test)?,
            body: self.boxed(&e.body)?,
            orelse: self.boxed(&e.orelse)?,
        })
    }

    fn dict(&mut self, e: &ra::ExprDict) -> Fallible<ExprKind> {
        let mut keys = Vec::with_capacity(e.items.len());
        let mut values = Vec::with_capacity(e.items.len());
        for item in &e.items {
            keys.push(self.opt_expr(item.key.as_ref())?);
            values.push(self.expr(&item.value)?);
        }
        Ok(ExprKind::Dict { keys, values })
    }

    fn generators(&mut self, generators: &[ra::Comprehension]) -> Fallible<Vec<Comprehension>> {
        generators
            .iter()
            .map(|generator| {
                Ok(Comprehension {
                    target: self.expr(&generator.target)?,
                    iter: self.expr(&generator.iter)?,
                    ifs: self.exprs(&generator.ifs)?,
                    is_async: generator.is_async,
                })
            })
            .collect()
    }

    fn comprehension(
        &mut self,
        elt: &ra::Expr,
        generators: &[ra::Comprehension],
        make: fn(Box<Expr>, Vec<Comprehension>) -> ExprKind,
    ) -> Fallible<ExprKind> {
        let elt = self.boxed(elt)?;
        Ok(make(elt, self.generators(generators)?))
    }

    fn dict_comp(&mut self, e: &ra::ExprDictComp) -> Fallible<ExprKind> {
        // ruff allows `{**x for x in y}` (no key) for newer Pythons; 3.11 does not.
        let Some(key) = e.key.as_deref() else {
            return Err(self.unsupported(e.range));
        };
        Ok(ExprKind::DictComp {
            key: self.boxed(key)?,
            value: self.boxed(&e.value)?,
            generators: self.generators(&e.generators)?,
        })
    }

    fn compare(&mut self, e: &ra::ExprCompare) -> Fallible<ExprKind> {
        Ok(ExprKind::Compare {
            left: self.boxed(&e.left)?,
            ops: e.ops.iter().map(|op| cmp_op(*op)).collect(),
            comparators: self.exprs(&e.comparators)?,
        })
    }

    fn call(&mut self, e: &ra::ExprCall) -> Fallible<ExprKind> {
        let func = self.boxed(&e.func)?;
        let mut args = self.exprs(&e.arguments.args)?;
        let keywords = self.keywords(&e.arguments.keywords)?;
        // CPython gives a lone unparenthesized generator argument the call's parentheses.
        if let ([ra::Expr::Generator(generator)], [arg]) = (&*e.arguments.args, args.as_mut_slice())
        {
            if !generator.parenthesized && keywords.is_empty() {
                arg.loc = self.loc(e.arguments.range);
            }
        }
        Ok(ExprKind::Call {
            func,
            args,
            keywords,
        })
    }

    fn attribute(&mut self, e: &ra::ExprAttribute) -> Fallible<ExprKind> {
        Ok(ExprKind::Attribute {
            value: self.boxed(&e.value)?,
            attr: ident(&e.attr),
            ctx: expr_ctx(e.ctx),
        })
    }

    fn subscript(&mut self, e: &ra::ExprSubscript) -> Fallible<ExprKind> {
        Ok(ExprKind::Subscript {
            value: self.boxed(&e.value)?,
            slice: self.boxed(&e.slice)?,
            ctx: expr_ctx(e.ctx),
        })
    }

    fn slice(&mut self, e: &ra::ExprSlice) -> Fallible<ExprKind> {
        Ok(ExprKind::Slice {
            lower: self.opt_boxed(e.lower.as_deref())?,
            upper: self.opt_boxed(e.upper.as_deref())?,
            step: self.opt_boxed(e.step.as_deref())?,
        })
    }

    fn number(&mut self, e: &ra::ExprNumberLiteral) -> Fallible<ExprKind> {
        let constant = match &e.value {
            ra::Number::Int(int) => Constant::Int(self.int_digits(int, e.range)?),
            ra::Number::Float(value) => Constant::Float(*value),
            ra::Number::Complex { imag, .. } => Constant::Complex(*imag),
        };
        Ok(ExprKind::Constant(constant))
    }

    /// Decimal digits of an int literal. ruff keeps small values as numbers and big ones as
    /// their source text (with any `0x`/`0o`/`0b` prefix), which is converted here.
    fn int_digits(&self, int: &ra::Int, range: TextRange) -> Fallible<String> {
        let text: String = int.to_string().chars().filter(|c| *c != '_').collect();
        let lower = text.to_ascii_lowercase();
        let (radix, digits) = match lower.get(..2) {
            Some("0x") => (16, &lower[2..]),
            Some("0o") => (8, &lower[2..]),
            Some("0b") => (2, &lower[2..]),
            _ => (10, lower.as_str()),
        };
        if radix == 10 {
            let digits = digits.trim_start_matches('0');
            if digits.len() > MAX_INT_DIGITS {
                let msg = format!(
                    "Exceeds the limit ({MAX_INT_DIGITS} digits) for integer string conversion: \
                     value has {} digits; use sys.set_int_max_str_digits() to increase the limit \
                     - Consider hexadecimal for huge integer literals to avoid decimal conversion \
                     limits.",
                    digits.len()
                );
                return Err(self.error_at(&msg, range.start(), Some(0)));
            }
            return Ok(if digits.is_empty() {
                "0".to_string()
            } else {
                digits.to_string()
            });
        }
        match BigUint::parse_bytes(digits.as_bytes(), radix) {
            Some(value) => Ok(value.to_str_radix(10)),
            None => Err(self.unsupported(range)),
        }
    }

    fn fstring(&mut self, value: &ra::FStringValue) -> Fallible<ExprKind> {
        let mut parts = Vec::new();
        for part in value.iter() {
            match part {
                ra::FStringPart::Literal(literal) => push_literal(&mut parts, &literal.value),
                ra::FStringPart::FString(fstring) => {
                    self.fstring_elements(&fstring.elements, &mut parts)?
                }
            }
        }
        Ok(ExprKind::FString(parts))
    }

    /// Flatten f-string elements into `parts` (see `FStringPart`): `{x=}` becomes the literal
    /// `x=` followed by `x` with `!r` unless a conversion or format spec was given.
    fn fstring_elements(
        &mut self,
        elements: &ra::InterpolatedStringElements,
        parts: &mut Vec<FStringPart>,
    ) -> Fallible<()> {
        self.nested(|this| this.fstring_elements_inner(elements, parts))
    }

    fn fstring_elements_inner(
        &mut self,
        elements: &ra::InterpolatedStringElements,
        parts: &mut Vec<FStringPart>,
    ) -> Fallible<()> {
        for element in elements.iter() {
            match element {
                ra::InterpolatedStringElement::Literal(literal) => {
                    push_literal(parts, &literal.value)
                }
                ra::InterpolatedStringElement::Interpolation(field) => {
                    if let Some(debug) = &field.debug_text {
                        push_literal(parts, debug.as_str());
                    }
                    let value = self.boxed(&field.expression)?;
                    let format_spec = match &field.format_spec {
                        Some(spec) => {
                            let mut spec_parts = Vec::new();
                            self.fstring_elements(&spec.elements, &mut spec_parts)?;
                            Some(spec_parts)
                        }
                        None => None,
                    };
                    let conversion = match field.conversion {
                        ra::ConversionFlag::None
                            if field.debug_text.is_some() && format_spec.is_none() =>
                        {
                            b'r'
                        }
                        ra::ConversionFlag::None => 0,
                        ra::ConversionFlag::Str => b's',
                        ra::ConversionFlag::Repr => b'r',
                        ra::ConversionFlag::Ascii => b'a',
                    };
                    parts.push(FStringPart::Formatted {
                        value,
                        conversion,
                        format_spec,
                    });
                }
            }
        }
        Ok(())
    }

    fn patterns(&mut self, patterns: &[ra::Pattern]) -> Fallible<Vec<Pattern>> {
        patterns
            .iter()
            .map(|pattern| self.pattern(pattern))
            .collect()
    }

    fn pattern(&mut self, pattern: &ra::Pattern) -> Fallible<Pattern> {
        let kind = self.nested(|this| this.pattern_kind(pattern))?;
        Ok(Pattern {
            loc: self.loc(pattern.range()),
            kind,
        })
    }

    fn pattern_kind(&mut self, pattern: &ra::Pattern) -> Fallible<PatternKind> {
        use ra::Pattern as P;
        Ok(match pattern {
            P::MatchValue(p) => PatternKind::Value(self.expr(&p.value)?),
            P::MatchSingleton(p) => PatternKind::Singleton(match p.value {
                ra::Singleton::None => Constant::None,
                ra::Singleton::True => Constant::Bool(true),
                ra::Singleton::False => Constant::Bool(false),
            }),
            P::MatchSequence(p) => PatternKind::Sequence(self.patterns(&p.patterns)?),
            P::MatchMapping(p) => PatternKind::Mapping {
                keys: self.exprs(&p.keys)?,
                patterns: self.patterns(&p.patterns)?,
                rest: p.rest.as_ref().map(ident),
            },
            P::MatchClass(p) => {
                let mut kwd_attrs = Vec::with_capacity(p.arguments.keywords.len());
                let mut kwd_patterns = Vec::with_capacity(p.arguments.keywords.len());
                for keyword in &p.arguments.keywords {
                    kwd_attrs.push(ident(&keyword.attr));
                    kwd_patterns.push(self.pattern(&keyword.pattern)?);
                }
                PatternKind::Class {
                    cls: self.expr(&p.cls)?,
                    patterns: self.patterns(&p.arguments.patterns)?,
                    kwd_attrs,
                    kwd_patterns,
                }
            }
            P::MatchStar(p) => PatternKind::Star(p.name.as_ref().map(ident)),
            P::MatchAs(p) => PatternKind::As {
                pattern: match p.pattern.as_deref() {
                    Some(inner) => Some(Box::new(self.pattern(inner)?)),
                    None => None,
                },
                name: p.name.as_ref().map(ident),
            },
            P::MatchOr(p) => PatternKind::Or(self.patterns(&p.patterns)?),
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Semantic checks: the errors CPython's symtable and compiler raise that ruff can detect
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq)]
enum ScopeKind {
    Module,
    Class,
    Function {
        is_async: bool,
    },
    Lambda,
    /// `what` is CPython's name for it ("list comprehension", "generator expression", ...).
    Comprehension {
        what: &'static str,
    },
}

struct Scope {
    kind: ScopeKind,
    params: Vec<String>,
    /// Names declared `global` anywhere in this scope, with the first declaration.
    globals: HashMap<String, TextRange>,
    /// Names declared `nonlocal` anywhere in this scope, with the first declaration.
    nonlocals: HashMap<String, TextRange>,
    /// Names a function scope binds itself (what `nonlocal` in a nested function can refer to).
    locals: HashSet<String>,
    /// Enclosing loops (in this scope) whose body we are in.
    loops: u32,
}

impl Scope {
    fn new(kind: ScopeKind, params: Vec<String>) -> Self {
        Scope {
            kind,
            locals: params.iter().cloned().collect(),
            params,
            globals: HashMap::new(),
            nonlocals: HashMap::new(),
            loops: 0,
        }
    }
}

/// The names a function body binds in its own scope (CPython's locals): assignment, `for`,
/// `with`, `except`, `import`, `def`/`class` and pattern targets, `del`, and `:=` (also inside
/// comprehensions). Nested scopes' bodies are skipped.
#[derive(Default)]
struct Bindings {
    names: HashSet<String>,
    /// Inside a comprehension only `:=` binds in the function.
    in_comprehension: bool,
}

impl<'a> Visitor<'a> for Bindings {
    fn visit_stmt(&mut self, stmt: &'a ra::Stmt) {
        match stmt {
            ra::Stmt::FunctionDef(def) => {
                self.names.insert(def.name.id.to_string());
                for decorator in &def.decorator_list {
                    self.visit_decorator(decorator);
                }
                for parameter in def.parameters.iter() {
                    if let Some(default) = parameter.default() {
                        self.visit_expr(default);
                    }
                }
            }
            ra::Stmt::ClassDef(class) => {
                self.names.insert(class.name.id.to_string());
                for decorator in &class.decorator_list {
                    self.visit_decorator(decorator);
                }
                if let Some(arguments) = &class.arguments {
                    self.visit_arguments(arguments);
                }
            }
            ra::Stmt::Import(import) => {
                for alias in &import.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    let first = bound.id.split('.').next().unwrap_or_default();
                    self.names.insert(first.to_string());
                }
            }
            ra::Stmt::ImportFrom(import) => {
                for alias in &import.names {
                    if alias.name.id != "*" {
                        let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                        self.names.insert(bound.id.to_string());
                    }
                }
            }
            _ => ruff_visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a ra::Expr) {
        match expr {
            ra::Expr::Name(name) if !self.in_comprehension && !name.ctx.is_load() => {
                self.names.insert(name.id.to_string());
            }
            ra::Expr::Named(named) => {
                if let ra::Expr::Name(name) = named.target.as_ref() {
                    self.names.insert(name.id.to_string());
                }
                self.visit_expr(&named.value);
            }
            ra::Expr::Lambda(lambda) => {
                if let Some(parameters) = lambda.parameters.as_deref() {
                    for parameter in parameters.iter() {
                        if let Some(default) = parameter.default() {
                            self.visit_expr(default);
                        }
                    }
                }
            }
            ra::Expr::ListComp(_)
            | ra::Expr::SetComp(_)
            | ra::Expr::DictComp(_)
            | ra::Expr::Generator(_) => {
                let outer = std::mem::replace(&mut self.in_comprehension, true);
                ruff_visitor::walk_expr(self, expr);
                self.in_comprehension = outer;
            }
            _ => ruff_visitor::walk_expr(self, expr),
        }
    }

    fn visit_except_handler(&mut self, handler: &'a ra::ExceptHandler) {
        let ra::ExceptHandler::ExceptHandler(inner) = handler;
        if let Some(name) = &inner.name {
            self.names.insert(name.id.to_string());
        }
        ruff_visitor::walk_except_handler(self, handler);
    }

    fn visit_pattern(&mut self, pattern: &'a ra::Pattern) {
        let name = match pattern {
            ra::Pattern::MatchAs(p) => p.name.as_ref(),
            ra::Pattern::MatchStar(p) => p.name.as_ref(),
            ra::Pattern::MatchMapping(p) => p.rest.as_ref(),
            _ => None,
        };
        if let Some(name) = name {
            self.names.insert(name.id.to_string());
        }
        ruff_visitor::walk_pattern(self, pattern);
    }
}

/// CPython's compilation phases, in the order their errors win: the parser, `__future__`
/// imports, the symbol table (while building, then while resolving names), the compiler.
mod phase {
    pub const PARSER: u8 = 0;
    pub const FUTURE: u8 = 1;
    pub const SYMTABLE: u8 = 2;
    pub const SYMTABLE_ANALYSIS: u8 = 3;
    pub const COMPILER: u8 = 4;
}

/// A semantic error, as CPython would report it.
struct Found {
    phase: u8,
    offset: usize,
    msg: String,
}

struct SemanticPass<'s> {
    checker: SemanticSyntaxChecker,
    source: &'s str,
    scopes: Vec<Scope>,
    /// Errors found so far, with CPython's phase and message.
    errors: RefCell<Vec<Found>>,
    /// Whether the expression being checked is a name being assigned.
    name_is_store: Cell<bool>,
}

/// `global` and `nonlocal` declarations of one scope: name to first declaration.
#[derive(Default)]
struct Declarations {
    globals: HashMap<String, TextRange>,
    nonlocals: HashMap<String, TextRange>,
}

fn collect_declarations(body: &[ra::Stmt], found: &mut Declarations) {
    for stmt in body {
        match stmt {
            ra::Stmt::Global(global) => {
                for name in &global.names {
                    found
                        .globals
                        .entry(name.id.to_string())
                        .or_insert(global.range);
                }
            }
            ra::Stmt::Nonlocal(nonlocal) => {
                for name in &nonlocal.names {
                    found
                        .nonlocals
                        .entry(name.id.to_string())
                        .or_insert(nonlocal.range);
                }
            }
            ra::Stmt::If(s) => {
                collect_declarations(&s.body, found);
                for clause in &s.elif_else_clauses {
                    collect_declarations(&clause.body, found);
                }
            }
            ra::Stmt::For(s) => {
                collect_declarations(&s.body, found);
                collect_declarations(&s.orelse, found);
            }
            ra::Stmt::While(s) => {
                collect_declarations(&s.body, found);
                collect_declarations(&s.orelse, found);
            }
            ra::Stmt::With(s) => collect_declarations(&s.body, found),
            ra::Stmt::Try(s) => {
                collect_declarations(&s.body, found);
                for handler in &s.handlers {
                    let ra::ExceptHandler::ExceptHandler(handler) = handler;
                    collect_declarations(&handler.body, found);
                }
                collect_declarations(&s.orelse, found);
                collect_declarations(&s.finalbody, found);
            }
            ra::Stmt::Match(s) => {
                for case in &s.cases {
                    collect_declarations(&case.body, found);
                }
            }
            _ => {}
        }
    }
}

impl<'s> SemanticPass<'s> {
    fn new(source: &'s str) -> Self {
        SemanticPass {
            checker: SemanticSyntaxChecker::new(),
            source,
            scopes: Vec::new(),
            errors: RefCell::new(Vec::new()),
            name_is_store: Cell::new(false),
        }
    }

    fn push_scope(&mut self, kind: ScopeKind, params: Vec<String>, body: &[ra::Stmt]) {
        let mut found = Declarations::default();
        collect_declarations(body, &mut found);
        // CPython's symbol table reports this at the first declaration of the name.
        for (name, global) in &found.globals {
            if let Some(nonlocal) = found.nonlocals.get(name) {
                let range = if global.start() < nonlocal.start() {
                    *global
                } else {
                    *nonlocal
                };
                let msg = format!("name '{name}' is nonlocal and global");
                self.push(phase::SYMTABLE_ANALYSIS, range.start(), msg);
            }
        }
        let mut scope = Scope::new(kind, params);
        if matches!(kind, ScopeKind::Function { .. }) {
            let mut bindings = Bindings::default();
            bindings.visit_body(body);
            scope.locals.extend(bindings.names);
            scope.locals.retain(|name| {
                !found.globals.contains_key(name) && !found.nonlocals.contains_key(name)
            });
        }
        scope.globals = found.globals;
        scope.nonlocals = found.nonlocals;
        self.scopes.push(scope);
    }

    fn innermost(&self) -> Option<&Scope> {
        self.scopes.last()
    }

    fn innermost_kind(&self) -> ScopeKind {
        self.innermost()
            .map_or(ScopeKind::Module, |scope| scope.kind)
    }

    /// The nearest scope that is not a comprehension (comprehensions share their parent's
    /// declarations).
    fn enclosing_non_comprehension(&self) -> Option<&Scope> {
        self.scopes
            .iter()
            .rev()
            .find(|scope| !matches!(scope.kind, ScopeKind::Comprehension { .. }))
    }

    fn check_stmt(&mut self, stmt: &ra::Stmt) {
        let mut checker = std::mem::take(&mut self.checker);
        checker.visit_stmt(stmt, &*self);
        self.checker = checker;
    }

    fn check_expr(&mut self, expr: &ra::Expr) {
        let mut checker = std::mem::take(&mut self.checker);
        checker.visit_expr(expr, &*self);
        self.checker = checker;
    }

    fn push(&self, phase: u8, offset: TextSize, msg: String) {
        self.errors.borrow_mut().push(Found {
            phase,
            offset: offset.to_usize(),
            msg,
        });
    }

    /// CPython errors for expressions that ruff's checker doesn't look for.
    fn check_expr_extra(&self, expr: &ra::Expr) {
        let debug = || "cannot assign to __debug__".to_string();
        match expr {
            ra::Expr::Attribute(attribute)
                if attribute.attr.id == "__debug__" && attribute.ctx.is_store() =>
            {
                self.push(phase::COMPILER, attribute.attr.range.start(), debug());
            }
            ra::Expr::Call(call) => {
                for keyword in &call.arguments.keywords {
                    if keyword
                        .arg
                        .as_ref()
                        .is_some_and(|arg| arg.id == "__debug__")
                    {
                        self.push(phase::COMPILER, keyword.range.start(), debug());
                    }
                }
            }
            ra::Expr::Name(name) => {
                let declared = self
                    .enclosing_non_comprehension()
                    .and_then(|scope| scope.nonlocals.get(name.id.as_str()));
                if let Some(declaration) = declared.filter(|d| d.start() > name.range.start()) {
                    let what = if name.ctx.is_load() {
                        "used prior to"
                    } else {
                        "assigned to before"
                    };
                    let msg = format!("name '{}' is {what} nonlocal declaration", name.id);
                    self.push(phase::SYMTABLE, declaration.start(), msg);
                }
            }
            ra::Expr::FString(fstring) => {
                let starred = fstring.value.elements().any(|element| {
                    matches!(
                        element,
                        ra::InterpolatedStringElement::Interpolation(field)
                            if field.expression.is_starred_expr()
                    )
                });
                if starred {
                    let msg = "f-string: cannot use starred expression here".to_string();
                    self.push(phase::PARSER, fstring.range.start(), msg);
                }
            }
            _ => {}
        }
    }

    /// CPython errors for statements that ruff's checker doesn't look for.
    fn check_stmt_extra(&self, stmt: &ra::Stmt) {
        match stmt {
            ra::Stmt::Try(try_) => {
                let last = try_.handlers.len().saturating_sub(1);
                for (index, handler) in try_.handlers.iter().enumerate() {
                    let ra::ExceptHandler::ExceptHandler(handler) = handler;
                    if handler.type_.is_none() && index < last {
                        let msg = "default 'except:' must be last".to_string();
                        self.push(phase::PARSER, handler.range.start(), msg);
                    }
                }
            }
            ra::Stmt::Expr(expr) if expr.value.is_starred_expr() => {
                let msg = "can't use starred expression here".to_string();
                self.push(phase::COMPILER, expr.value.start(), msg);
            }
            ra::Stmt::AnnAssign(ann) if ann.simple => {
                let ra::Expr::Name(target) = ann.target.as_ref() else {
                    return;
                };
                let declared = self
                    .innermost()
                    .filter(|scope| scope.kind != ScopeKind::Module)
                    .and_then(|scope| scope.nonlocals.get(target.id.as_str()));
                if let Some(declaration) = declared {
                    // Reported at whichever of the two comes second.
                    let offset = declaration.start().max(stmt.start());
                    let msg = format!("annotated name '{}' can't be nonlocal", target.id);
                    self.push(phase::SYMTABLE, offset, msg);
                }
            }
            _ => {}
        }
    }

    fn in_loop_body(&mut self, body: &[ra::Stmt]) {
        if let Some(scope) = self.scopes.last_mut() {
            scope.loops += 1;
        }
        self.visit_body(body);
        if let Some(scope) = self.scopes.last_mut() {
            scope.loops -= 1;
        }
    }

    /// A comprehension's first iterable belongs to the enclosing scope; everything else to the
    /// comprehension's own.
    fn comprehension(
        &mut self,
        generators: &[ra::Comprehension],
        what: &'static str,
        elements: impl FnOnce(&mut Self),
    ) {
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        self.scopes
            .push(Scope::new(ScopeKind::Comprehension { what }, Vec::new()));
        for (index, generator) in generators.iter().enumerate() {
            self.visit_expr(&generator.target);
            if index > 0 {
                self.visit_expr(&generator.iter);
            }
            for condition in &generator.ifs {
                self.visit_expr(condition);
            }
        }
        elements(self);
        self.scopes.pop();
    }
}

impl<'a> Visitor<'a> for SemanticPass<'_> {
    fn visit_stmt(&mut self, stmt: &'a ra::Stmt) {
        stacker::maybe_grow(STACK_RED_ZONE, STACK_SEGMENT, || {
            self.visit_stmt_inner(stmt)
        });
    }

    fn visit_expr(&mut self, expr: &'a ra::Expr) {
        stacker::maybe_grow(STACK_RED_ZONE, STACK_SEGMENT, || {
            self.visit_expr_inner(expr)
        });
    }
}

impl<'a> SemanticPass<'_> {
    fn visit_stmt_inner(&mut self, stmt: &'a ra::Stmt) {
        self.check_stmt(stmt);
        self.check_stmt_extra(stmt);
        match stmt {
            ra::Stmt::FunctionDef(def) => {
                for decorator in &def.decorator_list {
                    self.visit_decorator(decorator);
                }
                for parameter in def.parameters.iter() {
                    if let Some(default) = parameter.default() {
                        self.visit_expr(default);
                    }
                    if let Some(annotation) = parameter.annotation() {
                        self.visit_annotation(annotation);
                    }
                }
                if let Some(returns) = &def.returns {
                    self.visit_annotation(returns);
                }
                let params = def
                    .parameters
                    .iter()
                    .map(|p| p.name().id.to_string())
                    .collect();
                self.push_scope(
                    ScopeKind::Function {
                        is_async: def.is_async,
                    },
                    params,
                    &def.body,
                );
                self.visit_body(&def.body);
                self.scopes.pop();
            }
            ra::Stmt::ClassDef(class) => {
                for decorator in &class.decorator_list {
                    self.visit_decorator(decorator);
                }
                if let Some(arguments) = &class.arguments {
                    self.visit_arguments(arguments);
                }
                self.push_scope(ScopeKind::Class, Vec::new(), &class.body);
                self.visit_body(&class.body);
                self.scopes.pop();
            }
            ra::Stmt::For(for_) => {
                self.visit_expr(&for_.iter);
                self.visit_expr(&for_.target);
                self.in_loop_body(&for_.body);
                self.visit_body(&for_.orelse);
            }
            ra::Stmt::While(while_) => {
                self.visit_expr(&while_.test);
                self.in_loop_body(&while_.body);
                self.visit_body(&while_.orelse);
            }
            _ => ruff_visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr_inner(&mut self, expr: &'a ra::Expr) {
        self.name_is_store
            .set(matches!(expr, ra::Expr::Name(name) if name.ctx.is_store()));
        self.check_expr(expr);
        self.check_expr_extra(expr);
        match expr {
            ra::Expr::Lambda(lambda) => {
                let mut params = Vec::new();
                if let Some(parameters) = lambda.parameters.as_deref() {
                    for parameter in parameters.iter() {
                        if let Some(default) = parameter.default() {
                            self.visit_expr(default);
                        }
                        params.push(parameter.name().id.to_string());
                    }
                }
                self.scopes.push(Scope::new(ScopeKind::Lambda, params));
                self.visit_expr(&lambda.body);
                self.scopes.pop();
            }
            ra::Expr::ListComp(e) => self.comprehension(&e.generators, "list comprehension", |s| {
                s.visit_expr(&e.elt)
            }),
            ra::Expr::SetComp(e) => {
                self.comprehension(&e.generators, "set comprehension", |s| s.visit_expr(&e.elt))
            }
            ra::Expr::Generator(e) => {
                self.comprehension(&e.generators, "generator expression", |s| {
                    s.visit_expr(&e.elt)
                })
            }
            ra::Expr::DictComp(e) => self.comprehension(&e.generators, "dict comprehension", |s| {
                if let Some(key) = &e.key {
                    s.visit_expr(key);
                }
                s.visit_expr(&e.value);
            }),
            _ => ruff_visitor::walk_expr(self, expr),
        }
    }
}

impl SemanticSyntaxContext for SemanticPass<'_> {
    fn future_annotations_or_stub(&self) -> bool {
        false
    }

    fn lazy_import_context(
        &self,
    ) -> Option<ruff_python_parser::semantic_errors::LazyImportContext> {
        None
    }

    fn python_version(&self) -> ra::PythonVersion {
        ra::PythonVersion::PY311
    }

    fn source(&self) -> &str {
        self.source
    }

    fn global(&self, name: &str) -> Option<TextRange> {
        self.enclosing_non_comprehension()?
            .globals
            .get(name)
            .copied()
    }

    /// Whether an enclosing function binds `name` (CPython's symbol table: class scopes are
    /// invisible, and a `global` declaration on the way hides outer bindings).
    fn has_nonlocal_binding(&self, name: &str) -> bool {
        let enclosing = self.scopes.len().saturating_sub(1);
        for scope in self.scopes[..enclosing].iter().rev() {
            match scope.kind {
                ScopeKind::Function { .. } | ScopeKind::Lambda => {
                    if scope.globals.contains_key(name) {
                        return false;
                    }
                    if scope.locals.contains(name) {
                        return true;
                    }
                }
                ScopeKind::Module => return false,
                // Methods see the class's implicit `__class__` cell.
                ScopeKind::Class if name == "__class__" => return true,
                ScopeKind::Class | ScopeKind::Comprehension { .. } => {}
            }
        }
        false
    }

    fn in_async_context(&self) -> bool {
        match self.enclosing_non_comprehension().map(|scope| scope.kind) {
            Some(ScopeKind::Function { is_async }) => is_async,
            _ => false,
        }
    }

    fn in_await_allowed_context(&self) -> bool {
        matches!(
            self.enclosing_non_comprehension().map(|scope| scope.kind),
            Some(ScopeKind::Function { .. } | ScopeKind::Lambda)
        )
    }

    fn in_yield_allowed_context(&self) -> bool {
        matches!(
            self.innermost_kind(),
            ScopeKind::Function { .. } | ScopeKind::Lambda
        )
    }

    fn in_sync_comprehension(&self) -> bool {
        false // Only matters before Python 3.11.
    }

    fn in_class_body_comprehension(&self) -> bool {
        for scope in self.scopes.iter().rev() {
            match scope.kind {
                ScopeKind::Comprehension { .. } => {}
                ScopeKind::Class => return true,
                _ => return false,
            }
        }
        false
    }

    fn in_module_scope(&self) -> bool {
        self.innermost_kind() == ScopeKind::Module
    }

    fn in_function_scope(&self) -> bool {
        matches!(
            self.innermost_kind(),
            ScopeKind::Function { .. } | ScopeKind::Lambda
        )
    }

    fn in_generator_context(&self) -> bool {
        self.innermost_kind()
            == ScopeKind::Comprehension {
                what: "generator expression",
            }
    }

    fn in_notebook(&self) -> bool {
        false
    }

    fn report_semantic_error(&self, error: SemanticSyntaxError) {
        let Some((phase, mut msg)) = semantic_message(&error.kind, self.source, error.range) else {
            return;
        };
        let mut offset = error.range.start();
        // Some CPython messages and positions depend on where the error was found.
        match &error.kind {
            SemanticSyntaxErrorKind::LoadBeforeGlobalDeclaration { name, start } => {
                offset = *start; // CPython reports it at the declaration
                if self.name_is_store.get() {
                    msg = format!("name '{name}' is assigned to before global declaration");
                }
            }
            SemanticSyntaxErrorKind::YieldOutsideFunction(kind) => {
                if let ScopeKind::Comprehension { what } = self.innermost_kind() {
                    let keyword = if kind.is_await() { "await" } else { "yield" };
                    msg = format!("'{keyword}' inside {what}");
                }
            }
            SemanticSyntaxErrorKind::AnnotatedGlobal(name) => {
                if let Some(declaration) = self.global(name) {
                    offset = offset.max(declaration.start());
                }
            }
            _ => {}
        }
        self.push(phase, offset, msg);
    }

    fn in_loop_context(&self) -> bool {
        self.innermost().is_some_and(|scope| scope.loops > 0)
    }

    fn is_bound_parameter(&self, name: &str) -> bool {
        self.innermost().is_some_and(|scope| {
            matches!(scope.kind, ScopeKind::Function { .. })
                && scope.params.iter().any(|p| p == name)
        })
    }
}

/// CPython's phase (future imports, symbol table, compiler) and message for a ruff semantic
/// error, or `None` for errors that don't apply to Python 3.11.
fn semantic_message(
    kind: &SemanticSyntaxErrorKind,
    source: &str,
    range: TextRange,
) -> Option<(u8, String)> {
    use phase::{COMPILER, FUTURE, SYMTABLE, SYMTABLE_ANALYSIS};
    use ruff_python_parser::semantic_errors::{
        AwaitOutsideAsyncFunctionKind as Await, YieldOutsideFunctionKind as Yield,
    };
    use SemanticSyntaxErrorKind as K;
    let found = match kind {
        K::LateFutureImport => (
            FUTURE,
            "from __future__ imports must occur at the beginning of the file".into(),
        ),
        K::FutureFeatureNotDefined(name) if name == "braces" => (FUTURE, "not a chance".into()),
        K::FutureFeatureNotDefined(name) => {
            (FUTURE, format!("future feature {name} is not defined"))
        }
        K::NamedExpressionInComprehensionIterable => (
            SYMTABLE,
            "assignment expression cannot be used in a comprehension iterable expression".into(),
        ),
        K::NamedExpressionInClassBodyComprehension => (
            SYMTABLE,
            "assignment expression within a comprehension cannot be used in a class body".into(),
        ),
        K::ReboundComprehensionVariable => {
            let name: String = source
                .get(range.start().to_usize()..)
                .unwrap_or("")
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            (
                SYMTABLE,
                format!(
                    "assignment expression cannot rebind comprehension iteration variable '{name}'"
                ),
            )
        }
        K::MultipleCaseAssignment(name) => (
            COMPILER,
            format!("multiple assignments to name '{name}' in pattern"),
        ),
        K::MultipleStarredNamesInSequencePattern => (
            COMPILER,
            "multiple starred names in sequence pattern".into(),
        ),
        K::IrrefutableCasePattern(ra::IrrefutablePatternKind::Name(name)) => (
            COMPILER,
            format!("name capture '{name}' makes remaining patterns unreachable"),
        ),
        K::IrrefutableCasePattern(ra::IrrefutablePatternKind::Wildcard) => (
            COMPILER,
            "wildcard makes remaining patterns unreachable".into(),
        ),
        K::SingleStarredAssignment => (
            COMPILER,
            "starred assignment target must be in a list or tuple".into(),
        ),
        K::WriteToDebug(ruff_python_parser::semantic_errors::WriteToDebugKind::Store) => {
            (COMPILER, "cannot assign to __debug__".into())
        }
        K::WriteToDebug(_) => (COMPILER, "cannot delete __debug__".into()),
        K::DuplicateMatchKey(key) => (
            COMPILER,
            format!("mapping pattern checks duplicate key ({key})"),
        ),
        K::DuplicateMatchClassAttribute(name) => (
            COMPILER,
            format!("attribute name repeated in class pattern: {name}"),
        ),
        K::LoadBeforeGlobalDeclaration { name, .. } => (
            SYMTABLE,
            format!("name '{name}' is used prior to global declaration"),
        ),
        K::LoadBeforeNonlocalDeclaration { name, .. } => (
            SYMTABLE,
            format!("name '{name}' is used prior to nonlocal declaration"),
        ),
        K::InvalidStarExpression => (COMPILER, "can't use starred expression here".into()),
        K::YieldOutsideFunction(Yield::Await) => (COMPILER, "'await' outside function".into()),
        K::YieldOutsideFunction(_) => (COMPILER, "'yield' outside function".into()),
        K::ReturnOutsideFunction => (COMPILER, "'return' outside function".into()),
        K::AwaitOutsideAsyncFunction(kind) => (
            COMPILER,
            match kind {
                Await::Await => "'await' outside async function".into(),
                Await::AsyncFor => "'async for' outside async function".into(),
                Await::AsyncWith => "'async with' outside async function".into(),
                Await::AsyncComprehension => {
                    "asynchronous comprehension outside of an asynchronous function".into()
                }
            },
        ),
        K::DuplicateParameter(name) => (
            SYMTABLE,
            format!("duplicate argument '{name}' in function definition"),
        ),
        K::DuplicateKeywordArgument(name) => {
            (COMPILER, format!("keyword argument repeated: {name}"))
        }
        K::NonlocalDeclarationAtModuleLevel => (
            SYMTABLE,
            "nonlocal declaration not allowed at module level".into(),
        ),
        K::NonlocalAndGlobal(name) => (
            SYMTABLE_ANALYSIS,
            format!("name '{name}' is nonlocal and global"),
        ),
        K::AnnotatedGlobal(name) => (SYMTABLE, format!("annotated name '{name}' can't be global")),
        K::AnnotatedNonlocal(name) => (
            SYMTABLE,
            format!("annotated name '{name}' can't be nonlocal"),
        ),
        K::YieldFromInAsyncFunction => (COMPILER, "'yield from' inside async function".into()),
        K::NonModuleImportStar(_) => (SYMTABLE, "import * only allowed at module level".into()),
        K::MultipleStarredExpressions => (
            COMPILER,
            "multiple starred expressions in assignment".into(),
        ),
        K::BreakOutsideLoop => (COMPILER, "'break' outside loop".into()),
        K::ContinueOutsideLoop => (COMPILER, "'continue' not properly in loop".into()),
        K::GlobalParameter(name) => (SYMTABLE, format!("name '{name}' is parameter and global")),
        K::NonlocalParameter(name) => {
            (SYMTABLE, format!("name '{name}' is parameter and nonlocal"))
        }
        K::DifferentMatchPatternBindings => {
            (COMPILER, "alternative patterns bind different names".into())
        }
        K::NonlocalWithoutBinding(name) => (
            SYMTABLE_ANALYSIS,
            format!("no binding for nonlocal '{name}' found"),
        ),
        K::ReturnInGenerator => (COMPILER, "'return' with value in async generator".into()),
        _ => return None,
    };
    Some(found)
}

/// The first semantic error CPython would report: earliest phase, then earliest position.
fn semantic_error(
    parsed: &ruff_python_parser::Parsed<ra::ModModule>,
    map: &SourceMap,
    filename: &str,
) -> Option<SyntaxErrorInfo> {
    let mut pass = SemanticPass::new(map.source);
    pass.push_scope(ScopeKind::Module, Vec::new(), parsed.suite());
    pass.visit_body(parsed.suite());
    let first = pass
        .errors
        .into_inner()
        .into_iter()
        .min_by_key(|found| (found.phase, found.offset))?;
    let (offset, msg) = (first.offset, first.msg);
    let (line, col) = map.position(offset);
    Some(SyntaxErrorInfo::syntax(
        msg,
        filename,
        map.source,
        line,
        col + 1,
    ))
}

// ---------------------------------------------------------------------------------------------
// Dropping ruff's tree without recursion
// ---------------------------------------------------------------------------------------------

/// Take apart a (possibly very deep) ruff tree iteratively: every statement and expression is
/// moved out of its parent onto a work list before the parent is dropped, so each drop is
/// shallow. Patterns and f-string format specs stay recursive; brackets bound their depth.
fn dismantle(module: ra::ModModule) {
    use ruff_python_ast::visitor::transformer::{walk_expr, walk_stmt, Transformer};

    #[derive(Default)]
    struct Dismantler {
        stmts: RefCell<Vec<ra::Stmt>>,
        exprs: RefCell<Vec<ra::Expr>>,
    }
    impl Transformer for Dismantler {
        fn visit_stmt(&self, stmt: &mut ra::Stmt) {
            let placeholder = ra::Stmt::Pass(ra::StmtPass {
                node_index: Default::default(),
                range: TextRange::default(),
            });
            self.stmts
                .borrow_mut()
                .push(std::mem::replace(stmt, placeholder));
        }
        fn visit_expr(&self, expr: &mut ra::Expr) {
            let placeholder = ra::Expr::NoneLiteral(ra::ExprNoneLiteral::default());
            self.exprs
                .borrow_mut()
                .push(std::mem::replace(expr, placeholder));
        }
    }

    let dismantler = Dismantler::default();
    dismantler.stmts.borrow_mut().extend(module.body);
    loop {
        let next_stmt = dismantler.stmts.borrow_mut().pop();
        if let Some(mut stmt) = next_stmt {
            walk_stmt(&dismantler, &mut stmt);
            continue;
        }
        let next_expr = dismantler.exprs.borrow_mut().pop();
        match next_expr {
            Some(mut expr) => walk_expr(&dismantler, &mut expr),
            None => break,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(source: &str) -> Body {
        match parse_module(source, "prog.py") {
            Ok(body) => body,
            Err(error) => panic!("unexpected error:\n{}", error.render()),
        }
    }

    fn parse_err(source: &str) -> SyntaxErrorInfo {
        match parse_module(source, "prog.py") {
            Ok(body) => panic!("expected an error, got {body:?}"),
            Err(error) => error,
        }
    }

    /// The value of the single expression statement in `source`.
    fn expr(source: &str) -> Expr {
        match parse(source).into_iter().next().map(|stmt| stmt.kind) {
            Some(StmtKind::Expr(expr)) => expr,
            other => panic!("not an expression statement: {other:?}"),
        }
    }

    fn constant(source: &str) -> Constant {
        match expr(source).kind {
            ExprKind::Constant(constant) => constant,
            other => panic!("not a constant: {other:?}"),
        }
    }

    fn loc(line: u32, col: u32, end_line: u32, end_col: u32) -> Loc {
        Loc {
            line,
            col,
            end_line,
            end_col,
        }
    }

    /// Run `f` on a thread with an ordinary 8 MB stack, as a check that deep input neither
    /// overflows the stack nor panics.
    fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
        match std::thread::Builder::new().stack_size(8 << 20).spawn(f) {
            Ok(handle) => match handle.join() {
                Ok(value) => value,
                Err(_) => panic!("parsing panicked"),
            },
            Err(error) => panic!("cannot spawn thread: {error}"),
        }
    }

    #[test]
    fn positions_are_lines_and_character_columns() {
        let body = parse("x = 1\nif x:\n    y = 'é' + z\n");
        assert_eq!(body[0].loc, loc(1, 0, 1, 5));
        let StmtKind::If { body: inner, .. } = &body[1].kind else {
            panic!("{:?}", body[1])
        };
        assert_eq!(body[1].loc, loc(2, 0, 3, 15));
        let StmtKind::Assign { value, .. } = &inner[0].kind else {
            panic!("{:?}", inner[0])
        };
        // `'é'` is 3 characters (4 bytes); `z` starts at character 14.
        assert_eq!(value.loc, loc(3, 8, 3, 15));
        let ExprKind::BinOp { right, .. } = &value.kind else {
            panic!("{value:?}")
        };
        assert_eq!(right.loc, loc(3, 14, 3, 15));
    }

    #[test]
    fn decorated_def_starts_at_def_keyword() {
        let body = parse("@dec\n@other(1)\nasync def f(a, *rest): pass\n");
        assert_eq!(body[0].loc, loc(3, 0, 3, 27));
        let StmtKind::FunctionDef(def) = &body[0].kind else {
            panic!("{:?}", body[0])
        };
        assert!(def.is_async);
        assert_eq!(def.decorators.len(), 2);
        // `*rest` is located at its name, as in CPython.
        assert_eq!(
            def.args.vararg.as_ref().map(|arg| arg.loc),
            Some(loc(3, 16, 3, 20))
        );
    }

    #[test]
    fn parameters_keep_their_defaults() {
        let body = parse("def f(a, b=1, /, c=2, *d, e, g=3, **h): pass\n");
        let StmtKind::FunctionDef(def) = &body[0].kind else {
            panic!("{:?}", body[0])
        };
        let names = |args: &[Arg]| {
            args.iter()
                .map(|a| (a.name.clone(), a.default.is_some()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names(&def.args.posonly),
            [("a".into(), false), ("b".into(), true)]
        );
        assert_eq!(names(&def.args.args), [("c".to_string(), true)]);
        assert_eq!(def.args.vararg.as_ref().map(|a| a.name.as_str()), Some("d"));
        assert_eq!(
            names(&def.args.kwonly),
            [("e".into(), false), ("g".into(), true)]
        );
        assert_eq!(def.args.kwarg.as_ref().map(|a| a.name.as_str()), Some("h"));
    }

    #[test]
    fn elif_chains_nest_like_cpython() {
        let body = parse("if a:\n    pass\nelif b:\n    pass\nelse:\n    x = 1\n");
        let StmtKind::If { orelse, .. } = &body[0].kind else {
            panic!("{:?}", body[0])
        };
        assert_eq!(orelse[0].loc, loc(3, 0, 6, 9));
        let StmtKind::If { orelse: last, .. } = &orelse[0].kind else {
            panic!("{:?}", orelse[0])
        };
        assert!(matches!(last[0].kind, StmtKind::Assign { .. }));
    }

    #[test]
    fn int_literals_become_decimal_digits() {
        assert_eq!(constant("0x_ff\n"), Constant::Int("255".into()));
        assert_eq!(constant("0o17\n"), Constant::Int("15".into()));
        assert_eq!(constant("0B1010\n"), Constant::Int("10".into()));
        assert_eq!(constant("1_000_000\n"), Constant::Int("1000000".into()));
        assert_eq!(constant("00\n"), Constant::Int("0".into()));
        assert_eq!(
            constant("0xFFFF_FFFF_FFFF_FFFF_FFFF\n"),
            Constant::Int("1208925819614629174706175".into())
        );
        assert_eq!(
            constant("123456789012345678901234567890\n"),
            Constant::Int("123456789012345678901234567890".into())
        );
        assert_eq!(constant("1.5e3\n"), Constant::Float(1500.0));
        assert_eq!(constant("2j\n"), Constant::Complex(2.0));
    }

    #[test]
    fn implicit_concatenation() {
        assert_eq!(constant("'a' \"b\" '''c'''\n"), Constant::Str("abc".into()));
        assert_eq!(constant("b'a' b'\\x00'\n"), Constant::Bytes(vec![b'a', 0]));
        let ExprKind::FString(parts) = expr("'a' f'{x}' 'b' f'c'\n").kind else {
            panic!()
        };
        assert!(matches!(&parts[..], [
            FStringPart::Literal(a),
            FStringPart::Formatted { conversion: 0, format_spec: None, .. },
            FStringPart::Literal(bc),
        ] if a == "a" && bc == "bc"));
    }

    #[test]
    fn fstrings_are_flattened() {
        let ExprKind::FString(parts) = expr("f'a{x!r:>{w}}b{y = }{z=:5}{{}}'\n").kind else {
            panic!()
        };
        let [FStringPart::Literal(a), FStringPart::Formatted {
            conversion: b'r',
            format_spec: Some(spec),
            ..
        }, FStringPart::Literal(b_y), FStringPart::Formatted {
            conversion: b'r',
            format_spec: None,
            value,
        }, FStringPart::Literal(z), FStringPart::Formatted {
            conversion: 0,
            format_spec: Some(z_spec),
            ..
        }, FStringPart::Literal(braces)] = &parts[..]
        else {
            panic!("{parts:?}")
        };
        assert_eq!(
            (a.as_str(), b_y.as_str(), z.as_str(), braces.as_str()),
            ("a", "by = ", "z=", "{}")
        );
        assert!(
            matches!(&spec[..], [FStringPart::Literal(gt), FStringPart::Formatted { .. }] if gt == ">")
        );
        assert!(matches!(&z_spec[..], [FStringPart::Literal(five)] if five == "5"));
        assert!(matches!(&value.kind, ExprKind::Name { id, .. } if id == "y"));
        assert_eq!(value.loc, loc(1, 15, 1, 16));
    }

    #[test]
    fn match_patterns() {
        let source = "match p:\n    case [1, *rest]: pass\n    case {'k': v, **kw}: pass\n    \
                      case Point(0, y=(1 | 2) as b): pass\n    case None: pass\n    case _: pass\n";
        let body = parse(source);
        let StmtKind::Match { cases, .. } = &body[0].kind else {
            panic!("{:?}", body[0])
        };
        assert!(
            matches!(&cases[0].pattern.kind, PatternKind::Sequence(items)
            if matches!(&items[..], [Pattern { kind: PatternKind::Value(_), .. }, Pattern { kind: PatternKind::Star(Some(rest)), .. }] if rest == "rest"))
        );
        assert!(
            matches!(&cases[1].pattern.kind, PatternKind::Mapping { keys, rest: Some(kw), .. } if keys.len() == 1 && kw == "kw")
        );
        let PatternKind::Class {
            kwd_attrs,
            kwd_patterns,
            patterns,
            ..
        } = &cases[2].pattern.kind
        else {
            panic!()
        };
        assert_eq!(
            (patterns.len(), kwd_attrs.as_slice()),
            (1, ["y".to_string()].as_slice())
        );
        assert!(
            matches!(&kwd_patterns[0].kind, PatternKind::As { pattern: Some(inner), name: Some(b) }
            if b == "b" && matches!(inner.kind, PatternKind::Or(_)))
        );
        assert!(matches!(
            cases[3].pattern.kind,
            PatternKind::Singleton(Constant::None)
        ));
        assert!(matches!(
            cases[4].pattern.kind,
            PatternKind::As {
                pattern: None,
                name: None
            }
        ));
        assert_eq!(cases[0].pattern.loc, loc(2, 9, 2, 19));
    }

    #[test]
    fn statements_of_every_kind_lower() {
        let source = "import a.b as c, d\nfrom .. import x\nfrom m import *\nglobal g\n\
            def outer(q):\n    def f():\n        nonlocal q\n        yield from y\n\
            async def g():\n    await z\n    return {d: e async for d in f}\n\
            class C(B, metaclass=M):\n    x: int = 1\n\
            with a as b, c:\n    del b\ntry:\n    raise E from None\nexcept* T as t:\n    pass\n\
            finally:\n    assert x, 'm'\nwhile 1:\n    for i in r:\n        continue\n    else:\n        break\n\
            lambda *a, k=1, **kw: (a, [b for b in c if b])\n";
        let body = parse(source);
        assert_eq!(body.len(), 11);
        assert!(matches!(
            &body[1].kind,
            StmtKind::ImportFrom {
                module: None,
                level: 2,
                ..
            }
        ));
        assert!(
            matches!(&body[2].kind, StmtKind::ImportFrom { names, .. } if names[0].name == "*")
        );
        assert!(matches!(&body[8].kind, StmtKind::Try { is_star: true, .. }));
    }

    #[test]
    fn call_keywords_and_genexp_argument() {
        let ExprKind::Call { args, keywords, .. } = expr("f(x for x in y)\n").kind else {
            panic!()
        };
        assert!(keywords.is_empty());
        // CPython gives a lone generator argument the call's parentheses.
        assert_eq!(args[0].loc, loc(1, 1, 1, 15));
        let ExprKind::Call { keywords, .. } = expr("f(a=1, **k)\n").kind else {
            panic!()
        };
        assert_eq!(keywords[0].arg.as_deref(), Some("a"));
        assert_eq!(keywords[1].arg, None);
    }

    #[test]
    fn render_matches_cpython() {
        let error = parse_err("x = 1\ny = 2\nx = (1 +\n");
        assert_eq!(
            error.render(),
            "  File \"prog.py\", line 3\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n"
        );
        let error = parse_err("def f():\n    x = (1 +\n");
        assert_eq!(
            error.render(),
            "  File \"prog.py\", line 2\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n"
        );
        // A caret left of the stripped text is not printed.
        let error = parse_err("if x:\n\ty = 1\n        z = 2\n");
        assert_eq!(
            error.render(),
            "  File \"prog.py\", line 3\n    z = 2\nTabError: inconsistent use of tabs and spaces in indentation\n"
        );
        let error = parse_err(&format!("x = {}1\n", "-".repeat(5000)));
        assert_eq!(
            error.render(),
            "RecursionError: maximum recursion depth exceeded during compilation\n"
        );
    }

    /// (source, kind, line, message) as CPython 3.11 reports them.
    const ERRORS: &[(&str, &str, u32, &str)] = &[
        ("x = (1 +\ny = 2\nz = 3\n", "SyntaxError", 1, "'(' was never closed"),
        ("foo(1, 2\n\n", "SyntaxError", 1, "'(' was never closed"),
        ("a = [\n  1,\n  2\nb = 3\n", "SyntaxError", 1, "'[' was never closed"),
        ("if x\n    pass\n", "SyntaxError", 1, "expected ':'"),
        ("x = 1\n    y = 2\n", "IndentationError", 2, "unexpected indent"),
        ("if x:\n        a = 1\n    b = 2\n", "IndentationError", 3, "unindent does not match any outer indentation level"),
        ("x = 1\nif x:\npass\n", "IndentationError", 3, "expected an indented block after 'if' statement on line 2"),
        ("def f():\nreturn 1\n", "IndentationError", 2, "expected an indented block after function definition on line 1"),
        ("for i in x:\n\nprint(i)\n", "IndentationError", 3, "expected an indented block after 'for' statement on line 1"),
        ("if x:\n", "IndentationError", 1, "expected an indented block after 'if' statement on line 1"),
        ("x = 'abc\ny = 2\n", "SyntaxError", 1, "unterminated string literal (detected at line 1)"),
        ("x = 1\ny = '''abc\nfoo\n", "SyntaxError", 2, "unterminated triple-quoted string literal (detected at line 3)"),
        ("x = 1 € 2\n", "SyntaxError", 1, "invalid character '€' (U+20AC)"),
        ("x = 1abc\n", "SyntaxError", 1, "invalid decimal literal"),
        ("x = 0o8\n", "SyntaxError", 1, "invalid digit '8' in octal literal"),
        ("x = 09\n", "SyntaxError", 1, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
        ("1 = x\n", "SyntaxError", 1, "cannot assign to literal here. Maybe you meant '==' instead of '='?"),
        ("with a as 1:\n    pass\n", "SyntaxError", 1, "cannot assign to literal"),
        ("del f()\n", "SyntaxError", 1, "cannot delete function call"),
        ("x = = 2\n", "SyntaxError", 1, "invalid syntax"),
        ("x = 1)\n", "SyntaxError", 1, "unmatched ')'"),
        ("x = (\n1,\n2]\n", "SyntaxError", 3, "closing parenthesis ']' does not match opening parenthesis '(' on line 1"),
        ("x = [1 2]\n", "SyntaxError", 1, "invalid syntax. Perhaps you forgot a comma?"),
        ("x = = 1\ny = 'abc\n", "SyntaxError", 2, "unterminated string literal (detected at line 2)"),
        ("x = = 1\nif x:\n    a\n  b\nc = 'abc\n", "SyntaxError", 1, "invalid syntax"),
        ("def f(x, x):\n    pass\n", "SyntaxError", 1, "duplicate argument 'x' in function definition"),
        ("f(a=1, a=2)\n", "SyntaxError", 1, "keyword argument repeated: a"),
        ("def f():\n    x = 1\n    global x\n", "SyntaxError", 3, "name 'x' is assigned to before global declaration"),
        ("def f():\n    global x\n    nonlocal x\n", "SyntaxError", 2, "name 'x' is nonlocal and global"),
        ("match x:\n    case y:\n        pass\n    case 1:\n        pass\n", "SyntaxError", 2, "name capture 'y' makes remaining patterns unreachable"),
        ("x = 1\nfrom __future__ import annotations\n", "SyntaxError", 2, "from __future__ imports must occur at the beginning of the file"),
        ("if x:\n\ty = 1\n        z = 2\n", "TabError", 3, "inconsistent use of tabs and spaces in indentation"),
        ("x = 1 \\ 2\n", "SyntaxError", 1, "unexpected character after line continuation character"),
        ("x = f'{a!x}'\n", "SyntaxError", 1, "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
        ("try:\n    pass\nx = 1\n", "SyntaxError", 3, "expected 'except' or 'finally' block"),
        ("def f(a=1, b):\n    pass\n", "SyntaxError", 1, "non-default argument follows default argument"),
        ("f(a=1, 2)\n", "SyntaxError", 1, "positional argument follows keyword argument"),
        ("x = \x01\n", "SyntaxError", 1, "invalid non-printable character U+0001"),
        ("type X = int\n", "SyntaxError", 1, "invalid syntax"),
        ("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n", "SyntaxError", 3, "default 'except:' must be last"),
        ("obj.__debug__ = 1\n", "SyntaxError", 1, "cannot assign to __debug__"),
        ("x = 1\n*a\n", "SyntaxError", 2, "can't use starred expression here"),
        ("print 'hello'\n", "SyntaxError", 1, "Missing parentheses in call to 'print'. Did you mean print(...)?"),
        ("x = f'{a#}'\n", "SyntaxError", 1, "f-string expression part cannot include '#'"),
        ("x = f'{a:{b:{c}}}'\n", "SyntaxError", 1, "f-string: expressions nested too deeply"),
        ("x = [1, 2, 3\nprint(x)\n", "SyntaxError", 1, "'[' was never closed"),
        ("match x:\n    case []:\npass\n", "IndentationError", 3, "expected an indented block after 'case' statement on line 2"),
        ("def f(**k=1): pass\n", "SyntaxError", 1, "var-keyword argument cannot have default value"),
        ("def f[T](x): pass\n", "SyntaxError", 1, "invalid syntax"),
    ];

    #[test]
    fn errors_match_cpython() {
        for (source, kind, line, msg) in ERRORS {
            let error = parse_err(source);
            assert_eq!(
                (error.kind, error.line, error.msg.as_str()),
                (*kind, *line, *msg),
                "source: {source:?}"
            );
        }
    }

    #[test]
    fn nonlocal_needs_a_binding_in_an_enclosing_function() {
        parse("def f(q):\n    def g():\n        nonlocal q\n");
        parse("def f():\n    for q in r: pass\n    def g():\n        def h():\n            nonlocal q\n");
        parse("def f():\n    [q := 1 for _ in r]\n    def g():\n        nonlocal q\n");
        parse("def f():\n    q = 1\n    class C:\n        def h():\n            nonlocal q\n");
        parse("def f():\n    import a.b\n    def g():\n        nonlocal a\n");
        parse("class C:\n    def f(self):\n        nonlocal __class__\n");
        let refused = [
            ("q = 1\ndef f():\n    nonlocal q\n", 3),
            ("def f():\n    q = 1\n    def g():\n        global q\n        def h():\n            nonlocal q\n", 6),
            ("def f():\n    [x for x in y]\n    def g():\n        nonlocal x\n", 4),
        ];
        for (source, line) in refused {
            let error = parse_err(source);
            assert_eq!(error.line, line, "{source:?}");
            assert!(
                error.msg.starts_with("no binding for nonlocal"),
                "{}",
                error.msg
            );
        }
    }

    #[test]
    fn indentation_limit() {
        let nested = |depth: usize| {
            let mut source: String = (0..depth)
                .map(|i| format!("{}if 1:\n", " ".repeat(i)))
                .collect();
            source.push_str(&format!("{}pass\n", " ".repeat(depth)));
            source
        };
        parse(&nested(99));
        let error = parse_err(&nested(100));
        assert_eq!(
            (error.kind, error.line, error.msg.as_str()),
            ("IndentationError", 101, "too many levels of indentation")
        );
    }

    #[test]
    fn bracket_limit() {
        parse(&format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200)));
        let error = parse_err(&format!("x = {}1{}\n", "[".repeat(201), "]".repeat(201)));
        assert_eq!(error.msg, "too many nested parentheses");
    }

    #[test]
    fn huge_decimal_literal_is_refused_like_cpython() {
        let error = parse_err(&format!("x = {}\n", "7".repeat(1_000_000)));
        assert!(
            error.msg.starts_with("Exceeds the limit (4300 digits)"),
            "{}",
            error.msg
        );
        parse(&format!("x = {}\n", "7".repeat(4300)));
    }

    #[test]
    fn hostile_input_never_overflows_or_panics() {
        const N: usize = 100_000;
        let deep: Vec<(&str, String)> = vec![
            ("parens", format!("{}{}\n", "(".repeat(N), ")".repeat(N))),
            ("lists", format!("x = {}{}\n", "[".repeat(N), "]".repeat(N))),
            ("sum", format!("x = {}1\n", "1+".repeat(N))),
            ("sum with error", format!("x = {}\n", "1+".repeat(N))),
            ("unary", format!("x = {}1\n", "-~+".repeat(N))),
            ("not", format!("x = {}y\n", "not ".repeat(N))),
            ("power", format!("x = {}2\n", "2**".repeat(N))),
            ("attributes", format!("x = a{}\n", ".b".repeat(N))),
            ("calls", format!("x = f{}\n", "()".repeat(N))),
            ("lambdas", format!("x = {}1\n", "lambda: ".repeat(N))),
            ("ternaries", format!("x = {}1\n", "1 if 1 else ".repeat(N))),
            (
                "elifs",
                format!("if x:\n pass\n{}", "elif x:\n pass\n".repeat(N)),
            ),
            (
                "compound on one line",
                format!("{}pass\n", "if 1: ".repeat(N)),
            ),
            (
                "nested blocks",
                (0..500)
                    .map(|i| format!("{}if 1:\n", " ".repeat(i)))
                    .collect(),
            ),
        ];
        for (name, source) in deep {
            let result = on_small_stack(move || parse_module(&source, "prog.py").map(|_| ()));
            assert!(result.is_err(), "{name} should be refused");
        }
        let fine = vec![
            format!("x = '{}'\n", "a".repeat(1 << 20)),
            format!("x = 0x{}\n", "f".repeat(5000)),
            format!("x = {}1\n", "1+".repeat(1990)),
            format!("x = {}1\n", "lambda: ".repeat(1990)),
            format!("def f():\n    x = {}1\n", "lambda: ".repeat(1990)),
            format!("def f():\n    x = {}y\n", "not ".repeat(1990)),
            format!("x = {}1\n", "-".repeat(1990)),
            format!("x = {}1{}\n", "f(".repeat(190), ")".repeat(190)),
            format!("x = [{}]\n", "1, ".repeat(N)),
            format!("x = {}\n", "'a' ".repeat(N)),
            "x = 1\n".repeat(N),
        ];
        for source in fine {
            let result = on_small_stack(move || parse_module(&source, "prog.py").map(|_| ()));
            assert!(result.is_ok(), "{:?}", result.err());
        }
    }

    #[test]
    fn decode_source_like_cpython() {
        assert_eq!(
            decode_source(b"\xef\xbb\xbfx = 1\r\ny = 2\r", "p.py").as_deref(),
            Ok("x = 1\ny = 2\n")
        );
        let error = decode_source(b"x = 1\ny = '\xff'\n", "p.py")
            .err()
            .map(|e| e.msg);
        assert_eq!(
            error.as_deref(),
            Some(
                "Non-UTF-8 code starting with '\\xff' in file p.py on line 2, but no encoding declared; \
                 see https://peps.python.org/pep-0263/ for details"
            )
        );
        let error = decode_source(b"x = 1\0\n", "p.py").err().map(|e| e.msg);
        assert_eq!(
            error.as_deref(),
            Some("source code cannot contain null bytes")
        );
    }
}

//! Formatting and parsing of numbers and strings, exactly as CPython 3.11 does it.
//!
//! Everything here is pure: no VM values, no allocation of Python objects. The VM calls these
//! functions from `repr(float)`, `format()`, `str.format`, `%`, `round()`, `int()` and `float()`,
//! and turns a [`FormatError`] into the Python exception its [`ErrorKind`] names.
//!
//! One concept per file:
//! - [`dtoa`] — CPython's `PyOS_double_to_string` (the `e f g r` layouts of a double's digits).
//! - [`repr`] — `repr(float)`, `repr(complex)`, `str(int)` (with the 4300-digit limit),
//!   `hex/oct/bin`, `ascii()` escaping.
//! - [`spec`] — the format-spec mini-language parser.
//! - [`number`] — `int.__format__`, `float.__format__`, `complex.__format__`.
//! - [`string`] — `str.__format__`.
//! - [`percent`] — `printf`-style `str % args`.
//! - [`fields`] — splitting a `str.format` template into literals and replacement fields.
//! - [`round`] — `round(float)`, `round(float, n)`, `round(int, n)`.
//! - [`parse`] — `float(str)` and `int(str, base)`.
//! - [`int_float`] — correctly rounded `int` to `float` conversion.
//! - [`unicode`] — the Unicode facts the parsers need (decimal digits, whitespace).

pub mod dtoa;
pub mod fields;
pub mod int_float;
pub mod number;
pub mod parse;
pub mod percent;
pub mod repr;
pub mod round;
pub mod spec;
pub mod string;
pub mod unicode;

#[cfg(test)]
mod tests;

pub use dtoa::{double_to_string, FloatFlags};
pub use fields::{
    parse_format_string, Accessor, AutoNumbering, Conversion, FieldKey, FieldName, FormatPiece,
    ReplacementField, SpecText,
};
pub use int_float::int_to_f64;
pub use number::{format_complex, format_float, format_int};
pub use parse::{parse_float, parse_int, IntParseError};
pub use percent::{percent_format, PercentArgs, PercentError};
pub use repr::{ascii_escape, complex_repr, float_repr, int_to_base, int_to_decimal};
pub use round::{round_float, round_float_to_int, round_int};
pub use spec::FormatSpec;
pub use string::format_str;
pub use unicode::{decimal_value, is_python_space};

use std::fmt;

/// CPython's `sys.get_int_max_str_digits()` default: decimal conversions of ints with more
/// digits than this raise ValueError (both `str(int)` and `int(str)`).
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Which Python exception a [`FormatError`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    OverflowError,
}

/// A Python exception raised by formatting or parsing: its class and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ErrorKind,
    pub message: String,
}

impl FormatError {
    pub fn value(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::ValueError,
            message: message.into(),
        }
    }

    pub fn type_error(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::TypeError,
            message: message.into(),
        }
    }

    pub fn overflow(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::OverflowError,
            message: message.into(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let class = match self.kind {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::OverflowError => "OverflowError",
        };
        write!(f, "{}: {}", class, self.message)
    }
}

impl std::error::Error for FormatError {}

/// How CPython names a character in an error message: itself when printable ASCII, else `\x..`
/// in lowercase hex without padding (`'\x1'`, `'\xe9'`), as its `%c`/`\\x%x` pair does.
pub(crate) fn describe_char(c: char) -> String {
    let code = c as u32;
    if code > 32 && code < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", code)
    }
}

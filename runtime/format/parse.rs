//! `float(str)` and `int(str, base)`: Python's literal syntax around the digits.
//!
//! Both first map Unicode decimal digits to ASCII and Unicode spaces to ' ' (CPython's
//! `_PyUnicode_TransformDecimalAndSpaceToASCII`), then strip the C-locale spaces.

use num_bigint::{BigInt, BigUint};
use num_traits::Zero;

use super::unicode::to_ascii_number_text;
use super::{FormatError, INT_MAX_STR_DIGITS};

fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn trim_c_space(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|&b| !is_c_space(b))
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|&b| !is_c_space(b))
        .map_or(start, |i| i + 1);
    &bytes[start..end]
}

/// Remove underscores, each of which must sit between two ASCII digits (`1_000.000_1`).
fn remove_float_underscores(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut prev = 0u8;
    for &b in bytes {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        prev = b;
    }
    (prev != b'_').then_some(out)
}

/// `inf`, `infinity` or `nan` in any case, after an optional sign.
fn parse_special(unsigned: &[u8], negative: bool) -> Option<f64> {
    let word = std::str::from_utf8(unsigned).ok()?.to_ascii_lowercase();
    let value = match word.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => return None,
    };
    Some(if negative { -value } else { value })
}

/// Whether `text` (unsigned, no underscores) is `digits [. digits] [e [sign] digits]` with at
/// least one mantissa digit: the decimal syntax CPython's `_PyOS_ascii_strtod` accepts.
fn is_decimal_syntax(text: &[u8]) -> bool {
    let mut i = 0;
    let count_digits = |i: &mut usize| {
        let start = *i;
        while text.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa_digits = count_digits(&mut i);
    if text.get(i) == Some(&b'.') {
        i += 1;
        mantissa_digits += count_digits(&mut i);
    }
    if mantissa_digits == 0 {
        return false;
    }
    if matches!(text.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(text.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if count_digits(&mut i) == 0 {
            return false;
        }
    }
    i == text.len()
}

/// `float(s)` for a str: surrounding whitespace, `_` between digits, `inf`/`infinity`/`nan`
/// in any case with an optional sign, and decimal literals, correctly rounded. None when
/// CPython raises "could not convert string to float".
pub fn parse_float(s: &str) -> Option<f64> {
    let ascii = to_ascii_number_text(s);
    let trimmed = trim_c_space(ascii.as_bytes());
    let cleaned;
    let text = if trimmed.contains(&b'_') {
        cleaned = remove_float_underscores(trimmed)?;
        &cleaned[..]
    } else {
        trimmed
    };
    let (negative, unsigned) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if let Some(value) = parse_special(unsigned, negative) {
        return Some(value);
    }
    if !is_decimal_syntax(unsigned) {
        return None;
    }
    // Rust's parser is correctly rounded for any length of input; the syntax is checked above.
    let magnitude: f64 = std::str::from_utf8(unsigned).ok()?.parse().ok()?;
    Some(if negative { -magnitude } else { magnitude })
}

/// Why `int(s, base)` failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntParseError {
    /// The base is not 0 or 2..=36.
    BadBase,
    /// Not an int literal in this base.
    Invalid,
    /// A decimal (non power-of-two base) literal with more digits than
    /// [`INT_MAX_STR_DIGITS`]; holds the digit count.
    TooManyDigits(usize),
}

impl IntParseError {
    /// The ValueError CPython raises. `input_repr` is `repr()` of the original string and
    /// `base` the base as passed to `int()`.
    pub fn to_error(self, input_repr: &str, base: u32) -> FormatError {
        match self {
            IntParseError::BadBase => FormatError::value("int() base must be >= 2 and <= 36, or 0"),
            IntParseError::Invalid => {
                // CPython prints the repr with "%.200R": at most 200 characters of it.
                let shown: String = input_repr.chars().take(200).collect();
                FormatError::value(format!(
                    "invalid literal for int() with base {}: {}",
                    base, shown
                ))
            }
            IntParseError::TooManyDigits(digits) => FormatError::value(format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} \
                 digits; use sys.set_int_max_str_digits() to increase the limit",
                INT_MAX_STR_DIGITS, digits
            )),
        }
    }
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 99,
    }
}

/// `int(s, base)` for a str, following CPython's `_PyLong_FromString`: whitespace around, a
/// sign, for base 0 a `0x`/`0o`/`0b` prefix deciding the base (and no leading zeros in decimal
/// except for zero itself), the matching prefix also allowed with an explicit base 16/8/2,
/// single underscores between digits or after a prefix.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, IntParseError> {
    if base == 1 || base > 36 {
        return Err(IntParseError::BadBase);
    }
    let ascii = to_ascii_number_text(s);
    let bytes = ascii.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_c_space(at(i)) {
        i += 1;
    }
    let negative = match at(i) {
        b'+' => {
            i += 1;
            false
        }
        b'-' => {
            i += 1;
            true
        }
        _ => false,
    };
    let mut base = base;
    let mut must_be_zero = false;
    if base == 0 {
        base = match (at(i), at(i + 1).to_ascii_lowercase()) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                // An old C-style octal literal: only zero is allowed ("00", "0_0").
                must_be_zero = true;
                10
            }
            _ => 10,
        };
    }
    let prefix = match base {
        16 => b'x',
        8 => b'o',
        2 => b'b',
        _ => 0,
    };
    if prefix != 0 && at(i) == b'0' && at(i + 1).to_ascii_lowercase() == prefix {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(IntParseError::Invalid);
    }

    let mut digits = Vec::new();
    let mut prev = 0u8;
    while i < bytes.len() && (digit_value(bytes[i]) < base || bytes[i] == b'_') {
        if bytes[i] == b'_' {
            if prev == b'_' {
                return Err(IntParseError::Invalid);
            }
        } else {
            digits.push(bytes[i]);
        }
        prev = bytes[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(IntParseError::Invalid);
    }
    if !base.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS {
        return Err(IntParseError::TooManyDigits(digits.len()));
    }
    if digits.is_empty() {
        return Err(IntParseError::Invalid);
    }
    let magnitude = BigUint::parse_bytes(&digits, base).ok_or(IntParseError::Invalid)?;
    if must_be_zero && !magnitude.is_zero() {
        return Err(IntParseError::Invalid);
    }
    while is_c_space(at(i)) {
        i += 1;
    }
    if i != bytes.len() {
        return Err(IntParseError::Invalid);
    }
    let value = BigInt::from(magnitude);
    Ok(if negative { -value } else { value })
}

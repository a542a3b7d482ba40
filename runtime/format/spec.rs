//! The format-spec mini-language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! Parsing follows CPython's `parse_internal_render_format_spec`; the checks that depend on the
//! kind of object (int, float, str) live with the formatter of that kind.

use super::unicode::decimal_value;
use super::{describe_char, FormatError};

/// Thousands grouping requested by `,` or `_`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (decimal) or four (`b o x X`).
    Underscore,
}

/// A parsed format spec. Fields hold what was written; defaults are applied by the formatters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, if one was written before an alignment.
    pub fill: Option<char>,
    /// One of `< > = ^`, if written.
    pub align: Option<char>,
    /// One of `+ - ' '`, if written.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive zero.
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// A `0` before the width: pad with zeros (and align `=` unless an alignment was written).
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type, if written.
    pub kind: Option<char>,
}

/// The largest width or precision CPython accepts (`Py_ssize_t`).
const MAX_SIZE: usize = isize::MAX as usize;

fn too_many_digits() -> FormatError {
    FormatError::value("Too many decimal digits in format string")
}

/// Read decimal digits (any Unicode decimal digit counts, as in CPython) starting at `*pos`.
/// Returns None when there are none.
fn read_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut value: usize = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= MAX_SIZE)
            .ok_or_else(too_many_digits)?;
        any = true;
        *pos += 1;
    }
    Ok(any.then_some(value))
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

impl FormatSpec {
    /// Parse `spec` for an object whose type is called `type_name` (it appears in the
    /// "Invalid format specifier" message). `default_kind` is the presentation type used when
    /// none is written, for the grouping check: `Some('d')` for ints, `None` for floats,
    /// `Some('s')` for strings.
    pub fn parse(
        spec: &str,
        type_name: &str,
        default_kind: Option<char>,
    ) -> Result<FormatSpec, FormatError> {
        let chars: Vec<char> = spec.chars().collect();
        let mut pos = 0;
        let mut out = FormatSpec {
            fill: None,
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            kind: None,
        };

        if chars.len() >= 2 && is_align(chars[1]) {
            out.fill = Some(chars[0]);
            out.align = Some(chars[1]);
            pos = 2;
        } else if chars.first().is_some_and(|&c| is_align(c)) {
            out.align = Some(chars[0]);
            pos = 1;
        }
        if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
            out.sign = Some(c);
            pos += 1;
        }
        if chars.get(pos) == Some(&'z') {
            out.no_neg_zero = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            out.alternate = true;
            pos += 1;
        }
        // A written fill wins over the `0` shorthand, which is then just part of the width.
        if out.fill.is_none() && chars.get(pos) == Some(&'0') {
            out.zero_pad = true;
            pos += 1;
        }
        out.width = read_integer(&chars, &mut pos)?;
        if chars.get(pos) == Some(&',') {
            out.grouping = Some(Grouping::Comma);
            pos += 1;
        }
        if chars.get(pos) == Some(&'_') {
            if out.grouping.is_some() {
                return Err(FormatError::value("Cannot specify both ',' and '_'."));
            }
            out.grouping = Some(Grouping::Underscore);
            pos += 1;
        }
        if chars.get(pos) == Some(&',') && out.grouping == Some(Grouping::Underscore) {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            out.precision = read_integer(&chars, &mut pos)?;
            if out.precision.is_none() {
                return Err(FormatError::value("Format specifier missing precision"));
            }
        }
        match chars.len() - pos {
            0 => {}
            1 => out.kind = Some(chars[pos]),
            _ => {
                return Err(FormatError::value(format!(
                    "Invalid format specifier '{}' for object of type '{}'",
                    spec, type_name
                )))
            }
        }

        if let Some(grouping) = out.grouping {
            let kind = out.kind.or(default_kind);
            let allowed = match kind {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
                Some('b' | 'o' | 'x' | 'X') => grouping == Grouping::Underscore,
                Some(_) => false,
            };
            if !allowed {
                let sep = if grouping == Grouping::Comma {
                    ','
                } else {
                    '_'
                };
                let kind = kind.map(describe_char).unwrap_or_default();
                return Err(FormatError::value(format!(
                    "Cannot specify '{}' with '{}'.",
                    sep, kind
                )));
            }
        }
        Ok(out)
    }

    /// The alignment in effect: the written one, else `=` for zero padding, else `default`.
    pub(crate) fn align_or(&self, default: char) -> char {
        match (self.align, self.zero_pad) {
            (Some(a), _) => a,
            (None, true) => '=',
            (None, false) => default,
        }
    }

    /// The fill character in effect: the written one, else `0` for zero padding, else space.
    pub(crate) fn fill_char(&self) -> char {
        match (self.fill, self.zero_pad) {
            (Some(f), _) => f,
            (None, true) => '0',
            (None, false) => ' ',
        }
    }

    /// The "Unknown format code" error for this spec's type and an object's type name.
    pub(crate) fn unknown_code(kind: char, type_name: &str) -> FormatError {
        FormatError::value(format!(
            "Unknown format code '{}' for object of type '{}'",
            describe_char(kind),
            type_name
        ))
    }
}

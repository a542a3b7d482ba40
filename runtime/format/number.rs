//! `int.__format__`, `float.__format__` and `complex.__format__`, after CPython's
//! `Python/formatter_unicode.c`: a number is cut into sign, prefix, digits and remainder, the
//! digits are grouped (and zero-padded when the fill is `0` with `=` alignment), then padded.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::dtoa::{double_to_string, FloatFlags};
use super::int_float::int_to_f64;
use super::repr::{complex_repr, float_repr, int_to_decimal};
use super::spec::{FormatSpec, Grouping};
use super::FormatError;

/// How the digits before the decimal point are grouped: separator and group size.
type GroupRule = Option<(char, usize)>;

/// The pieces of a formatted number, in output order (padding aside).
struct NumberParts<'a> {
    negative: bool,
    /// `0x`, `0o`, `0b` (or upper-case) for `#` with `x o b X`.
    prefix: &'a str,
    /// The digits that grouping and zero padding apply to.
    digits: &'a str,
    /// Everything after them: decimal point, fraction, exponent, `%`, or the `c` character.
    remainder: &'a str,
}

/// Where padding goes and with what, plus the sign rule and grouping.
struct Layout {
    sign: Option<char>,
    fill: char,
    align: char,
    width: Option<usize>,
    grouping: GroupRule,
}

impl Layout {
    fn from_spec(spec: &FormatSpec, grouping: GroupRule) -> Layout {
        Layout {
            sign: spec.sign,
            fill: spec.fill_char(),
            align: spec.align_or('>'),
            width: spec.width,
            grouping,
        }
    }
}

fn group_rule(spec: &FormatSpec, group_size: usize) -> GroupRule {
    match spec.grouping {
        Some(Grouping::Comma) => Some((',', group_size)),
        Some(Grouping::Underscore) => Some(('_', group_size)),
        None => None,
    }
}

/// Group `digits` from the right, first padding with zeros so that the grouped result is at
/// least `min_width` characters (CPython's `_PyUnicode_InsertThousandsGrouping`: a separator is
/// never the first character, so the result may overshoot by one).
fn group_digits(digits: &str, min_width: i64, rule: GroupRule) -> String {
    if digits.is_empty() {
        return String::new();
    }
    let Some((sep, size)) = rule else {
        let zeros = (min_width - digits.len() as i64).max(0) as usize;
        return "0".repeat(zeros) + digits;
    };
    let bytes = digits.as_bytes();
    let mut remaining = bytes.len() as i64;
    let mut min_width = min_width;
    let size = size as i64;
    // Groups are produced right to left, then reversed.
    let mut groups: Vec<String> = Vec::new();
    loop {
        let len = size.min(remaining.max(min_width).max(1));
        let zeros = (len - remaining).max(0);
        let taken = remaining.min(len).max(0);
        let mut group = "0".repeat(zeros as usize);
        let end = remaining as usize;
        group.push_str(&digits[end - taken as usize..end]);
        groups.push(group);
        remaining -= taken;
        min_width -= size;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&sep.to_string())
}

/// Assemble `parts` under `layout` (CPython's `calc_number_widths` + `fill_number`).
fn layout_number(parts: &NumberParts, layout: &Layout) -> String {
    let sign = match (layout.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let non_digit = sign.is_some() as i64
        + parts.prefix.chars().count() as i64
        + parts.remainder.chars().count() as i64;
    let width = layout.width.map_or(-1, |w| w as i64);
    let min_width = if layout.fill == '0' && layout.align == '=' {
        width - non_digit
    } else {
        0
    };
    let grouped = group_digits(parts.digits, min_width, layout.grouping);
    let padding = (width - non_digit - grouped.chars().count() as i64).max(0) as usize;
    let (left, middle, right) = match layout.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let fill = |n: usize| std::iter::repeat_n(layout.fill, n);
    let mut out = String::new();
    out.extend(fill(left));
    out.extend(sign);
    out.push_str(parts.prefix);
    out.extend(fill(middle));
    out.push_str(&grouped);
    out.push_str(parts.remainder);
    out.extend(fill(right));
    out
}

/// Split a formatted float ("-12.5e+03", "inf") into sign, leading digits and remainder.
fn split_float_text(text: &str) -> (bool, &str, &str) {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let digits_end = body
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(body.len());
    (negative, &body[..digits_end], &body[digits_end..])
}

/// `format(value, spec)` for an int; `type_name` is `type(value).__name__` for error messages.
pub fn format_int(value: &BigInt, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return int_to_decimal(value);
    }
    let spec = FormatSpec::parse(spec, type_name, Some('d'))?;
    match spec.kind.unwrap_or('d') {
        'b' | 'c' | 'd' | 'n' | 'o' | 'x' | 'X' => format_int_spec(value, &spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_spec(int_to_f64(value)?, &spec),
        other => Err(FormatSpec::unknown_code(other, type_name)),
    }
}

fn format_int_spec(value: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let kind = spec.kind.unwrap_or('d');
    if kind == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = value
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
        let ch = u32::try_from(code)
            .ok()
            .filter(|&c| c <= 0x10ffff)
            .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
        // Surrogates are valid Python characters but not Rust ones; U+FFFD stands in for them.
        let text = char::from_u32(ch).unwrap_or('\u{fffd}').to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            remainder: &text,
        };
        return Ok(layout_number(&parts, &Layout::from_spec(spec, None)));
    }

    let (radix, prefix, group_size) = match kind {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        _ => (10, "", 3),
    };
    let digits = if radix == 10 {
        let mut text = int_to_decimal(value)?;
        if value.sign() == Sign::Minus {
            text.remove(0);
        }
        text
    } else {
        let text = value.magnitude().to_str_radix(radix);
        if kind == 'X' {
            text.to_ascii_uppercase()
        } else {
            text
        }
    };
    let grouping = if kind == 'n' {
        None
    } else {
        group_rule(spec, group_size)
    };
    let parts = NumberParts {
        negative: value.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        remainder: "",
    };
    Ok(layout_number(&parts, &Layout::from_spec(spec, grouping)))
}

/// `format(value, spec)` for a float; `type_name` is `type(value).__name__` for error messages.
pub fn format_float(value: f64, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(float_repr(value));
    }
    let spec = FormatSpec::parse(spec, type_name, None)?;
    match spec.kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_spec(value, &spec)
        }
        Some(other) => Err(FormatSpec::unknown_code(other, type_name)),
    }
}

/// Precision of a float or complex spec, with CPython's `int` limit.
fn float_precision(spec: &FormatSpec) -> Result<Option<usize>, FormatError> {
    match spec.precision {
        Some(p) if p > i32::MAX as usize => Err(FormatError::value("precision too big")),
        p => Ok(p),
    }
}

/// The dtoa code and flags for a float presentation type (`None` is "no type": repr-like).
fn float_code(kind: Option<char>, precision: Option<usize>) -> (char, usize, bool) {
    match kind {
        // No type: repr without a precision, else `g` keeping a digit after the point.
        None => match precision {
            None => ('r', 0, true),
            Some(p) => ('g', p, true),
        },
        Some('n') => ('g', precision.unwrap_or(6), false),
        Some('%') => ('f', precision.unwrap_or(6), false),
        Some(c) => (c, precision.unwrap_or(6), false),
    }
}

fn format_float_spec(value: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let precision = float_precision(spec)?;
    let (code, precision, add_dot_0) = float_code(spec.kind, precision);
    let percent = spec.kind == Some('%');
    let flags = FloatFlags {
        alt: spec.alternate,
        add_dot_0,
        no_neg_zero: spec.no_neg_zero,
        sign: false,
    };
    let value = if percent { value * 100.0 } else { value };
    let mut text = double_to_string(value, code, precision, flags);
    if percent {
        text.push('%');
    }
    let (negative, digits, remainder) = split_float_text(&text);
    let grouping = if spec.kind == Some('n') {
        None
    } else {
        group_rule(spec, 3)
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        remainder,
    };
    Ok(layout_number(&parts, &Layout::from_spec(spec, grouping)))
}

/// `format(complex(re, im), spec)`; `type_name` is `type(value).__name__`.
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &str,
    type_name: &str,
) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let spec = FormatSpec::parse(spec, type_name, None)?;
    match spec.kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(other) => return Err(FormatSpec::unknown_code(other, type_name)),
    }
    let precision = float_precision(&spec)?;
    if spec.fill_char() == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (code, precision, _) = float_code(spec.kind, precision);
    // With no type, a +0.0 real part is left out and anything else is parenthesized, as repr.
    let bare = spec.kind.is_none() && re == 0.0 && re.is_sign_positive();
    let parens = spec.kind.is_none() && !bare;
    let flags = FloatFlags {
        alt: spec.alternate,
        add_dot_0: false,
        no_neg_zero: spec.no_neg_zero,
        sign: false,
    };
    let grouping = if spec.kind == Some('n') {
        None
    } else {
        group_rule(&spec, 3)
    };
    let part_layout = |sign: Option<char>| Layout {
        sign,
        fill: ' ',
        align: '<',
        width: None,
        grouping,
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !bare {
        let text = double_to_string(re, code, precision, flags);
        let (negative, digits, remainder) = split_float_text(&text);
        let parts = NumberParts {
            negative,
            prefix: "",
            digits,
            remainder,
        };
        body.push_str(&layout_number(&parts, &part_layout(spec.sign)));
    }
    let text = double_to_string(im, code, precision, flags);
    let (negative, digits, remainder) = split_float_text(&text);
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        remainder,
    };
    let im_sign = if bare { spec.sign } else { Some('+') };
    body.push_str(&layout_number(&parts, &part_layout(im_sign)));
    body.push('j');
    if parens {
        body.push(')');
    }
    let len = body.chars().count();
    Ok(super::string::pad(
        &body,
        len,
        spec.width,
        spec.align.unwrap_or('>'),
        spec.fill_char(),
    ))
}

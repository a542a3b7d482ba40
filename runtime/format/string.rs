//! `str.__format__`: precision truncates, width pads, no numeric options allowed.

use super::spec::FormatSpec;
use super::FormatError;

/// Pad `text` (of `len` characters) to `width` with `fill`, placed by `align` (`<`, `>`, `^`;
/// anything else counts as `<`), as CPython's `calc_padding` + `fill_padding`.
pub(crate) fn pad(text: &str, len: usize, width: Option<usize>, align: char, fill: char) -> String {
    let total = width.map_or(len, |w| w.max(len));
    let padding = total - len;
    let left = match align {
        '>' => padding,
        '^' => padding / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + padding * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, padding - left));
    out
}

/// `format(value, spec)` for a str; `type_name` is `type(value).__name__` for error messages.
pub fn format_str(value: &str, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(value.to_string());
    }
    let spec = FormatSpec::parse(spec, type_name, Some('s'))?;
    match spec.kind {
        None | Some('s') => {}
        Some(other) => return Err(FormatSpec::unknown_code(other, type_name)),
    }
    match spec.sign {
        Some(' ') => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    // A `0` before the width sets the fill but, for strings, not the `=` alignment.
    let align = spec.align.unwrap_or('<');
    if align == '=' {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (text, len) = match spec.precision {
        Some(p) => match value.char_indices().nth(p) {
            Some((cut, _)) => (&value[..cut], p),
            None => (value, value.chars().count()),
        },
        None => (value, value.chars().count()),
    };
    Ok(pad(text, len, spec.width, align, spec.fill_char()))
}

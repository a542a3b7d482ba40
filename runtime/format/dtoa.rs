//! CPython's `PyOS_double_to_string`: a double laid out in `e`, `f`, `g` or `r` (repr) style.
//!
//! The digits come from Rust's float formatting, which is correctly rounded from the exact binary
//! value (half-to-even on exact ties) for a given precision, and shortest-round-trip without one,
//! the same digits David Gay's dtoa gives CPython. This file only places them the way CPython
//! does: where the decimal point goes, when an exponent is used, which zeros are kept.

/// The `Py_DTSF_*` flags of `PyOS_double_to_string`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// `#`: always print a decimal point, and keep `g`'s trailing zeros.
    pub alt: bool,
    /// Integral values get `.0` (`repr(1.0)`), and `g` switches to exponent form one digit
    /// earlier, so that there is room for it.
    pub add_dot_0: bool,
    /// `z`: a result that rounds to zero loses its minus sign.
    pub no_neg_zero: bool,
    /// Always print a sign, `+` for non-negative values (used for a complex's imaginary part).
    pub sign: bool,
}

/// Digits of a positive finite double: `value ~= 0.DIGITS * 10**decpt`, no trailing zeros
/// except a lone "0" for zero (as dtoa returns them).
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

/// Split Rust's `{:e}` output ("1.2345e-7", "5e0") into digits and decimal-point position.
fn digits_from_exp_form(text: &str) -> Digits {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mantissa.bytes().filter(|b| b.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    Digits {
        digits,
        decpt: exponent + 1,
    }
}

/// The shortest digits that round-trip (dtoa mode 0).
fn shortest_digits(abs: f64) -> Digits {
    let shortest = digits_from_exp_form(&format!("{:e}", abs));
    // When two strings of that length read back and the value lies exactly between them, Rust
    // picks the upper one and dtoa the even one: the correctly rounded (half-even) string of
    // the same length is dtoa's whenever it reads back.
    let len = shortest.digits.len();
    if len >= 16 && may_tie(abs) {
        let text = format!("{:.*e}", len - 1, abs);
        let rounded = digits_from_exp_form(&text);
        if rounded.digits != shortest.digits && text.parse::<f64>() == Ok(abs) {
            return rounded;
        }
    }
    shortest
}

/// Whether the exact decimal expansion of `abs` can be short enough (at most 18 significant
/// digits) to lie exactly between two shortest candidates. Below 16 digits two candidates are
/// more than an ulp apart, so only one reads back; a value `odd * 2**-k` has exactly the
/// significant digits of `odd * 5**k`, more than 18 once `k > 25`.
fn may_tie(abs: f64) -> bool {
    let bits = abs.to_bits();
    let biased_exp = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if biased_exp == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased_exp - 1075)
    };
    mantissa != 0 && -(exp + i64::from(mantissa.trailing_zeros())) <= 26
}

/// More significant digits than any double's exact decimal expansion has (767), and more
/// fraction digits than any has (1074): asking Rust for more only adds zeros (and Rust caps
/// precisions at `u16::MAX`).
const MAX_SIGNIFICANT: usize = 800;
const MAX_FRACTION: usize = 1100;

/// `count` significant digits, correctly rounded (dtoa mode 2); `count >= 1`.
fn significant_digits(abs: f64, count: usize) -> Digits {
    let count = count.clamp(1, MAX_SIGNIFICANT);
    digits_from_exp_form(&format!("{:.*e}", count - 1, abs))
}

/// `abs` with `precision` digits after the point, correctly rounded (dtoa mode 3).
fn fixed(abs: f64, precision: usize) -> String {
    let mut text = format!("{:.*}", precision.min(MAX_FRACTION), abs);
    text.extend(std::iter::repeat_n(
        '0',
        precision.saturating_sub(MAX_FRACTION),
    ));
    text
}

/// Place `digits` with the decimal point after position `decpt` (which may be outside the
/// digits: zeros are implied on both sides), printing positions `start..end` of that infinite
/// zero-padded string. The point is dropped when nothing follows it, unless `keep_point`.
fn place_digits(d: &Digits, start: i64, end: i64, keep_point: bool, out: &mut String) {
    for i in start..end {
        if i == d.decpt {
            out.push('.');
        }
        let digit = usize::try_from(i)
            .ok()
            .and_then(|i| d.digits.get(i))
            .copied()
            .unwrap_or(b'0');
        out.push(char::from(digit));
    }
    if end == d.decpt && keep_point {
        out.push('.');
    }
}

/// Append an exponent the C way: sign always, at least two digits (`e+05`, `e-300`).
fn push_exponent(exp: i64, upper: bool, out: &mut String) {
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", exp.unsigned_abs()));
}

/// Format `x` like CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r` (`r` is repr: shortest digits, `precision` ignored); any
/// other code is treated as `r`. Infinities and NaN print as `inf`/`nan` (`INF`/`NAN` for
/// upper-case codes); NaN never has a minus sign.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: FloatFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut negative = x.is_sign_negative();
    let mut body = String::new();

    if x.is_nan() {
        negative = false;
        body.push_str(if upper { "NAN" } else { "nan" });
    } else if x.is_infinite() {
        body.push_str(if upper { "INF" } else { "inf" });
    } else {
        let abs = x.abs();
        match code {
            'f' => {
                body = fixed(abs, precision);
                if precision == 0 && flags.alt {
                    body.push('.');
                }
            }
            'e' => {
                let d = significant_digits(abs, precision + 1);
                let exp = d.decpt - 1;
                let at_one = Digits {
                    digits: d.digits,
                    decpt: 1,
                };
                place_digits(&at_one, 0, precision as i64 + 1, flags.alt, &mut body);
                push_exponent(exp, upper, &mut body);
            }
            'g' => {
                let precision = precision.max(1);
                let d = significant_digits(abs, precision);
                let exp_limit = if flags.add_dot_0 {
                    precision as i64 - 1
                } else {
                    precision as i64
                };
                let end = if flags.alt {
                    precision as i64
                } else {
                    d.digits.len() as i64
                };
                layout_general(d, exp_limit, end, upper, flags, &mut body);
            }
            _ => {
                let d = shortest_digits(abs);
                let end = d.digits.len() as i64;
                // repr switches to exponent form at 1e16 (17 digits before the point).
                layout_general(d, 16, end, upper, flags, &mut body);
            }
        }
        if flags.no_neg_zero && body.bytes().all(|b| !(b'1'..=b'9').contains(&b)) {
            // Only zeros survived rounding: CPython drops the sign before checking for it.
            negative = false;
        }
    }

    let mut out = String::with_capacity(body.len() + 1);
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    out.push_str(&body);
    out
}

/// The `g`/`r` layout: exponent form when the decimal point would sit before 0.0001 or more
/// than `exp_limit` digits in, else positional; at least `end` digit positions are printed
/// (so `#` keeps trailing zeros) and `.0` is added to integral positional results if asked.
fn layout_general(
    mut d: Digits,
    exp_limit: i64,
    end: i64,
    upper: bool,
    flags: FloatFlags,
    out: &mut String,
) {
    let exponent = if d.decpt <= -4 || d.decpt > exp_limit {
        let exp = d.decpt - 1;
        d.decpt = 1;
        Some(exp)
    } else {
        None
    };
    let start = if d.decpt <= 0 { d.decpt - 1 } else { 0 };
    let min_end = if exponent.is_none() && flags.add_dot_0 {
        d.decpt + 1
    } else {
        d.decpt
    };
    place_digits(&d, start, end.max(min_end), flags.alt, out);
    if let Some(exp) = exponent {
        push_exponent(exp, upper, out);
    }
}

//! Default text forms: `repr(float)`, `repr(complex)`, `str(int)`, `hex/oct/bin`, `ascii()`.

use num_bigint::{BigInt, Sign};

use super::dtoa::{double_to_string, FloatFlags};
use super::{FormatError, INT_MAX_STR_DIGITS};

/// `repr(x)` (and `str(x)`) for a float: shortest round-trip digits, exponent form below 1e-4
/// and from 1e16 on, `.0` on integral values, `inf`, `-inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    let flags = FloatFlags {
        add_dot_0: true,
        ..FloatFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

/// `repr(complex(re, im))`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`. The real part is left out
/// only when it is +0.0. Parts use repr digits without the `.0` (`(1+2j)`, not `(1.0+2.0j)`).
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = FloatFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        return double_to_string(im, 'r', 0, plain) + "j";
    }
    let signed = FloatFlags {
        sign: true,
        ..plain
    };
    format!(
        "({}{}j)",
        double_to_string(re, 'r', 0, plain),
        double_to_string(im, 'r', 0, signed)
    )
}

/// The error CPython raises when an int is too long to print in decimal.
fn too_many_digits_error() -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        INT_MAX_STR_DIGITS
    ))
}

/// `str(value)` for an int, with CPython 3.11's limit of [`INT_MAX_STR_DIGITS`] decimal digits
/// (ValueError beyond it).
pub fn int_to_decimal(value: &BigInt) -> Result<String, FormatError> {
    // Every int of more than this many bits has more digits than allowed (log2(10) < 3.33):
    // refuse before the (quadratic) conversion.
    if value.bits() > (INT_MAX_STR_DIGITS as u64 + 1) * 10 / 3 + 2 {
        return Err(too_many_digits_error());
    }
    let text = value.to_string();
    let digits = text.len() - usize::from(value.sign() == Sign::Minus);
    if digits > INT_MAX_STR_DIGITS {
        return Err(too_many_digits_error());
    }
    Ok(text)
}

/// `hex()`, `oct()`, `bin()` for base 16, 8, 2: `-0x1f`, `0o17`, `0b101`. Other bases give the
/// plain digits in that base (2..=36), without a prefix and without the decimal digit limit.
pub fn int_to_base(value: &BigInt, base: u32) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let base = base.clamp(2, 36);
    let sign = if value.sign() == Sign::Minus { "-" } else { "" };
    format!("{}{}{}", sign, prefix, value.magnitude().to_str_radix(base))
}

/// `ascii()` from `repr()`: every non-ASCII character becomes `\xhh`, `\uhhhh` or
/// `\Uhhhhhhhh`, as CPython's `PyObject_ASCII` does to the repr.
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let code = c as u32;
        if c.is_ascii() {
            out.push(c);
        } else if code < 0x100 {
            out.push_str(&format!("\\x{:02x}", code));
        } else if code < 0x10000 {
            out.push_str(&format!("\\u{:04x}", code));
        } else {
            out.push_str(&format!("\\U{:08x}", code));
        }
    }
    out
}

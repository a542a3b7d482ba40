//! `round()` for floats and ints, half-to-even on the exact value, as CPython.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, Zero};

use super::FormatError;

/// Beyond this many digits every double rounds to itself: 0.30103 bounds log10(2), as in
/// CPython's `NDIGITS_MAX` = (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103.
const NDIGITS_MAX: i64 = 323;
/// Below this every double rounds to zero: CPython's `NDIGITS_MIN` = -(DBL_MAX_EXP + 1) * 0.30103.
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` for a float (`ndigits` clipped to the i64 range, as CPython clips to
/// `Py_ssize_t`). The exact binary value is rounded half-to-even to a decimal string, which is
/// read back correctly rounded: so `round(2.675, 2) == 2.67` and `round(0.125, 2) == 0.12`.
/// OverflowError "rounded value too large to represent" when the result would be infinite.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let decimal = if ndigits >= 0 {
        // Rust's fixed-precision formatting is exact-value, half-to-even rounding.
        format!("{:.*}", ndigits as usize, x)
    } else {
        round_to_power_of_ten(x, ndigits.unsigned_abs() as u32)
    };
    let rounded: f64 = decimal.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(FormatError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(rounded)
}

/// Exactly round finite `x` to a multiple of `10**k` (half-to-even), as a decimal string
/// "[-]Qe{k}".
fn round_to_power_of_ten(x: f64, k: u32) -> String {
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let biased_exp = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    // |x| = mantissa * 2**exp exactly.
    let (mantissa, exp) = if biased_exp == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased_exp - 1075)
    };
    let scale = num_traits::pow(BigInt::from(10u32), k as usize);
    let (numerator, denominator) = if exp >= 0 {
        (BigInt::from(mantissa) << exp as usize, scale)
    } else {
        (BigInt::from(mantissa), scale << (-exp) as usize)
    };
    let quotient = divide_round_half_even(&numerator, &denominator);
    format!("{}{}e{}", if negative { "-" } else { "" }, quotient, k)
}

/// `n / d` rounded to the nearest integer, ties to even (`d > 0`).
fn divide_round_half_even(n: &BigInt, d: &BigInt) -> BigInt {
    let (q, r) = n.div_mod_floor(d);
    let twice = &r << 1usize;
    if twice > *d || (twice == *d && q.is_odd()) {
        q + 1
    } else {
        q
    }
}

/// `round(x)` for a float: the nearest int, ties to even. ValueError for NaN, OverflowError
/// for infinities, with CPython's messages.
pub fn round_float_to_int(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    Ok(BigInt::from_f64(x.round_ties_even()).unwrap_or_default())
}

/// `round(value, ndigits)` for an int: itself for `ndigits >= 0`, else the nearest multiple of
/// `10**-ndigits`, ties to even.
pub fn round_int(value: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || value.is_zero() {
        return value.clone();
    }
    let k = ndigits.unsigned_abs();
    // |value| < 10**(k-1) already rounds to zero; this also keeps 10**k affordable.
    if k > value.bits() / 3 + 3 {
        return BigInt::zero();
    }
    let scale = num_traits::pow(BigInt::from(10u32), k as usize);
    let magnitude = divide_round_half_even(&value.abs(), &scale) * &scale;
    if value.sign() == Sign::Minus {
        -magnitude
    } else {
        magnitude
    }
}

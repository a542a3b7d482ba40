//! `float(int)`: correctly rounded (half-to-even), OverflowError past the largest double.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::FormatError;

/// Convert an int to the nearest double, ties to even, as CPython's `PyLong_AsDouble`.
/// Fails with OverflowError "int too large to convert to float" when the rounded value is
/// beyond `f64::MAX`.
pub fn int_to_f64(value: &BigInt) -> Result<f64, FormatError> {
    let magnitude = value.magnitude();
    let bits = magnitude.bits();
    let abs = if bits <= 64 {
        // `as` rounds u64 to f64 to nearest, ties to even.
        magnitude.to_u64().unwrap_or(0) as f64
    } else {
        // Keep the top 64 bits and fold every dropped bit into the lowest kept one (a sticky
        // bit): 64 > 53 + 2, so rounding the 64 bits gives the same double as the full value.
        let shift = bits - 64;
        let top = (magnitude >> shift).to_u64().unwrap_or(u64::MAX);
        let dropped_nonzero = magnitude.trailing_zeros().is_some_and(|tz| tz < shift);
        let top = top | u64::from(dropped_nonzero);
        // Scaling by a power of two is exact until it overflows to infinity.
        let mut abs = top as f64;
        let mut remaining = shift;
        while remaining > 0 && abs.is_finite() {
            let step = remaining.min(1000);
            abs *= 2f64.powi(step as i32);
            remaining -= step;
        }
        abs
    };
    if abs.is_infinite() {
        return Err(FormatError::overflow("int too large to convert to float"));
    }
    Ok(if value.sign() == Sign::Minus {
        -abs
    } else {
        abs
    })
}

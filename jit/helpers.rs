//! Runtime functions that stencils call (`extern "C" fn stitch_jit_*`). The generated stencil
//! table refers to each by name, so a helper a stencil needs but this file lacks is a compile
//! error.

/// Python's `a % b` for floats (`b` non-zero; the stencil deopts on zero): the result takes the
/// sign of `b`, as CPython's `float_rem` computes it.
pub extern "C" fn stitch_jit_float_mod(a: u64, b: u64) -> u64 {
    let (a, b) = (f64::from_bits(a), f64::from_bits(b));
    let mut rem = a % b;
    if rem != 0.0 {
        if (b < 0.0) != (rem < 0.0) {
            rem += b;
        }
    } else {
        rem = 0.0f64.copysign(b);
    }
    if rem.is_nan() {
        rem = f64::from_bits(crate::runtime::abi::CANONICAL_NAN);
    }
    rem.to_bits()
}

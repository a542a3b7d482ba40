//! Float guards and arithmetic. Operands are `[.., a, b]` with `b` on top.
use core::hint::cold_path;

use crate::abi::{is_float, JitFrame, JitThreadState};
use crate::holes::{_JIT_CONTINUE, _JIT_DEOPT};

extern "C" {
    /// Python's float `%` for a non-zero divisor (libm's fmod is not available to no_std code).
    fn stitch_jit_float_mod(a: u64, b: u64) -> u64;
}

/// Deopt unless the two top values are floats.
#[no_mangle]
pub unsafe extern "C" fn GUARD_BOTH_FLOAT(
    frame: *mut JitFrame,
    slots: *mut u64,
    sp: *mut u64,
    ts: *mut JitThreadState,
) -> u64 {
    if !(is_float(*sp.sub(2)) && is_float(*sp.sub(1))) {
        cold_path();
        return _JIT_DEOPT(frame, slots, sp, ts);
    }
    _JIT_CONTINUE(frame, slots, sp, ts)
}

/// `a % b` on floats through a runtime helper; deopts (to raise ZeroDivisionError) when `b` is ±0.
#[no_mangle]
pub unsafe extern "C" fn BINARY_OP_MODULO_FLOAT(
    frame: *mut JitFrame,
    slots: *mut u64,
    sp: *mut u64,
    ts: *mut JitThreadState,
) -> u64 {
    let divisor = *sp.sub(1);
    if divisor << 1 == 0 {
        return _JIT_DEOPT(frame, slots, sp, ts);
    }
    *sp.sub(2) = stitch_jit_float_mod(*sp.sub(2), divisor);
    _JIT_CONTINUE(frame, slots, sp.sub(1), ts)
}

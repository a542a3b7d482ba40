//! Small-int guards and arithmetic. Operands are `[.., a, b]` with `b` on top.
use core::hint::cold_path;

use crate::abi::{is_small_int, unbox_small_int, JitFrame, JitThreadState, TAG_INT, TAG_SHIFT};
use crate::holes::{_JIT_CONTINUE, _JIT_DEOPT, _JIT_JUMP_TARGET};

/// A small int's 48-bit payload moved to the top of an i64: adding or subtracting two of these
/// overflows (sets OF) exactly when the result does not fit a small int.
#[inline(always)]
fn shifted_payload(boxed: u64) -> i64 {
    (boxed << 16) as i64
}

#[inline(always)]
fn box_shifted(shifted: i64) -> u64 {
    ((shifted as u64) >> 16) | (TAG_INT << TAG_SHIFT)
}

/// Deopt unless the two top values are small ints.
#[no_mangle]
pub unsafe extern "C" fn GUARD_BOTH_INT(
    frame: *mut JitFrame,
    slots: *mut u64,
    sp: *mut u64,
    ts: *mut JitThreadState,
) -> u64 {
    if !(is_small_int(*sp.sub(2)) && is_small_int(*sp.sub(1))) {
        cold_path();
        return _JIT_DEOPT(frame, slots, sp, ts);
    }
    _JIT_CONTINUE(frame, slots, sp, ts)
}

/// `a + b` on small ints; deopts with both operands still pushed when the sum needs a big int.
#[no_mangle]
pub unsafe extern "C" fn BINARY_OP_ADD_INT(
    frame: *mut JitFrame,
    slots: *mut u64,
    sp: *mut u64,
    ts: *mut JitThreadState,
) -> u64 {
    let Some(sum) = shifted_payload(*sp.sub(2)).checked_add(shifted_payload(*sp.sub(1))) else {
        cold_path();
        return _JIT_DEOPT(frame, slots, sp, ts);
    };
    *sp.sub(2) = box_shifted(sum);
    _JIT_CONTINUE(frame, slots, sp.sub(1), ts)
}

/// `a - b` on small ints, like `BINARY_OP_ADD_INT`.
#[no_mangle]
pub unsafe extern "C" fn BINARY_OP_SUBTRACT_INT(
    frame: *mut JitFrame,
    slots: *mut u64,
    sp: *mut u64,
    ts: *mut JitThreadState,
) -> u64 {
    let Some(diff) = shifted_payload(*sp.sub(2)).checked_sub(shifted_payload(*sp.sub(1))) else {
        cold_path();
        return _JIT_DEOPT(frame, slots, sp, ts);
    };
    *sp.sub(2) = box_shifted(diff);
    _JIT_CONTINUE(frame, slots, sp.sub(1), ts)
}

/// `a < b` fused with the conditional jump that follows it: pops both, continues when true and
/// goes to the jump target (in a trace, usually the exit stub that leaves the loop) when false.
#[no_mangle]
pub unsafe extern "C" fn COMPARE_LT_INT_JUMP(
    frame: *mut JitFrame,
    slots: *mut u64,
    sp: *mut u64,
    ts: *mut JitThreadState,
) -> u64 {
    let less = unbox_small_int(*sp.sub(2)) < unbox_small_int(*sp.sub(1));
    let sp = sp.sub(2);
    if !less {
        return _JIT_JUMP_TARGET(frame, slots, sp, ts);
    }
    _JIT_CONTINUE(frame, slots, sp, ts)
}

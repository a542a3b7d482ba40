//! Moving values between frame slots, constants and the operand stack.
use crate::abi::{JitFrame, JitThreadState};
use crate::holes::{oparg, operand0, _JIT_CONTINUE};

/// Push local `oparg`.
#[no_mangle]
pub unsafe extern "C" fn LOAD_FAST(
    frame: *mut JitFrame,
    slots: *mut u64,
    sp: *mut u64,
    ts: *mut JitThreadState,
) -> u64 {
    *sp = *slots.add(oparg());
    _JIT_CONTINUE(frame, slots, sp.add(1), ts)
}

/// Pop into local `oparg`.
#[no_mangle]
pub unsafe extern "C" fn STORE_FAST(
    frame: *mut JitFrame,
    slots: *mut u64,
    sp: *mut u64,
    ts: *mut JitThreadState,
) -> u64 {
    let sp = sp.sub(1);
    *slots.add(oparg()) = *sp;
    _JIT_CONTINUE(frame, slots, sp, ts)
}

/// Push `operand0`, a boxed value that needs no heap (small int, float, bool, None).
#[no_mangle]
pub unsafe extern "C" fn LOAD_CONST_SMALL(
    frame: *mut JitFrame,
    slots: *mut u64,
    sp: *mut u64,
    ts: *mut JitThreadState,
) -> u64 {
    *sp = operand0();
    _JIT_CONTINUE(frame, slots, sp.add(1), ts)
}

/// Discard the top of the stack.
#[no_mangle]
pub unsafe extern "C" fn POP_TOP(
    frame: *mut JitFrame,
    slots: *mut u64,
    sp: *mut u64,
    ts: *mut JitThreadState,
) -> u64 {
    _JIT_CONTINUE(frame, slots, sp.sub(1), ts)
}

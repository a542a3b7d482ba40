//! Trace control flow: back-edges, periodic checks and exits.
use core::hint::cold_path;

use crate::abi::{JitExit, JitFrame, JitThreadState};
use crate::holes::{oparg, operand0, _JIT_CONTINUE, _JIT_DEOPT, _JIT_JUMP_TARGET};

/// Jump back to the start of the trace (the jump target the stitcher sets, usually uop 0).
#[no_mangle]
pub unsafe extern "C" fn JUMP_TO_TOP(
    frame: *mut JitFrame,
    slots: *mut u64,
    sp: *mut u64,
    ts: *mut JitThreadState,
) -> u64 {
    _JIT_JUMP_TARGET(frame, slots, sp, ts)
}

/// Leave through the exit stub when the runtime asked for attention (signals, GC).
#[no_mangle]
pub unsafe extern "C" fn CHECK_EVAL_BREAKER(
    frame: *mut JitFrame,
    slots: *mut u64,
    sp: *mut u64,
    ts: *mut JitThreadState,
) -> u64 {
    if (*ts).eval_breaker != 0 {
        cold_path();
        return _JIT_DEOPT(frame, slots, sp, ts);
    }
    _JIT_CONTINUE(frame, slots, sp, ts)
}

/// Write the exit record and return to the code that entered the trace.
/// `oparg` is the bytecode index to resume at; `operand0` packs the reason (low 32 bits) and
/// the exit id (high 32 bits).
#[no_mangle]
pub unsafe extern "C" fn EXIT_TRACE(
    _frame: *mut JitFrame,
    slots: *mut u64,
    sp: *mut u64,
    ts: *mut JitThreadState,
) -> u64 {
    let packed = operand0();
    let reason = packed as u32;
    (*ts).exit = JitExit {
        resume_index: oparg() as u32,
        stack_top: ((sp as usize - slots as usize) / 8) as u32,
        reason,
        exit_id: (packed >> 32) as u32,
    };
    reason as u64
}

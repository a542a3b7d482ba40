//! The holes: undefined symbols whose uses the stitcher patches.
use core::arch::asm;

use crate::abi::{JitFrame, JitThreadState};

extern "C" {
    /// The next uop of the trace.
    pub fn _JIT_CONTINUE(
        frame: *mut JitFrame,
        slots: *mut u64,
        sp: *mut u64,
        ts: *mut JitThreadState,
    ) -> u64;
    /// This uop's exit stub.
    pub fn _JIT_DEOPT(
        frame: *mut JitFrame,
        slots: *mut u64,
        sp: *mut u64,
        ts: *mut JitThreadState,
    ) -> u64;
    /// This uop's jump target.
    pub fn _JIT_JUMP_TARGET(
        frame: *mut JitFrame,
        slots: *mut u64,
        sp: *mut u64,
        ts: *mut JitThreadState,
    ) -> u64;

    // Value holes: only their addresses mean anything, and only inside the asm below.
    static _JIT_OPARG: u8;
    static _JIT_OPERAND0: u8;
    static _JIT_OPERAND1: u8;
}

// The operands come from inline asm rather than `&raw const _JIT_OPARG as usize`: LLVM would
// assume a symbol's address is non-null and fold comparisons with it.

/// The uop's 32-bit oparg (an R_X86_64_32 hole: `mov r32, imm32`, which zero-extends; typed
/// `usize` so LLVM knows the upper half is clear).
#[inline(always)]
pub fn oparg() -> usize {
    let value: usize;
    // SAFETY: loads a link-time constant into a register; touches no memory.
    unsafe {
        asm!("mov {v:e}, offset {s}", v = out(reg) value, s = sym _JIT_OPARG,
             options(pure, nomem, nostack, preserves_flags));
    }
    value
}

/// The uop's first 64-bit operand (an R_X86_64_64 hole: `movabs r64, imm64`).
#[inline(always)]
pub fn operand0() -> u64 {
    let value: u64;
    // SAFETY: as in `oparg`.
    unsafe {
        asm!("movabs {v}, offset {s}", v = out(reg) value, s = sym _JIT_OPERAND0,
             options(pure, nomem, nostack, preserves_flags));
    }
    value
}

/// The uop's second 64-bit operand.
#[inline(always)]
#[allow(dead_code)] // no stencil needs two operands yet
pub fn operand1() -> u64 {
    let value: u64;
    // SAFETY: as in `oparg`.
    unsafe {
        asm!("movabs {v}, offset {s}", v = out(reg) value, s = sym _JIT_OPERAND1,
             options(pure, nomem, nostack, preserves_flags));
    }
    value
}

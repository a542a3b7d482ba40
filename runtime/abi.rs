//! The layouts and constants that both the runtime and the JIT stencils compile against.
//! `build.rs` compiles `stencils/` with this file included (`#[path]`), and reruns when it
//! changes. It must stay `no_std`-clean: constants and `#[repr(C)]` types only.
//!
//! # Value encoding (NaN-boxing)
//! A `Value` is one `u64`. Every bit pattern whose top 16 bits are below `TAG_FIRST` is an
//! IEEE-754 double, stored as itself (NaNs are canonicalised to `CANONICAL_NAN` when boxed, so
//! no float ever lands in the tag space). Above that, the top 16 bits are a tag and the low 48
//! bits its payload:
//!
//! | tag | payload |
//! | --- | --- |
//! | `TAG_INT`  | a small int, 48-bit two's complement (`SMALL_INT_MIN..=SMALL_INT_MAX`) |
//! | `TAG_MISC` | `MISC_NULL`, `MISC_NONE`, `MISC_FALSE`, `MISC_TRUE`, `MISC_NOT_IMPLEMENTED`, `MISC_ELLIPSIS` |
//! | `TAG_PTR`  | address of a heap object header (user-space addresses fit in 48 bits) |
#![allow(dead_code)]

pub const TAG_SHIFT: u32 = 48;
pub const PAYLOAD_MASK: u64 = (1u64 << 48) - 1;
/// Every tagged value has its top 16 bits at or above this.
pub const TAG_FIRST: u64 = 0xFFF9;
pub const TAG_INT: u64 = 0xFFF9;
pub const TAG_MISC: u64 = 0xFFFA;
pub const TAG_PTR: u64 = 0xFFFC;

pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

pub const SMALL_INT_BITS: u32 = 48;
pub const SMALL_INT_MIN: i64 = -(1i64 << 47);
pub const SMALL_INT_MAX: i64 = (1i64 << 47) - 1;

pub const MISC_NULL: u64 = 0;
pub const MISC_NONE: u64 = 1;
pub const MISC_FALSE: u64 = 2;
pub const MISC_TRUE: u64 = 3;
pub const MISC_NOT_IMPLEMENTED: u64 = 4;
pub const MISC_ELLIPSIS: u64 = 5;

/// The boxed words of the immediates.
pub const VALUE_NULL: u64 = (TAG_MISC << TAG_SHIFT) | MISC_NULL;
pub const VALUE_NONE: u64 = (TAG_MISC << TAG_SHIFT) | MISC_NONE;
pub const VALUE_FALSE: u64 = (TAG_MISC << TAG_SHIFT) | MISC_FALSE;
pub const VALUE_TRUE: u64 = (TAG_MISC << TAG_SHIFT) | MISC_TRUE;
pub const VALUE_NOT_IMPLEMENTED: u64 = (TAG_MISC << TAG_SHIFT) | MISC_NOT_IMPLEMENTED;
pub const VALUE_ELLIPSIS: u64 = (TAG_MISC << TAG_SHIFT) | MISC_ELLIPSIS;

/// Box a small int (caller guarantees it is in range).
#[inline(always)]
pub const fn box_small_int(i: i64) -> u64 {
    (TAG_INT << TAG_SHIFT) | ((i as u64) & PAYLOAD_MASK)
}

/// Unbox a small int (caller guarantees the tag is `TAG_INT`): sign-extend 48 bits.
#[inline(always)]
pub const fn unbox_small_int(bits: u64) -> i64 {
    ((bits << 16) as i64) >> 16
}

#[inline(always)]
pub const fn is_small_int(bits: u64) -> bool {
    (bits >> TAG_SHIFT) == TAG_INT
}

#[inline(always)]
pub const fn is_float(bits: u64) -> bool {
    (bits >> TAG_SHIFT) < TAG_FIRST
}

#[inline(always)]
pub const fn fits_small_int(i: i64) -> bool {
    i >= SMALL_INT_MIN && i <= SMALL_INT_MAX
}

// ---------------------------------------------------------------------------------------------
// The JIT's register contract and the records it shares with the runtime.
//
// Every stencil (and so every stitched trace) is
//     unsafe extern "C" fn(frame: *mut JitFrame, slots: *mut u64, sp: *mut u64,
//                          ts: *mut JitThreadState) -> u64
// i.e. rdi = frame header, rsi = the frame's slot array (locals, then the operand stack),
// rdx = operand stack pointer (the first free slot), rcx = thread state. A stencil ends by
// tail-jumping to its continuation with the same four arguments, so they stay in registers
// across a whole trace. Four integer arguments leave r8-r11/rax as scratch and keep every
// continuation a plain `jmp`. The trace returns (only from `EXIT_TRACE`) with the exit reason;
// the full exit record is in `JitThreadState::exit`.

/// The frame header a trace runs on. `slots` is also passed in a register (the hot path never
/// reloads it); the rest is for stencils that need the frame and for the code that runs traces.
#[repr(C)]
pub struct JitFrame {
    /// Locals (and cells) first, then the operand stack: `nslots` words in all.
    pub slots: *mut u64,
    /// Index of the first operand-stack slot (the number of locals and cells).
    pub stack_base: u32,
    pub nslots: u32,
    /// The interpreter's own frame, opaque to stencils.
    pub runtime_frame: *mut core::ffi::c_void,
}

/// Where and why a trace left: the interpreter resumes at `resume_index` with
/// `stack_top` slots in use (locals included: the operand stack holds `stack_top - stack_base`).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct JitExit {
    /// The bytecode instruction index to resume at.
    pub resume_index: u32,
    /// The number of slots in use at the exit (`sp - slots`).
    pub stack_top: u32,
    /// One of `JIT_EXIT_*`.
    pub reason: u32,
    /// Which exit stub of the trace was taken (for exit counts and side traces).
    pub exit_id: u32,
}

/// A guard failed: re-execute the instruction at `resume_index` in tier 1 (its operands are
/// still on the stack).
pub const JIT_EXIT_DEOPT: u32 = 1;
/// The program left the recorded path (a branch went the other way, the loop ended).
pub const JIT_EXIT_SIDE: u32 = 2;
/// `JitThreadState::eval_breaker` was set: signals, a GC request or a pending interrupt.
pub const JIT_EXIT_EVAL_BREAKER: u32 = 3;
/// The trace reached its end.
pub const JIT_EXIT_END: u32 = 4;

/// Per-thread state shared with stencils.
#[repr(C)]
pub struct JitThreadState {
    /// Written by `EXIT_TRACE` just before the trace returns.
    pub exit: JitExit,
    /// Non-zero asks traces to leave at their next check (back-edges).
    pub eval_breaker: u64,
    /// The runtime's own thread state, opaque to stencils (for helpers).
    pub runtime: *mut core::ffi::c_void,
}

/// Hole symbols: the undefined symbols stencils reference, patched by the stitcher.
/// Control holes are reached only by `jmp`/`jcc` (build.rs checks).
pub const HOLE_CONTINUE: &str = "_JIT_CONTINUE";
/// The exit stub of the uop (its `exit_target`).
pub const HOLE_DEOPT: &str = "_JIT_DEOPT";
/// The uop's `jump_target` (another uop of the trace, or an exit stub).
pub const HOLE_JUMP_TARGET: &str = "_JIT_JUMP_TARGET";
/// The uop's 32-bit `oparg`, zero-extended.
pub const HOLE_OPARG: &str = "_JIT_OPARG";
/// The uop's 64-bit operands.
pub const HOLE_OPERAND0: &str = "_JIT_OPERAND0";
pub const HOLE_OPERAND1: &str = "_JIT_OPERAND1";
/// Prefix of the runtime helpers stencils may call (`extern "C" fn stitch_jit_*`).
pub const HELPER_PREFIX: &str = "stitch_jit_";

//! The uop stencils: one `#[no_mangle] extern "C"` function per uop, compiled by `build.rs` to an
//! object file whose machine code the JIT copies and patches. Each exported function is a stencil
//! named after its uop.
//!
//! Rules a stencil must keep (build.rs checks them and fails the build naming the stencil):
//! - the signature is `Stencil` (see `runtime/abi.rs` for the register contract);
//! - it ends by tail-calling a control hole (`_JIT_CONTINUE`, `_JIT_DEOPT`, `_JIT_JUMP_TARGET`)
//!   with the same four arguments, or by returning (trace exits only); no local may have its
//!   address taken and nothing with `Drop` may be alive there, or the tail call becomes
//!   `call`+`ret`;
//! - it reads operands only through `holes::oparg()`/`operand0()`/`operand1()` (inline-asm `sym`
//!   holes, which LLVM cannot reason about);
//! - it cannot panic, uses no `.rodata` (no float constants, no jump tables) and calls only
//!   `extern "C"` runtime helpers named `stitch_jit_*`.
#![no_std]
#![allow(non_snake_case)]

#[path = "../runtime/abi.rs"]
mod abi;
mod holes;

mod control;
mod float;
mod frame;
mod int;

use abi::{JitFrame, JitThreadState};

/// The type every stencil has (and so every continuation hole).
pub type Stencil = unsafe extern "C" fn(
    frame: *mut JitFrame,
    slots: *mut u64,
    sp: *mut u64,
    ts: *mut JitThreadState,
) -> u64;

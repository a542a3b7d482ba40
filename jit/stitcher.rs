//! Copy-and-patch: a trace of uops becomes one buffer of native code.
//!
//! A trace is a flat list of `UopInst`s: the hot path first, ending in a uop that does not
//! continue (`JUMP_TO_TOP`, `EXIT_TRACE`), then the exit stubs its guards leave through (each
//! stub a few uops ending in `EXIT_TRACE`). Uops are laid out in order;
//! each stencil's holes are patched with the uop's operands and the addresses of its next uop,
//! exit stub and jump target. When a stencil ends in `jmp _JIT_CONTINUE` and the next uop
//! follows directly, the jump is left out. Helpers beyond rel32 reach of the arena are called
//! through 16-byte veneers placed after the code.

use std::fmt;
use std::io;

use super::exec_memory::{ArenaWriter, CodeRegion, ExecArena, CODE_ALIGN};
use super::stencil_table::{HoleKind, HoleValue, StencilId, HELPER_ADDRESSES, HELPER_COUNT};
use crate::runtime::abi::{JitExit, JitFrame, JitThreadState};

/// The signature of a stitched trace (and of every stencil): see `runtime/abi.rs`.
pub type TraceEntry = unsafe extern "C" fn(
    frame: *mut JitFrame,
    slots: *mut u64,
    sp: *mut u64,
    ts: *mut JitThreadState,
) -> u64;

/// No jump target / exit stub.
pub const NO_TARGET: u32 = u32::MAX;

/// One uop of a trace, with everything its stencil's holes may ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UopInst {
    pub stencil: StencilId,
    pub oparg: u32,
    pub operand0: u64,
    pub operand1: u64,
    /// Index (in the trace) of the uop `_JIT_JUMP_TARGET` goes to.
    pub jump_target: u32,
    /// Index (in the trace) of the exit stub `_JIT_DEOPT` goes to.
    pub exit_target: u32,
}

impl UopInst {
    pub const fn new(stencil: StencilId) -> Self {
        UopInst {
            stencil,
            oparg: 0,
            operand0: 0,
            operand1: 0,
            jump_target: NO_TARGET,
            exit_target: NO_TARGET,
        }
    }

    pub const fn oparg(self, oparg: u32) -> Self {
        UopInst { oparg, ..self }
    }

    pub const fn operand0(self, operand0: u64) -> Self {
        UopInst { operand0, ..self }
    }

    pub const fn operand1(self, operand1: u64) -> Self {
        UopInst { operand1, ..self }
    }

    pub const fn jump_to(self, index: u32) -> Self {
        UopInst {
            jump_target: index,
            ..self
        }
    }

    pub const fn exit_to(self, index: u32) -> Self {
        UopInst {
            exit_target: index,
            ..self
        }
    }

    /// An `EXIT_TRACE` uop: resume tier 1 at bytecode `resume_index` for `reason` (`JIT_EXIT_*`).
    pub const fn exit_trace(resume_index: u32, reason: u32, exit_id: u32) -> Self {
        UopInst::new(StencilId::EXIT_TRACE)
            .oparg(resume_index)
            .operand0(reason as u64 | (exit_id as u64) << 32)
    }
}

#[derive(Debug)]
pub enum StitchError {
    Empty,
    /// The last uop continues to a next uop that does not exist.
    NoNextUop {
        uop: usize,
    },
    /// A jump target or exit stub index is missing or out of the trace.
    BadTarget {
        uop: usize,
        target: u32,
    },
    /// An operand does not fit its hole (e.g. an oparg used as a signed 32-bit displacement).
    OperandTooLarge {
        uop: usize,
        value: u64,
    },
    /// A rel32 that cannot reach (only helpers get veneers).
    OutOfRange {
        uop: usize,
    },
    Memory(io::Error),
}

impl fmt::Display for StitchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StitchError::Empty => write!(f, "the trace has no uops"),
            StitchError::NoNextUop { uop } => {
                write!(f, "uop {uop} continues past the end of the trace")
            }
            StitchError::BadTarget { uop, target } => {
                write!(f, "uop {uop} has a bad jump/exit target {target}")
            }
            StitchError::OperandTooLarge { uop, value } => {
                write!(f, "uop {uop}: operand {value:#x} does not fit its hole")
            }
            StitchError::OutOfRange { uop } => write!(f, "uop {uop}: a rel32 jump is out of range"),
            StitchError::Memory(error) => write!(f, "cannot allocate executable memory: {error}"),
        }
    }
}

impl std::error::Error for StitchError {}

/// A trace's native code, living in an `ExecArena`.
#[derive(Debug)]
pub struct StitchedTrace {
    region: CodeRegion,
    code_len: usize,
    uops: Box<[UopInst]>,
    /// Offset of each uop's code in the region.
    starts: Box<[u32]>,
}

impl StitchedTrace {
    pub fn entry(&self) -> TraceEntry {
        // SAFETY: the region starts with uop 0's code, which has the stencil signature.
        unsafe { std::mem::transmute::<usize, TraceEntry>(self.region.addr) }
    }

    pub fn region(&self) -> CodeRegion {
        self.region
    }

    /// Bytes of machine code, veneers excluded.
    pub fn code_len(&self) -> usize {
        self.code_len
    }

    pub fn uops(&self) -> &[UopInst] {
        &self.uops
    }

    /// Offset of each uop's code from the start of the trace.
    pub fn uop_offsets(&self) -> &[u32] {
        &self.starts
    }

    /// Runs the trace on `frame` with `stack_top` slots in use, until it exits; returns where the
    /// interpreter should resume (also left in `ts.exit`).
    ///
    /// # Safety
    /// The trace's arena must be alive, the trace must fit the frame (its locals exist and its
    /// operand stack needs no more than the slots after `stack_top`), and it must have been
    /// recorded for values of the types it finds there, up to its guards.
    pub unsafe fn run(
        &self,
        frame: &mut JitFrame,
        stack_top: usize,
        ts: &mut JitThreadState,
    ) -> JitExit {
        debug_assert!(stack_top <= frame.nslots as usize);
        ts.exit = JitExit::default();
        let slots = frame.slots;
        // SAFETY: per the caller's contract; the trace follows the stencil ABI and returns only
        // through EXIT_TRACE, having written `ts.exit`.
        unsafe { (self.entry())(frame, slots, slots.add(stack_top), ts) };
        ts.exit
    }
}

/// A far-helper veneer: `jmp [rip+2]; ud2; .quad target` (16 bytes, the target 8-aligned).
const VENEER: [u8; 8] = [0xFF, 0x25, 0x02, 0x00, 0x00, 0x00, 0x0F, 0x0B];
const VENEER_LEN: usize = 16;

/// Where each uop goes, and how much room the trace needs.
struct Layout {
    starts: Vec<u32>,
    code_len: usize,
    /// `veneer_slot[helper]` is the helper's veneer index, if the trace calls it by rel32.
    veneer_slot: [Option<u16>; HELPER_COUNT],
    veneer_count: usize,
}

impl Layout {
    fn of(trace: &[UopInst]) -> Layout {
        let mut starts = Vec::with_capacity(trace.len());
        let mut offset = 0;
        let mut veneer_slot = [None; HELPER_COUNT];
        let mut veneer_count = 0;
        for (index, uop) in trace.iter().enumerate() {
            let stencil = uop.stencil.stencil();
            starts.push(offset as u32);
            offset += copied_len(stencil, index + 1 < trace.len());
            for hole in stencil.holes {
                if let (HoleValue::Helper(helper), HoleKind::Rel32) = (hole.value, hole.kind) {
                    let slot = &mut veneer_slot[helper as usize];
                    if slot.is_none() {
                        *slot = Some(veneer_count as u16);
                        veneer_count += 1;
                    }
                }
            }
        }
        Layout {
            starts,
            code_len: offset,
            veneer_slot,
            veneer_count,
        }
    }

    fn veneers_start(&self) -> usize {
        self.code_len.next_multiple_of(CODE_ALIGN)
    }

    fn total_len(&self) -> usize {
        self.veneers_start() + self.veneer_count * VENEER_LEN
    }
}

fn copied_len(stencil: &super::stencil_table::Stencil, next_follows: bool) -> usize {
    stencil.code.len()
        - if next_follows {
            stencil.trailing_jump as usize
        } else {
            0
        }
}

/// Stitches `trace` into `arena`. Uop 0 is the entry.
pub fn stitch(arena: &mut ExecArena, trace: &[UopInst]) -> Result<StitchedTrace, StitchError> {
    arena.write(|writer| stitch_with(writer, trace))
}

/// Stitches `trace` as part of an open write batch, so several traces share one protection flip.
pub fn stitch_with(
    writer: &mut ArenaWriter<'_>,
    trace: &[UopInst],
) -> Result<StitchedTrace, StitchError> {
    if trace.is_empty() {
        return Err(StitchError::Empty);
    }
    let layout = Layout::of(trace);
    let (region, buffer) = writer
        .alloc(layout.total_len())
        .map_err(StitchError::Memory)?;
    // Padding between the code and the veneers traps if ever reached.
    buffer[layout.code_len..].fill(0xCC);
    if let Err(error) = patch_trace(buffer, region.addr, trace, &layout) {
        // SAFETY: the region was never handed out: no code runs in it or jumps to it.
        unsafe { writer.free(region) };
        return Err(error);
    }
    Ok(StitchedTrace {
        region,
        code_len: layout.code_len,
        uops: trace.into(),
        starts: layout.starts.into_boxed_slice(),
    })
}

/// Copies and patches every uop of `trace` into `buffer`, which will run at address `base`.
fn patch_trace(
    buffer: &mut [u8],
    base: usize,
    trace: &[UopInst],
    layout: &Layout,
) -> Result<(), StitchError> {
    let address_of = |uop: usize, target: u32| -> Result<u64, StitchError> {
        let start = layout
            .starts
            .get(target as usize)
            .ok_or(StitchError::BadTarget { uop, target })?;
        Ok((base + *start as usize) as u64)
    };
    let mut veneers_written = [false; HELPER_COUNT];
    for (index, uop) in trace.iter().enumerate() {
        let stencil = uop.stencil.stencil();
        let start = layout.starts[index] as usize;
        let len = copied_len(stencil, index + 1 < trace.len());
        buffer[start..start + len].copy_from_slice(&stencil.code[..len]);
        for hole in stencil
            .holes
            .iter()
            .take_while(|hole| (hole.offset as usize) < len)
        {
            let place = start + hole.offset as usize;
            let value = match hole.value {
                HoleValue::Continue => address_of(index, index as u32 + 1)
                    .map_err(|_| StitchError::NoNextUop { uop: index })?,
                HoleValue::Deopt => address_of(index, uop.exit_target)?,
                HoleValue::JumpTarget => address_of(index, uop.jump_target)?,
                HoleValue::Oparg => uop.oparg as u64,
                HoleValue::Operand0 => uop.operand0,
                HoleValue::Operand1 => uop.operand1,
                HoleValue::Helper(helper) => {
                    let helper = helper as usize;
                    let target = HELPER_ADDRESSES[helper].0 as u64;
                    let in_reach = rel32(target, hole.addend, (base + place) as u64).is_some();
                    match layout.veneer_slot[helper] {
                        Some(slot) if hole.kind == HoleKind::Rel32 && !in_reach => {
                            let veneer = layout.veneers_start() + slot as usize * VENEER_LEN;
                            if !veneers_written[helper] {
                                buffer[veneer..veneer + 8].copy_from_slice(&VENEER);
                                buffer[veneer + 8..veneer + 16]
                                    .copy_from_slice(&target.to_le_bytes());
                                veneers_written[helper] = true;
                            }
                            (base + veneer) as u64
                        }
                        _ => target,
                    }
                }
            };
            patch_hole(buffer, place, base, hole.kind, value, hole.addend, index)?;
        }
    }
    Ok(())
}

fn patch_hole(
    buffer: &mut [u8],
    place: usize,
    base: usize,
    kind: HoleKind,
    value: u64,
    addend: i64,
    uop: usize,
) -> Result<(), StitchError> {
    let absolute = value.wrapping_add(addend as u64);
    let bytes: [u8; 4] = match kind {
        HoleKind::Abs64 => {
            buffer[place..place + 8].copy_from_slice(&absolute.to_le_bytes());
            return Ok(());
        }
        HoleKind::Abs32 => u32::try_from(absolute)
            .map_err(|_| StitchError::OperandTooLarge { uop, value })?
            .to_le_bytes(),
        HoleKind::Abs32S => i32::try_from(absolute as i64)
            .map_err(|_| StitchError::OperandTooLarge { uop, value })?
            .to_le_bytes(),
        HoleKind::Rel32 => rel32(value, addend, (base + place) as u64)
            .ok_or(StitchError::OutOfRange { uop })?
            .to_le_bytes(),
    };
    buffer[place..place + 4].copy_from_slice(&bytes);
    Ok(())
}

/// `S + A - P` if it fits a rel32.
fn rel32(target: u64, addend: i64, place: u64) -> Option<i32> {
    let displacement = (target as i64)
        .wrapping_add(addend)
        .wrapping_sub(place as i64);
    i32::try_from(displacement).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holes_are_patched_with_range_checks() {
        let mut buffer = [0u8; 16];
        patch_hole(
            &mut buffer,
            0,
            0x1000,
            HoleKind::Abs64,
            0x1122_3344_5566_7788,
            0,
            0,
        )
        .unwrap();
        assert_eq!(
            u64::from_le_bytes(buffer[..8].try_into().unwrap()),
            0x1122_3344_5566_7788
        );
        patch_hole(
            &mut buffer,
            8,
            0x1000,
            HoleKind::Abs32,
            u32::MAX as u64,
            0,
            0,
        )
        .unwrap();
        assert!(patch_hole(&mut buffer, 8, 0x1000, HoleKind::Abs32, 1 << 32, 0, 0).is_err());
        assert!(patch_hole(&mut buffer, 8, 0x1000, HoleKind::Abs32S, 1 << 31, 0, 0).is_err());
        patch_hole(
            &mut buffer,
            8,
            0x1000,
            HoleKind::Abs32S,
            (-5i64) as u64,
            0,
            0,
        )
        .unwrap();
        assert_eq!(i32::from_le_bytes(buffer[8..12].try_into().unwrap()), -5);
        // A jmp at 0x1007 whose rel32 sits at 0x1008 and targets 0x1100: 0x1100 - 4 - 0x1008.
        patch_hole(&mut buffer, 8, 0x1000, HoleKind::Rel32, 0x1100, -4, 0).unwrap();
        assert_eq!(i32::from_le_bytes(buffer[8..12].try_into().unwrap()), 0xF4);
        assert!(matches!(
            patch_hole(
                &mut buffer,
                8,
                0x1000,
                HoleKind::Rel32,
                0x1_0000_1000,
                -4,
                3
            ),
            Err(StitchError::OutOfRange { uop: 3 })
        ));
    }
}

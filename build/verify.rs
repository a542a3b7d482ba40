//! Checking stencil machine code with iced-x86, and shaping its end for the stitcher.

use iced_x86::{Decoder, DecoderOptions, Instruction, Mnemonic};

use crate::extract::{HoleKind, HoleValue, Stencil};
use crate::BuildResult;

/// Bytes of `jmp rel32` (E9) and `jcc rel32` (0F 8x).
const JMP_REL32_LEN: usize = 5;
const JCC_REL32_LEN: usize = 6;

/// Checks that:
/// - the code decodes, and ends in an unconditional transfer (never falls off its end);
/// - every internal branch stays inside the stencil;
/// - every control hole is the rel32 of a `jmp`/`jcc` (a `call` means the tail call failed);
/// - value holes are absolute (pc-relative use means an operand was read without inline asm).
///
/// Then rewrites a guard's `jcc CONTINUE; jmp EXIT` ending into `j!cc EXIT; jmp CONTINUE` and
/// records the droppable trailing `jmp CONTINUE`.
pub fn verify_and_canonicalize(stencil: &mut Stencil) -> BuildResult<()> {
    let name = stencil.name.clone();
    let fail = |message: String| format!("stencil `{name}`: {message}");
    let instructions = decode(&stencil.code).map_err(fail)?;
    let size = stencil.code.len() as u64;
    let has_hole = |instruction: &Instruction| {
        stencil
            .holes
            .iter()
            .any(|hole| (instruction.ip()..instruction.next_ip()).contains(&(hole.offset as u64)))
    };

    let mut internal_targets = Vec::new();
    for instruction in &instructions {
        if is_near_branch(instruction) && !has_hole(instruction) {
            let target = instruction.near_branch_target();
            if target >= size {
                return Err(fail(format!(
                    "`{instruction}` at +{:#x} jumps outside the stencil",
                    instruction.ip()
                )));
            }
            internal_targets.push(target);
        }
    }

    for hole in &stencil.holes {
        let instruction = instructions
            .iter()
            .find(|i| (i.ip()..i.next_ip()).contains(&(hole.offset as u64)))
            .expect("decoded instructions cover the stencil");
        let symbol = hole.value.symbol();
        let at = instruction.ip();
        if hole.value.is_control() {
            let is_rel32_branch = is_near_branch(instruction)
                && hole.kind == HoleKind::Rel32
                && hole.addend == -4
                && hole.offset as u64 == instruction.next_ip() - 4;
            if !is_rel32_branch {
                return Err(fail(format!(
                    "`{symbol}` is reached by `{instruction}` at +{at:#x}, not by a jmp/jcc: the tail call \
                     became a call (is a local's address taken, a value with Drop alive at the call, or \
                     the signature not the stencil signature?)"
                )));
            }
        } else if !matches!(hole.value, HoleValue::Helper(_)) && hole.kind == HoleKind::Rel32 {
            return Err(fail(format!(
                "`{symbol}` is used pc-relative by `{instruction}` at +{at:#x}: read operands through \
                 holes::oparg()/operand0()/operand1()"
            )));
        }
    }

    let last = instructions.last().expect("a stencil has code");
    let ends_flow = last.is_jmp_short_or_near()
        || last.is_jmp_near_indirect()
        || matches!(
            last.mnemonic(),
            Mnemonic::Ret | Mnemonic::Ud2 | Mnemonic::Int3
        );
    if !ends_flow {
        return Err(fail(format!(
            "ends with `{last}` and would fall through past its end"
        )));
    }

    invert_guard_ending(stencil, &instructions, &internal_targets);
    stencil.trailing_jump = trailing_continue_jump(stencil, last);
    Ok(())
}

fn decode(code: &[u8]) -> Result<Vec<Instruction>, String> {
    let mut decoder = Decoder::with_ip(64, code, 0, DecoderOptions::NONE);
    let mut instructions = Vec::new();
    while decoder.can_decode() {
        let instruction = decoder.decode();
        if instruction.is_invalid() {
            return Err(format!(
                "cannot decode the instruction at +{:#x}",
                instruction.ip()
            ));
        }
        instructions.push(instruction);
    }
    Ok(instructions)
}

fn is_near_branch(instruction: &Instruction) -> bool {
    instruction.is_jmp_short_or_near() || instruction.is_jcc_short_or_near()
}

/// The control hole whose rel32 is the last 4 bytes of `instruction`, if any.
fn control_hole_at(stencil: &Stencil, instruction: &Instruction) -> Option<usize> {
    stencil
        .holes
        .iter()
        .position(|hole| hole.value.is_control() && hole.offset as u64 == instruction.next_ip() - 4)
}

/// Rust guards tend to compile to `jcc CONTINUE; jmp EXIT`: the hot path takes a branch and the
/// final jump is not the continuation. Flipping the condition and swapping the targets gives
/// `j!cc EXIT; jmp CONTINUE` (same lengths), whose trailing jump the stitcher can drop. Only
/// safe when nothing inside the stencil branches to the final `jmp`.
fn invert_guard_ending(
    stencil: &mut Stencil,
    instructions: &[Instruction],
    internal_targets: &[u64],
) {
    let [.., jcc, jmp] = instructions else { return };
    let shapes_match = jcc.is_jcc_near()
        && jcc.len() == JCC_REL32_LEN
        && stencil.code[jcc.ip() as usize] == 0x0F
        && jmp.is_jmp_near()
        && jmp.len() == JMP_REL32_LEN
        && !internal_targets.contains(&jmp.ip());
    if !shapes_match {
        return;
    }
    let (Some(jcc_hole), Some(jmp_hole)) =
        (control_hole_at(stencil, jcc), control_hole_at(stencil, jmp))
    else {
        return;
    };
    if stencil.holes[jcc_hole].value != HoleValue::Continue
        || stencil.holes[jmp_hole].value == HoleValue::Continue
    {
        return;
    }
    // Condition codes come in complementary pairs that differ in the lowest opcode bit.
    stencil.code[jcc.ip() as usize + 1] ^= 1;
    let exit = std::mem::replace(&mut stencil.holes[jmp_hole].value, HoleValue::Continue);
    stencil.holes[jcc_hole].value = exit;
}

fn trailing_continue_jump(stencil: &Stencil, last: &Instruction) -> usize {
    let is_jmp_rel32 = last.is_jmp_near() && last.len() == JMP_REL32_LEN;
    match control_hole_at(stencil, last) {
        Some(hole) if is_jmp_rel32 && stencil.holes[hole].value == HoleValue::Continue => {
            JMP_REL32_LEN
        }
        _ => 0,
    }
}

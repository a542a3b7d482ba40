//! Disassembly of stitched code (intel syntax), for `--dump-traces` and debugging.

use std::fmt::Write;

use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter};

use super::exec_memory::ExecArena;
use super::stencil_table::StencilId;
use super::stitcher::StitchedTrace;

/// One line per instruction: address, bytes, text.
pub fn disassemble(code: &[u8], address: u64) -> String {
    disassemble_with_labels(code, address, |_| None)
}

/// A stencil as build.rs extracted it (holes unpatched), with its holes listed.
pub fn disassemble_stencil(id: StencilId) -> String {
    let stencil = id.stencil();
    let mut out = format!(
        "{} ({} bytes, trailing jump {}):\n",
        stencil.name,
        stencil.code.len(),
        stencil.trailing_jump
    );
    for hole in stencil.holes {
        writeln!(
            out,
            "; hole +{:#x}: {:?} {:?} addend {}",
            hole.offset, hole.kind, hole.value, hole.addend
        )
        .unwrap();
    }
    out + &disassemble(stencil.code, 0)
}

/// A trace's code with a label line before each uop (its index, name and operands).
pub fn disassemble_trace(trace: &StitchedTrace, arena: &ExecArena) -> String {
    let region = trace.region();
    let code = &arena.code(region)[..trace.code_len()];
    let starts = trace.uop_offsets();
    disassemble_with_labels(code, region.addr as u64, |offset| {
        let index = starts.iter().position(|&start| start as usize == offset)?;
        // Uops whose code was emptied (a dropped jump) share an offset: label them all.
        let labels: Vec<String> = (index..starts.len())
            .take_while(|&i| starts[i] as usize == offset)
            .map(|i| {
                let uop = &trace.uops()[i];
                format!(
                    "; uop {i}: {} oparg={} operand0={:#x}",
                    uop.stencil.name(),
                    uop.oparg,
                    uop.operand0
                )
            })
            .collect();
        Some(labels.join("\n"))
    })
}

fn disassemble_with_labels(
    code: &[u8],
    address: u64,
    label: impl Fn(usize) -> Option<String>,
) -> String {
    let mut decoder = Decoder::with_ip(64, code, address, DecoderOptions::NONE);
    let mut formatter = IntelFormatter::new();
    formatter.options_mut().set_first_operand_char_index(8);
    let mut instruction = Instruction::default();
    let mut text = String::new();
    let mut out = String::new();
    while decoder.can_decode() {
        decoder.decode_out(&mut instruction);
        let offset = (instruction.ip() - address) as usize;
        if let Some(label) = label(offset) {
            writeln!(out, "{label}").unwrap();
        }
        text.clear();
        formatter.format(&instruction, &mut text);
        let bytes: String = code[offset..offset + instruction.len()]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        writeln!(out, "{:016x}  {bytes:<24} {text}", instruction.ip()).unwrap();
    }
    out
}

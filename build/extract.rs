//! Reading stencils and their holes out of the stencil object file.

use object::elf;
use object::{
    Object, ObjectSection, ObjectSymbol, RelocationFlags, RelocationTarget, SymbolKind,
    SymbolSection,
};

use crate::abi;
use crate::BuildResult;

/// How a hole's value is written into the code (x86-64 ELF relocation types).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoleKind {
    /// R_X86_64_64: 8 bytes, `S + A`.
    Abs64,
    /// R_X86_64_32: 4 bytes, `S + A`, zero-extended by the instruction.
    Abs32,
    /// R_X86_64_32S: 4 bytes, `S + A`, sign-extended by the instruction.
    Abs32S,
    /// R_X86_64_PC32 / PLT32: 4 bytes, `S + A - P`.
    Rel32,
}

/// What a hole stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HoleValue {
    Continue,
    Deopt,
    JumpTarget,
    Oparg,
    Operand0,
    Operand1,
    /// A runtime helper, by symbol name.
    Helper(String),
}

impl HoleValue {
    fn from_symbol(name: &str) -> Option<HoleValue> {
        Some(match name {
            abi::HOLE_CONTINUE => HoleValue::Continue,
            abi::HOLE_DEOPT => HoleValue::Deopt,
            abi::HOLE_JUMP_TARGET => HoleValue::JumpTarget,
            abi::HOLE_OPARG => HoleValue::Oparg,
            abi::HOLE_OPERAND0 => HoleValue::Operand0,
            abi::HOLE_OPERAND1 => HoleValue::Operand1,
            _ if name.starts_with(abi::HELPER_PREFIX) => HoleValue::Helper(name.to_owned()),
            _ => return None,
        })
    }

    /// Holes that transfer control: they must be reached by `jmp`/`jcc` only.
    pub fn is_control(&self) -> bool {
        matches!(
            self,
            HoleValue::Continue | HoleValue::Deopt | HoleValue::JumpTarget
        )
    }

    /// The symbol the hole was made from, for messages.
    pub fn symbol(&self) -> &str {
        match self {
            HoleValue::Continue => abi::HOLE_CONTINUE,
            HoleValue::Deopt => abi::HOLE_DEOPT,
            HoleValue::JumpTarget => abi::HOLE_JUMP_TARGET,
            HoleValue::Oparg => abi::HOLE_OPARG,
            HoleValue::Operand0 => abi::HOLE_OPERAND0,
            HoleValue::Operand1 => abi::HOLE_OPERAND1,
            HoleValue::Helper(name) => name,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Hole {
    /// Offset of the patched bytes from the start of the stencil.
    pub offset: usize,
    pub kind: HoleKind,
    pub value: HoleValue,
    pub addend: i64,
}

#[derive(Clone, Debug)]
pub struct Stencil {
    pub name: String,
    pub code: Vec<u8>,
    /// Sorted by offset.
    pub holes: Vec<Hole>,
    /// Length of the final `jmp _JIT_CONTINUE`, which the stitcher drops when the next stencil
    /// follows (0 when there is none). Set by `verify`.
    pub trailing_jump: usize,
}

/// Every global function of the object is a stencil named after its uop.
pub fn extract_stencils(object_bytes: &[u8]) -> BuildResult<Vec<Stencil>> {
    let file = object::File::parse(object_bytes)
        .map_err(|e| format!("cannot parse the stencil object: {e}"))?;
    let mut stencils = Vec::new();
    for symbol in file.symbols() {
        if symbol.kind() == SymbolKind::Text && symbol.is_global() && symbol.is_definition() {
            let name = symbol
                .name()
                .map_err(|e| format!("bad symbol name in the stencil object: {e}"))?;
            stencils.push(
                read_stencil(&file, &symbol, name)
                    .map_err(|message| format!("stencil `{name}`: {message}"))?,
            );
        }
    }
    if stencils.is_empty() {
        return Err("the stencil object defines no stencils".into());
    }
    stencils.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(stencils)
}

/// The stencil's bytes (its symbol's extent) and holes (the relocations inside it).
fn read_stencil(file: &object::File, symbol: &object::Symbol, name: &str) -> BuildResult<Stencil> {
    if !is_uop_name(name) {
        return Err(
            "exported functions in stencils/ must be uops named in UPPER_SNAKE_CASE".into(),
        );
    }
    let SymbolSection::Section(section_index) = symbol.section() else {
        return Err("not in a section".into());
    };
    let section = file
        .section_by_index(section_index)
        .map_err(|e| e.to_string())?;
    let data = section.data().map_err(|e| e.to_string())?;
    let start = (symbol.address() - section.address()) as usize;
    let end = start + symbol.size() as usize;
    if symbol.size() == 0 || end > data.len() {
        return Err(format!("bad symbol size {}", symbol.size()));
    }
    let relocations: Vec<_> = section
        .relocations()
        .filter(|(offset, _)| (start..end).contains(&(*offset as usize)))
        .map(|(offset, relocation)| {
            let target = describe_target(file, relocation.target())?;
            Ok((offset as usize - start, relocation, target))
        })
        .collect::<BuildResult<_>>()?;

    // A panic path also drags in `.rodata` (its location): name the panic, the root cause.
    for (_, _, target) in &relocations {
        if let Target::Undefined(symbol) = target {
            if is_panic_symbol(symbol) {
                return Err(format!(
                    "can panic (calls `{}`){PANIC_HINT}",
                    demangle(symbol)
                ));
            }
        }
    }
    let mut holes = relocations
        .iter()
        .map(|(at, relocation, target)| read_hole(*at, relocation, target))
        .collect::<BuildResult<Vec<_>>>()?;
    holes.sort_by_key(|hole| hole.offset);
    Ok(Stencil {
        name: name.to_owned(),
        code: data[start..end].to_vec(),
        holes,
        trailing_jump: 0,
    })
}

fn read_hole(at: usize, relocation: &object::Relocation, target: &Target) -> BuildResult<Hole> {
    let value = match target {
        Target::Undefined(symbol) => HoleValue::from_symbol(symbol)
            .ok_or_else(|| format!("references `{}`{}", demangle(symbol), unknown_symbol_hint(symbol)))?,
        Target::Defined(symbol) => {
            return Err(format!(
                "references `{}`, defined in the stencil crate itself: helpers used by stencils must be \
                 #[inline(always)] (stencils cannot call each other)",
                demangle(symbol)
            ))
        }
        Target::Section(section) => {
            return Err(format!(
                "references data in `{section}` at +{at:#x}: stencils may use no constant pool or jump \
                 table (float literals, large `match`es, string or array constants); build such values \
                 from integers or pass them as operands"
            ))
        }
    };
    let RelocationFlags::Elf { r_type } = relocation.flags() else {
        return Err(format!("non-ELF relocation at +{at:#x}"));
    };
    let kind = match r_type {
        elf::R_X86_64_64 => HoleKind::Abs64,
        elf::R_X86_64_32 => HoleKind::Abs32,
        elf::R_X86_64_32S => HoleKind::Abs32S,
        elf::R_X86_64_PC32 | elf::R_X86_64_PLT32 => HoleKind::Rel32,
        other => {
            return Err(format!(
            "relocation {} to `{}` at +{at:#x} is not one the stitcher patches (only R_X86_64_64, \
                 _32, _32S, _PC32 and _PLT32 are)",
            relocation_name(other),
            value.symbol()
        ))
        }
    };
    Ok(Hole {
        offset: at,
        kind,
        value,
        addend: relocation.addend(),
    })
}

enum Target {
    Undefined(String),
    Defined(String),
    Section(String),
}

fn describe_target(file: &object::File, target: RelocationTarget) -> BuildResult<Target> {
    let bad = |e: object::Error| format!("bad relocation in the stencil object: {e}");
    match target {
        RelocationTarget::Symbol(index) => {
            let symbol = file.symbol_by_index(index).map_err(bad)?;
            if symbol.kind() == SymbolKind::Section {
                let index = symbol
                    .section_index()
                    .ok_or("a section symbol without a section")?;
                return section_target(file, index);
            }
            let name = symbol.name().map_err(bad)?.to_owned();
            if symbol.is_undefined() {
                Ok(Target::Undefined(name))
            } else if symbol.kind() == SymbolKind::Text {
                Ok(Target::Defined(name))
            } else {
                // A local data symbol (`.L…` constants) lives in some data section.
                let section = symbol
                    .section_index()
                    .map(|i| file.section_by_index(i))
                    .transpose()
                    .map_err(bad)?;
                let section = section
                    .and_then(|s| s.name().ok().map(str::to_owned))
                    .unwrap_or_default();
                Ok(Target::Section(format!("{section} ({name})")))
            }
        }
        RelocationTarget::Section(index) => section_target(file, index),
        _ => Err("a stencil has an absolute relocation".into()),
    }
}

const PANIC_HINT: &str =
    ": stencils must not be able to panic (avoid indexing, `unwrap`, division \
     by a possibly-zero value and overflow checks; use raw pointers and checked arithmetic)";

fn is_panic_symbol(symbol: &str) -> bool {
    let demangled = demangle(symbol);
    [
        "panic",
        "unwrap_failed",
        "expect_failed",
        "slice_index",
        "index_out_of_bounds",
    ]
    .iter()
    .any(|word| demangled.contains(word))
}

/// A reference to a section: code (a function LLVM did not inline, one per `.text.NAME`
/// section) or data.
fn section_target(file: &object::File, index: object::SectionIndex) -> BuildResult<Target> {
    let section = file
        .section_by_index(index)
        .map_err(|e| format!("bad relocation in the stencil object: {e}"))?;
    let name = section.name().unwrap_or("?").to_owned();
    if section.kind() == object::SectionKind::Text {
        Ok(Target::Defined(
            name.strip_prefix(".text.").unwrap_or(&name).to_owned(),
        ))
    } else {
        Ok(Target::Section(name))
    }
}

fn unknown_symbol_hint(symbol: &str) -> &'static str {
    if symbol.starts_with("_JIT_") {
        ": not a hole the stitcher knows (see the HOLE_* constants in runtime/abi.rs)"
    } else {
        ": stencils may reference only `_JIT_*` holes and `stitch_jit_*` runtime helpers"
    }
}

/// Stencils are named after uops, and the names become Rust identifiers in the table.
fn is_uop_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// The path of a mangled Rust symbol (`_RNvNtCs…_4core9panicking5panic`, or the legacy
/// `_ZN4core9panicking5panic17h…E`) as `core::panicking::panic`, for error messages. A
/// best-effort reading of plain paths; other names come back unchanged.
pub fn demangle(symbol: &str) -> String {
    let (rest, v0) = match (symbol.strip_prefix("_R"), symbol.strip_prefix("_ZN")) {
        (Some(rest), _) => (rest.as_bytes(), true),
        (_, Some(rest)) => (rest.as_bytes(), false),
        _ => return symbol.to_owned(),
    };
    let skip_disambiguator = |i: &mut usize| {
        while *i < rest.len() && rest[*i] != b'_' {
            *i += 1;
        }
        *i += 1;
    };
    let mut parts = Vec::new();
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            // v0: a nested path (tag + namespace), a crate root, a disambiguator.
            b'N' if v0 => i += 2,
            b'C' if v0 => i += 1,
            b's' if v0 => skip_disambiguator(&mut i),
            b'0'..=b'9' => {
                let digits = rest[i..].iter().take_while(|b| b.is_ascii_digit()).count();
                let len: usize = std::str::from_utf8(&rest[i..i + digits])
                    .unwrap()
                    .parse()
                    .unwrap_or(usize::MAX);
                i += digits;
                if v0 && rest.get(i) == Some(&b'_') {
                    i += 1;
                }
                let Some(part) = rest.get(i..i.saturating_add(len)) else {
                    break;
                };
                let part = String::from_utf8_lossy(part);
                let is_legacy_hash = !v0 && part.len() == 17 && part.starts_with('h');
                if !is_legacy_hash {
                    parts.push(part.into_owned());
                }
                i += len;
            }
            _ => break,
        }
    }
    if parts.is_empty() {
        symbol.to_owned()
    } else {
        parts.join("::")
    }
}

fn relocation_name(r_type: elf::RelocationType) -> String {
    let known = [
        (elf::R_X86_64_GOTPCREL, "R_X86_64_GOTPCREL"),
        (elf::R_X86_64_GOTPCRELX, "R_X86_64_GOTPCRELX"),
        (elf::R_X86_64_REX_GOTPCRELX, "R_X86_64_REX_GOTPCRELX"),
        (elf::R_X86_64_GOT32, "R_X86_64_GOT32"),
        (elf::R_X86_64_TPOFF32, "R_X86_64_TPOFF32"),
        (elf::R_X86_64_GOTTPOFF, "R_X86_64_GOTTPOFF"),
        (elf::R_X86_64_PC64, "R_X86_64_PC64"),
        (elf::R_X86_64_16, "R_X86_64_16"),
        (elf::R_X86_64_8, "R_X86_64_8"),
    ];
    known
        .iter()
        .find(|(value, _)| *value == r_type)
        .map(|(_, name)| (*name).to_owned())
        .unwrap_or_else(|| format!("type {}", r_type.0))
}

//! Builds the copy-and-patch JIT's stencil table.
//!
//! 1. `compile`: `stencils/lib.rs` (no_std, one function per uop) → one ELF object, with the
//!    crate's own `rustc` and the target being built.
//! 2. `extract`: every global function symbol becomes a stencil (by symbol, not by section:
//!    LLVM may fold identical bodies under several names); its relocations become holes.
//!    Anything the stitcher could not patch fails the build, naming the stencil.
//! 3. `verify`: decodes each stencil with iced-x86, checks that control holes are reached only by
//!    `jmp`/`jcc`, and finds the trailing `jmp _JIT_CONTINUE` the stitcher drops.
//! 4. `emit`: writes `$OUT_DIR/stencils.rs`, included by `jit/stencil_table.rs`.
//!
//! Only x86-64 Linux is supported for now.

use std::path::{Path, PathBuf};
use std::process::exit;

#[path = "runtime/abi.rs"]
mod abi;
#[path = "build/compile.rs"]
mod compile;
#[path = "build/emit.rs"]
mod emit;
#[path = "build/extract.rs"]
mod extract;
#[path = "build/verify.rs"]
mod verify;

/// A build failure, printed as `error: ...` by `main`.
type BuildResult<T> = Result<T, String>;

fn main() {
    if let Err(message) = run() {
        eprintln!("error: {message}");
        exit(1);
    }
}

fn run() -> BuildResult<()> {
    let manifest_dir = PathBuf::from(env("CARGO_MANIFEST_DIR")?);
    let out_dir = PathBuf::from(env("OUT_DIR")?);
    for watched in ["stencils", "runtime/abi.rs", "build"] {
        println!(
            "cargo:rerun-if-changed={}",
            manifest_dir.join(watched).display()
        );
    }

    let target = env("TARGET")?;
    let (arch, os) = (env("CARGO_CFG_TARGET_ARCH")?, env("CARGO_CFG_TARGET_OS")?);
    if arch != "x86_64" || os != "linux" {
        return Err(format!(
            "stitch's copy-and-patch JIT supports only x86_64 Linux for now (target `{target}`): \
             its stencils are x86-64 machine code patched with ELF relocations"
        ));
    }

    let object_path = out_dir.join("stencils.o");
    compile::compile_stencils(&manifest_dir.join("stencils/lib.rs"), &object_path, &target)?;
    let object_bytes = std::fs::read(&object_path)
        .map_err(|e| format!("cannot read {}: {e}", object_path.display()))?;
    let mut stencils = extract::extract_stencils(&object_bytes)?;
    for stencil in &mut stencils {
        verify::verify_and_canonicalize(stencil)?;
    }
    write(
        &out_dir.join("stencils.rs"),
        &emit::stencil_table(&stencils),
    )
}

fn env(name: &str) -> BuildResult<String> {
    std::env::var(name)
        .map_err(|_| format!("environment variable {name} is not set (build.rs runs under cargo)"))
}

fn write(path: &Path, contents: &str) -> BuildResult<()> {
    std::fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

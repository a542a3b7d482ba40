//! Compiling the stencil crate to one object file.

use std::path::Path;
use std::process::Command;

use crate::BuildResult;

/// Flags that make stencil code patchable: static relocations and the small code model (so
/// every hole is one of Abs64/Abs32/Abs32S/Rel32), no unwinding or panics, one codegen unit
/// (one object), and no jump tables (they would live in `.rodata`). The host build's RUSTFLAGS
/// are deliberately not passed on: stencil code must not change with them.
const STENCIL_FLAGS: &[&str] = &[
    "--crate-type=lib",
    "--edition=2021",
    "-Copt-level=3",
    "-Cpanic=abort",
    "-Ccodegen-units=1",
    "-Cdebuginfo=0",
    "-Crelocation-model=static",
    "-Ccode-model=small",
    "-Cforce-unwind-tables=no",
    "-Cllvm-args=-min-jump-table-entries=64",
];

pub fn compile_stencils(root: &Path, object: &Path, target: &str) -> BuildResult<()> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let output = Command::new(&rustc)
        .args(["--crate-name", "stitch_stencils"])
        .args(STENCIL_FLAGS)
        .args(["--target", target])
        .arg(format!("--emit=obj={}", object.display()))
        .arg(root)
        .output()
        .map_err(|e| format!("cannot run `{rustc}` to compile the stencils: {e}"))?;
    let diagnostics = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        return Err(format!(
            "compiling {} failed:\n{diagnostics}",
            root.display()
        ));
    }
    for line in diagnostics.lines().filter(|line| !line.trim().is_empty()) {
        println!("cargo:warning=stencils: {line}");
    }
    Ok(())
}

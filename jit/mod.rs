//! Tier 2. The copy-and-patch backend: `stencil_table` (the stencils build.rs compiled),
//! `stitcher` (a uop trace → one native buffer), `exec_memory` (W^X code arena), `helpers`
//! (runtime functions stencils call) and `dump` (disassembly for `--dump-traces`).

pub mod dump;
pub mod exec_memory;
pub mod helpers;
pub mod stencil_table;
pub mod stitcher;

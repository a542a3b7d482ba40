//! The runtime: values, heap, objects, the compiler, the tier-0/1 interpreter, builtins and
//! modules.

pub mod abi;
pub mod builtins;
pub mod bytecode;
pub mod cli;
pub mod compiler;
pub mod format;
pub mod heap;
pub mod modules;
pub mod object;
pub mod ops;
pub mod value;
pub mod vm;

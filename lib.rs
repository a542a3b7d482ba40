pub mod runtime;
pub mod jit;

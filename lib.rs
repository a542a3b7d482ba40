pub mod jit;
pub mod runtime;

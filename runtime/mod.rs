pub mod abi;
pub mod bytecode;
pub mod cli;
pub mod compiler;

//! The semantics of Python operations on values, as methods on `Vm`: one file per family.
//! The interpreter's cases and the builtins call these; fast paths for the common types come
//! first in each.

pub mod attr;
pub mod compare;
pub mod containers;
pub mod dunder;
pub mod hash;
pub mod iter;
pub mod num;
pub mod repr;
pub mod subscript;
pub mod typeinfo;

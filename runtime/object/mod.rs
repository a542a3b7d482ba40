//! The heap object types. One file per concept; each defines a `#[repr(C)]` struct whose first
//! field is the `Header`, and its `Trace` impl. Behaviour that needs the VM (calling Python,
//! raising exceptions) lives in `runtime/ops` and `runtime/builtins`, not here.

pub mod bytes;
pub mod dict;
pub mod digest;
pub mod exception;
pub mod function;
pub mod generator;
pub mod inline_cache;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod range;
pub mod set;
pub mod str;
pub mod tuple;
pub mod types;

pub use self::bytes::BytesObj;
pub use self::dict::{DictObj, DictTable, DictViewObj, ViewKind};
pub use self::digest::{DigestObj, DigestState};
pub use self::exception::{ExceptionObj, TracebackEntry};
pub use self::function::{
    BoundMethodObj, BuiltinFn, BuiltinObj, CellObj, CodeObj, DescriptorKind, FunctionObj,
    PropertyObj,
};
pub use self::generator::{GenState, GeneratorObj};
pub use self::inline_cache::InlineCache;
pub use self::instance::{InstanceObj, Shapes, SuperObj};
pub use self::int::BigIntObj;
pub use self::iter::{IterObj, IterState};
pub use self::list::ListObj;
pub use self::range::{RangeObj, SliceObj};
pub use self::set::{SetObj, SetTable};
pub use self::str::StrObj;
pub use self::tuple::TupleObj;
pub use self::types::{Layout, ModuleObj, TypeObj};

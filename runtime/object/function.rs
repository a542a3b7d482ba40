//! Code objects, functions, closures' cells, builtin functions, bound methods, properties.

use crate::runtime::bytecode::{CodeUnit, Instr};
use crate::runtime::heap::{Header, Marker, Trace};
use crate::runtime::object::InlineCache;
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyResult, Vm};
use std::cell::Cell;

/// A loaded `CodeUnit`: the compiler's plain data plus its constants and names as values.
#[repr(C)]
pub struct CodeObj {
    pub header: Header,
    pub unit: Box<CodeUnit>,
    pub consts: Box<[Value]>,
    /// `unit.names` as interned str values.
    pub names: Box<[Value]>,
    /// `unit.varnames` as str values (for keyword-argument matching).
    pub varnames: Box<[Value]>,
    pub name: Value,
    pub qualname: Value,
    pub nlocals: usize,
    /// Cell and free variable slots (after the locals).
    pub ncells: usize,
    /// The instructions the interpreter runs: `unit.code`, with base instructions rewritten
    /// in place into their specialized forms (and back) by the adaptive interpreter.
    pub quick: Box<[Cell<Instr>]>,
    /// One inline cache per instruction.
    pub caches: Box<[InlineCache]>,
}

impl CodeObj {
    pub fn flags(&self) -> u32 {
        self.unit.flags
    }
}

impl Trace for CodeObj {
    fn trace(&self, m: &mut Marker) {
        m.mark_all(&self.consts);
        m.mark_all(&self.names);
        m.mark_all(&self.varnames);
        m.mark(self.name);
        m.mark(self.qualname);
        for c in self.caches.iter() {
            c.trace(m);
        }
    }
}

#[repr(C)]
pub struct FunctionObj {
    pub header: Header,
    pub code: Value,
    pub globals: Value,
    /// Tuple of positional defaults, or NULL.
    pub defaults: Cell<Value>,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: Cell<Value>,
    /// Tuple of cells, or NULL.
    pub closure: Value,
    pub name: Cell<Value>,
    pub qualname: Cell<Value>,
    /// `__dict__` (function attributes), or NULL until first set.
    pub dict: Cell<Value>,
    pub module: Value,
    pub doc: Cell<Value>,
}

impl Trace for FunctionObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.code);
        m.mark(self.globals);
        m.mark(self.defaults.get());
        m.mark(self.kwdefaults.get());
        m.mark(self.closure);
        m.mark(self.name.get());
        m.mark(self.qualname.get());
        m.mark(self.dict.get());
        m.mark(self.module);
        m.mark(self.doc.get());
    }
}

/// A variable captured by a closure.
#[repr(C)]
pub struct CellObj {
    pub header: Header,
    /// NULL while unset.
    pub value: Cell<Value>,
}

impl Trace for CellObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.value.get());
    }
}

pub type BuiltinFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// A function implemented in Rust. As a method of a builtin type it lives unbound in the type's
/// dict (`bound` NULL) and receives the instance as its first positional argument.
#[repr(C)]
pub struct BuiltinObj {
    pub header: Header,
    pub name: &'static str,
    pub func: BuiltinFn,
    /// The receiver when this is a bound builtin method (`[].append`), else NULL.
    pub bound: Value,
    /// Name of the owning type for methods (for error messages and repr), else "".
    pub owner: &'static str,
}

impl Trace for BuiltinObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.bound);
    }
}

#[repr(C)]
pub struct BoundMethodObj {
    pub header: Header,
    pub func: Value,
    pub receiver: Value,
}

impl Trace for BoundMethodObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.func);
        m.mark(self.receiver);
    }
}

/// `property(fget, fset, fdel, doc)`; also the shape of other data descriptors implemented by
/// the runtime (`staticmethod`/`classmethod` use `kind`).
#[repr(C)]
pub struct PropertyObj {
    pub header: Header,
    pub kind: DescriptorKind,
    pub fget: Cell<Value>,
    pub fset: Cell<Value>,
    pub fdel: Cell<Value>,
    pub doc: Cell<Value>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DescriptorKind {
    Property,
    StaticMethod,
    ClassMethod,
    /// A data descriptor made by the runtime (`__dict__`, `__weakref__` of a class): `fget`
    /// is a builtin getter, `doc` the class that owns it.
    GetSet,
}

impl Trace for PropertyObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.fget.get());
        m.mark(self.fset.get());
        m.mark(self.fdel.get());
        m.mark(self.doc.get());
    }
}

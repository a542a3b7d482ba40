//! Type objects and modules.

use crate::runtime::heap::{Header, Marker, Trace};
use crate::runtime::value::Value;
use std::cell::{Cell, RefCell};

/// What an instance of a type is made of: which heap kind (or immediate) represents it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Type,
    Function,
    Builtin,
    BoundMethod,
    Code,
    Cell,
    Module,
    Exception,
    Iterator,
    DictView,
    Property,
    Generator,
    NotImplementedType,
    Ellipsis,
}

#[repr(C)]
pub struct TypeObj {
    pub header: Header,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub layout: Layout,
    pub bases: RefCell<Vec<Value>>,
    /// Method resolution order, starting with this type.
    pub mro: RefCell<Vec<Value>>,
    /// The class namespace (a dict).
    pub dict: Value,
    /// Bumped whenever the type or a base is mutated; specializations guard on it.
    pub version: Cell<u32>,
    /// Builtin types cannot be mutated from Python.
    pub is_builtin: bool,
}

impl TypeObj {
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }
}

impl Trace for TypeObj {
    fn trace(&self, m: &mut Marker) {
        m.mark_all(&self.bases.borrow());
        m.mark_all(&self.mro.borrow());
        m.mark(self.dict);
    }
}

#[repr(C)]
pub struct ModuleObj {
    pub header: Header,
    pub name: Value,
    /// The module namespace (a dict): the globals of its code.
    pub dict: Value,
}

impl Trace for ModuleObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.name);
        m.mark(self.dict);
    }
}

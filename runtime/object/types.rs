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
    Bytes,
    ByteArray,
    /// Objects of a type defined by a Rust module (`_hashlib.HASH`): not subclassable.
    Native,
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
    /// Replaced by a fresh number (`next_type_version`) whenever the type or a base is
    /// mutated (`Vm::type_modified`). Numbers are never reused, so a version alone names one
    /// type in one state: specializations guard on it.
    pub version: Cell<u64>,
    /// Builtin types cannot be mutated from Python.
    pub is_builtin: bool,
    /// `slot_restriction()`, computed once (None inside = not computed yet).
    pub slots_cache: RefCell<Option<Option<Vec<String>>>>,
    /// The metaclass (`type(cls)`), or NULL for `type` itself.
    pub meta: Cell<Value>,
    /// User classes that list this one among their bases (kept for `__subclasses__()` and so
    /// that mutating a class bumps the version of every class that inherits from it). Only
    /// user classes record their subclasses: builtin types are immutable.
    pub subclasses: RefCell<Vec<Value>>,
    /// `__abstractmethods__` is set and non-empty: instances cannot be made.
    pub is_abstract: Cell<bool>,
    /// Whether the class (or a base) defines `__getattribute__` in Python: 0 not known yet,
    /// 1 no, 2 yes. Reset when the class or a base changes.
    pub getattribute_cache: Cell<u8>,
}

thread_local! {
    static NEXT_TYPE_VERSION: Cell<u64> = const { Cell::new(1) };
}

/// A type version never handed out before (see `TypeObj::version`).
pub fn next_type_version() -> u64 {
    NEXT_TYPE_VERSION.with(|c| {
        let v = c.get();
        c.set(v + 1);
        v
    })
}

impl TypeObj {
    /// A user class whose instances may only have the attributes named in `__slots__`
    /// along its MRO (no `__dict__`): those names; else None.
    pub fn slot_restriction(&self) -> Option<Vec<String>> {
        if let Some(cached) = self.slots_cache.borrow().as_ref() {
            return cached.clone();
        }
        let computed = self.compute_slot_restriction();
        *self.slots_cache.borrow_mut() = Some(computed.clone());
        computed
    }

    /// May instances have an attribute called `name` (always, unless `__slots__` limit them)?
    pub fn slot_allows(&self, name: &str) -> bool {
        if self.slots_cache.borrow().is_none() {
            let computed = self.compute_slot_restriction();
            *self.slots_cache.borrow_mut() = Some(computed);
        }
        match self.slots_cache.borrow().as_ref() {
            Some(Some(allowed)) => allowed.iter().any(|a| a == name),
            _ => true,
        }
    }

    fn compute_slot_restriction(&self) -> Option<Vec<String>> {
        let mut names = Vec::new();
        for &m in self.mro.borrow().iter() {
            let t = m.get::<TypeObj>()?;
            if t.is_builtin {
                continue;
            }
            let d = t.dict.get::<super::DictObj>()?;
            let slots = d
                .table
                .borrow()
                .iter()
                .find(|e| {
                    e.key
                        .get::<super::StrObj>()
                        .map(|s| s.as_str() == "__slots__")
                        .unwrap_or(false)
                })
                .map(|e| e.value)?;
            let items: Vec<Value> = if slots.is::<super::StrObj>() {
                vec![slots]
            } else if let Some(t) = slots.get::<super::TupleObj>() {
                t.items.to_vec()
            } else if let Some(l) = slots.get::<super::ListObj>() {
                l.to_vec()
            } else {
                return None;
            };
            for it in items {
                let n = it.get::<super::StrObj>()?.as_str().to_string();
                if n == "__dict__" {
                    return None;
                }
                names.push(n);
            }
        }
        Some(names)
    }
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
        m.mark(self.meta.get());
        m.mark_all(&self.subclasses.borrow());
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

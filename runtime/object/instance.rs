//! Instances of user classes, with hidden-class *shapes*: an instance's attributes are a plain
//! vector of values, and its shape (shared by every instance that got the same attributes in
//! the same order) maps names to indices. A specialized attribute load is then one guard on
//! the shape id and one indexed load, which is what the adaptive interpreter and the JIT emit.
//!
//! Reading `obj.__dict__` switches that one instance to *dict mode* (shape `DICT_MODE`): the
//! attributes move into a real dict that Python code may mutate directly, and shape-guarded
//! fast paths simply stop matching it.

use crate::runtime::heap::{Header, Marker, Trace};
use crate::runtime::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

pub type ShapeId = u32;
/// The shape of an instance with no attributes.
pub const EMPTY_SHAPE: ShapeId = 0;
/// The instance keeps its attributes in `dict`.
pub const DICT_MODE: ShapeId = u32::MAX;

#[repr(C)]
pub struct InstanceObj {
    pub header: Header,
    pub class: Cell<Value>,
    pub shape: Cell<ShapeId>,
    /// Attribute values in shape order (unused in dict mode).
    pub values: RefCell<Vec<Value>>,
    /// The attribute dict in dict mode, else NULL.
    pub dict: Cell<Value>,
    /// For instances of subclasses of builtin types (`class D(dict)`), the builtin value that
    /// holds the data (a dict, list, tuple, str, int, …); else NULL.
    pub base: Cell<Value>,
}

impl InstanceObj {
    pub fn new(class: Value) -> InstanceObj {
        InstanceObj {
            header: Header::new(),
            class: Cell::new(class),
            shape: Cell::new(EMPTY_SHAPE),
            values: RefCell::new(Vec::new()),
            dict: Cell::new(Value::NULL),
            base: Cell::new(Value::NULL),
        }
    }
}

impl Trace for InstanceObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.class.get());
        m.mark_all(&self.values.borrow());
        m.mark(self.dict.get());
        m.mark(self.base.get());
    }
}

/// One shape: attribute names in slot order, and where adding one more name leads.
struct Shape {
    /// Interned attribute-name strs (their Value bits) in slot order.
    names: Vec<u64>,
    transitions: HashMap<u64, ShapeId>,
    parent: Option<ShapeId>,
}

/// Every shape the program created, as a transition tree from the empty shape. Names are
/// interned strs (the VM interns attribute names), compared by identity.
pub struct Shapes {
    shapes: Vec<Shape>,
}

impl Default for Shapes {
    fn default() -> Self {
        Shapes::new()
    }
}

impl Shapes {
    pub fn new() -> Shapes {
        Shapes {
            shapes: vec![Shape {
                names: Vec::new(),
                transitions: HashMap::new(),
                parent: None,
            }],
        }
    }

    /// Slot of `name` in `shape`.
    #[inline]
    pub fn lookup(&self, shape: ShapeId, name: Value) -> Option<usize> {
        let names = &self.shapes.get(shape as usize)?.names;
        if let Some(i) = names.iter().position(|&n| n == name.0) {
            return Some(i);
        }
        // The same name in another str object (e.g. from `setattr`): compare the text.
        let text = name.get::<crate::runtime::object::StrObj>()?.as_str();
        names.iter().position(|&n| {
            Value(n)
                .get::<crate::runtime::object::StrObj>()
                .map(|s| s.as_str() == text)
                .unwrap_or(false)
        })
    }

    /// The shape after adding `name` to `shape`.
    pub fn add(&mut self, shape: ShapeId, name: Value) -> ShapeId {
        if let Some(&next) = self.shapes[shape as usize].transitions.get(&name.0) {
            return next;
        }
        let mut names = self.shapes[shape as usize].names.clone();
        names.push(name.0);
        let id = self.shapes.len() as ShapeId;
        self.shapes.push(Shape {
            names,
            transitions: HashMap::new(),
            parent: Some(shape),
        });
        self.shapes[shape as usize].transitions.insert(name.0, id);
        id
    }

    /// Attribute names of a shape, in slot order (as Values).
    pub fn names(&self, shape: ShapeId) -> Vec<Value> {
        self.shapes
            .get(shape as usize)
            .map(|s| s.names.iter().map(|&b| Value(b)).collect())
            .unwrap_or_default()
    }

    /// The names must stay alive while shapes refer to them: the VM marks these as roots.
    pub fn all_names(&self) -> impl Iterator<Item = Value> + '_ {
        self.shapes
            .iter()
            .filter_map(|s| s.names.last().map(|&b| Value(b)))
    }

    pub fn len(&self) -> usize {
        self.shapes.len()
    }
    pub fn is_empty(&self) -> bool {
        false
    }
    pub fn parent(&self, shape: ShapeId) -> Option<ShapeId> {
        self.shapes.get(shape as usize).and_then(|s| s.parent)
    }
}

/// `super(cls, obj)`: attribute lookups search `obj`'s MRO after `cls`.
#[repr(C)]
pub struct SuperObj {
    pub header: Header,
    pub cls: Value,
    pub obj: Value,
}

impl Trace for SuperObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.cls);
        m.mark(self.obj);
    }
}

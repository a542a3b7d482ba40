//! Exception instances. Their class is a `TypeObj` deriving from BaseException.

use crate::runtime::heap::{Header, Marker, Trace};
use crate::runtime::value::Value;
use std::cell::{Cell, RefCell};

/// One traceback line: the code object and the line the exception passed through.
#[derive(Clone, Copy)]
pub struct TracebackEntry {
    pub code: Value,
    pub line: u32,
}

#[repr(C)]
pub struct ExceptionObj {
    pub header: Header,
    pub class: Cell<Value>,
    /// The `args` tuple.
    pub args: Cell<Value>,
    /// Innermost frame last, as the exception unwinds outward.
    pub traceback: RefCell<Vec<TracebackEntry>>,
    /// `__cause__` (NULL = None).
    pub cause: Cell<Value>,
    /// `__context__` (NULL = None).
    pub context: Cell<Value>,
    pub suppress_context: Cell<bool>,
    /// Instance `__dict__` for attributes set on the exception (NULL until used).
    pub dict: Cell<Value>,
}

impl ExceptionObj {
    pub fn new(class: Value, args: Value) -> ExceptionObj {
        ExceptionObj {
            header: Header::new(),
            class: Cell::new(class),
            args: Cell::new(args),
            traceback: RefCell::new(Vec::new()),
            cause: Cell::new(Value::NULL),
            context: Cell::new(Value::NULL),
            suppress_context: Cell::new(false),
            dict: Cell::new(Value::NULL),
        }
    }
}

impl Trace for ExceptionObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.class.get());
        m.mark(self.args.get());
        for e in self.traceback.borrow().iter() {
            m.mark(e.code);
        }
        m.mark(self.cause.get());
        m.mark(self.context.get());
        m.mark(self.dict.get());
    }
}

//! Generators and coroutines: a function's frame, suspended at a `yield`, owned by the
//! generator object until the next `send`/`next` resumes it.

use crate::runtime::heap::{Header, Marker, Trace};
use crate::runtime::value::Value;
use crate::runtime::vm::Frame;
use std::cell::{Cell, RefCell};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    /// Made, not started yet.
    Created,
    /// Stopped at a `yield`.
    Suspended,
    /// Its frame is on the VM's frame stack right now.
    Running,
    /// Returned or raised: resuming it raises StopIteration.
    Done,
}

#[repr(C)]
pub struct GeneratorObj {
    pub header: Header,
    /// The suspended frame (None while running and when done).
    pub frame: RefCell<Option<Box<Frame>>>,
    pub state: Cell<GenState>,
    pub name: Value,
    pub qualname: Value,
    /// `async def` coroutine rather than a generator.
    pub is_coroutine: bool,
}

impl Trace for GeneratorObj {
    fn trace(&self, m: &mut Marker) {
        if let Some(f) = self.frame.borrow().as_ref() {
            f.trace(m);
        }
        m.mark(self.name);
        m.mark(self.qualname);
    }
}

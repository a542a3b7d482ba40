//! `tuple`: an immutable sequence of values.

use crate::runtime::heap::{Header, Marker, Trace};
use crate::runtime::value::Value;

#[repr(C)]
pub struct TupleObj {
    pub header: Header,
    pub items: Box<[Value]>,
}

impl TupleObj {
    pub fn new(items: Vec<Value>) -> TupleObj {
        TupleObj {
            header: Header::new(),
            items: items.into_boxed_slice(),
        }
    }
}

impl Trace for TupleObj {
    fn trace(&self, m: &mut Marker) {
        m.mark_all(&self.items);
    }
}

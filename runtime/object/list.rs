//! `list`: a growable vector of values.

use crate::runtime::heap::{Header, Marker, Trace};
use crate::runtime::value::Value;
use std::cell::RefCell;

#[repr(C)]
pub struct ListObj {
    pub header: Header,
    pub items: RefCell<Vec<Value>>,
}

impl ListObj {
    pub fn new(items: Vec<Value>) -> ListObj {
        ListObj {
            header: Header::new(),
            items: RefCell::new(items),
        }
    }
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).copied()
    }
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}

impl Trace for ListObj {
    fn trace(&self, m: &mut Marker) {
        m.mark_all(&self.items.borrow());
    }
}

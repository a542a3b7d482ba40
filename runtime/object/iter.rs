//! Iterator objects of the builtin types and the lazy builtins (enumerate, zip, map, filter,
//! reversed): one heap kind, its state an enum.

use crate::runtime::heap::{Header, Marker, Trace};
use crate::runtime::value::Value;
use std::cell::RefCell;

pub enum IterState {
    List {
        list: Value,
        index: usize,
    },
    ListReversed {
        list: Value,
        index: usize,
    },
    Tuple {
        tuple: Value,
        index: usize,
    },
    Range {
        next: i128,
        stop: i128,
        step: i128,
    },
    Str {
        s: Value,
        byte_pos: usize,
    },
    /// Over a bytes or bytearray (re-read at every step: a bytearray may change).
    Bytes {
        b: Value,
        index: usize,
    },
    /// Over a dict's entry slots; `expected_len` detects mutation during iteration.
    Dict {
        dict: Value,
        pos: usize,
        kind: super::ViewKind,
        expected_len: usize,
    },
    Set {
        set: Value,
        pos: usize,
        expected_len: usize,
    },
    /// Any object with `__getitem__` / a sequence by index (`reversed(seq)` uses step -1).
    SeqIndex {
        seq: Value,
        index: i64,
        step: i64,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    /// `iter(callable, sentinel)`
    CallSentinel {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

#[repr(C)]
pub struct IterObj {
    pub header: Header,
    pub state: RefCell<IterState>,
}

impl IterObj {
    pub fn new(state: IterState) -> IterObj {
        IterObj {
            header: Header::new(),
            state: RefCell::new(state),
        }
    }
    /// The Python type name of this iterator (`list_iterator`, `zip`, …).
    pub fn type_name(&self) -> &'static str {
        match &*self.state.borrow() {
            IterState::List { .. } => "list_iterator",
            IterState::ListReversed { .. } => "list_reverseiterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::Str { .. } => "str_ascii_iterator",
            IterState::Bytes { b, .. } => {
                if b.get::<super::BytesObj>()
                    .map(|x| x.mutable)
                    .unwrap_or(false)
                {
                    "bytearray_iterator"
                } else {
                    "bytes_iterator"
                }
            }
            IterState::Dict { kind, .. } => match kind {
                super::ViewKind::Keys => "dict_keyiterator",
                super::ViewKind::Values => "dict_valueiterator",
                super::ViewKind::Items => "dict_itemiterator",
            },
            IterState::Set { .. } => "set_iterator",
            IterState::SeqIndex { step, .. } => {
                if *step < 0 {
                    "reversed"
                } else {
                    "iterator"
                }
            }
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::CallSentinel { .. } => "callable_iterator",
            IterState::Exhausted => "iterator",
        }
    }
}

impl Trace for IterObj {
    fn trace(&self, m: &mut Marker) {
        match &*self.state.borrow() {
            IterState::List { list, .. } | IterState::ListReversed { list, .. } => m.mark(*list),
            IterState::Tuple { tuple, .. } => m.mark(*tuple),
            IterState::Range { .. } | IterState::Exhausted => {}
            IterState::Str { s, .. } => m.mark(*s),
            IterState::Bytes { b, .. } => m.mark(*b),
            IterState::Dict { dict, .. } => m.mark(*dict),
            IterState::Set { set, .. } => m.mark(*set),
            IterState::SeqIndex { seq, .. } => m.mark(*seq),
            IterState::Enumerate { iter, count } => {
                m.mark(*iter);
                m.mark(*count)
            }
            IterState::Zip { iters, .. } => m.mark_all(iters),
            IterState::Map { func, iters } => {
                m.mark(*func);
                m.mark_all(iters)
            }
            IterState::Filter { func, iter } => {
                m.mark(*func);
                m.mark(*iter)
            }
            IterState::CallSentinel { func, sentinel } => {
                m.mark(*func);
                m.mark(*sentinel)
            }
        }
    }
}

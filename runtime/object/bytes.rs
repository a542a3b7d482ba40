//! `bytes` and `bytearray`: one heap kind, a byte vector and a flag saying which of the two it
//! is (as `set`/`frozenset` share `SetObj`). A `bytes` is never mutated after it is made, so
//! its hash is cached; a `bytearray` is unhashable and its methods mutate `data` in place.
//!
//! `data` is a `RefCell`: a borrow is never held across a call back into Python (callers copy
//! the bytes out, or finish with the borrow first).

use crate::runtime::heap::{Header, Marker, Trace};
use std::cell::{Cell, Ref, RefCell};
use std::hash::{Hash, Hasher};

#[repr(C)]
pub struct BytesObj {
    pub header: Header,
    pub data: RefCell<Vec<u8>>,
    /// True for a `bytearray`.
    pub mutable: bool,
    /// Cached hash of a `bytes`; 0 means not computed yet.
    hash: Cell<i64>,
}

impl BytesObj {
    pub fn new(data: Vec<u8>, mutable: bool) -> BytesObj {
        BytesObj {
            header: Header::new(),
            data: RefCell::new(data),
            mutable,
            hash: Cell::new(0),
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.data.borrow().len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The bytes, borrowed (drop the borrow before running Python code or mutating).
    #[inline]
    pub fn bytes(&self) -> Ref<'_, Vec<u8>> {
        self.data.borrow()
    }
    /// A copy of the bytes.
    pub fn to_vec(&self) -> Vec<u8> {
        self.data.borrow().clone()
    }
    pub fn get(&self, i: usize) -> Option<u8> {
        self.data.borrow().get(i).copied()
    }
    /// `hash(bytes)`. Text that is valid UTF-8 hashes exactly as the `str` with that text
    /// does (so `hash(b'abc') == hash('abc')`, as in CPython); other bytes hash with the same
    /// SipHash over the raw bytes. Only meaningful for `bytes` (a `bytearray` is unhashable).
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 && !self.mutable {
            return h;
        }
        let data = self.data.borrow();
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        match std::str::from_utf8(&data) {
            Ok(s) => s.hash(&mut hasher),
            Err(_) => {
                hasher.write(&data);
                hasher.write_u8(0xff);
            }
        }
        let mut h = hasher.finish() as i64;
        if h == -1 || h == 0 {
            h = -2;
        }
        if !self.mutable {
            self.hash.set(h);
        }
        h
    }
}

impl Trace for BytesObj {
    fn trace(&self, _m: &mut Marker) {}
}

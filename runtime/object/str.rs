//! `str`: immutable Unicode text, UTF-8 inside, with its length in characters cached so that
//! ASCII strings (the common case) index in O(1).

use crate::runtime::heap::{Header, Marker, Trace};
use std::cell::Cell;
use std::hash::{Hash, Hasher};

#[repr(C)]
pub struct StrObj {
    pub header: Header,
    pub s: Box<str>,
    /// Number of characters (code points).
    pub char_len: usize,
    /// Cached hash; 0 means not computed yet.
    hash: Cell<i64>,
}

impl StrObj {
    pub fn new(s: impl Into<Box<str>>) -> StrObj {
        let s: Box<str> = s.into();
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObj {
            header: Header::new(),
            s,
            char_len,
            hash: Cell::new(0),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
    /// The character at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }
    /// Byte offset of character index `i` (i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }
    /// Substring by character indices.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end);
        &self.s[b0..b1]
    }
    /// Python's `hash(str)`. CPython randomises it per process; stitch uses a fixed SipHash,
    /// so only the properties Python promises (equal strings hash equal) hold.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        self.s.hash(&mut hasher);
        let mut h = hasher.finish() as i64;
        if h == -1 || h == 0 {
            h = -2;
        }
        self.hash.set(h);
        h
    }
}

impl Trace for StrObj {
    fn trace(&self, _m: &mut Marker) {}
}

//! The inline cache beside every instruction of a code object: what the adaptive interpreter
//! (tier 1) learned about that instruction, and what its specialized form's guards compare
//! against. One entry per instruction index, so an instruction finds its cache without a side
//! table; the fields mean different things per family (see `runtime/vm/specialize/`).

use crate::runtime::heap::Marker;
use crate::runtime::value::Value;
use std::cell::Cell;

pub struct InlineCache {
    /// For a base (adaptive) instruction: executions left before the next attempt to
    /// specialize. For a specialized one: guard misses left before it is de-specialized.
    pub counter: Cell<u16>,
    /// How many times specializing failed or was undone in a row; the wait before the next
    /// attempt doubles with each (exponential backoff).
    pub backoff: Cell<u8>,
    /// An index: a shape slot, a dict entry, an expected argument count, a next shape.
    pub index: Cell<u32>,
    /// A type version or a dict key-layout version.
    pub version: Cell<u64>,
    /// A second version or id (builtins' layout, a shape id).
    pub aux: Cell<u64>,
    /// A cached object (a function, a class attribute). Traced by the collector, so an
    /// identity guard on it can never be fooled by a new object at a reused address.
    pub value: Cell<Value>,
    /// More entries for the forms that guard on an instance's class and shape: a site that
    /// sees several classes (subclasses sharing a method, say) keeps up to `1 + EXTRA_ENTRIES`.
    /// Allocated only for such sites.
    pub extra: std::cell::OnceCell<Box<[PolyEntry; EXTRA_ENTRIES]>>,
}

/// Entries beyond the first in a polymorphic inline cache.
pub const EXTRA_ENTRIES: usize = 3;

/// One (class version, shape) entry of a polymorphic cache, with what it resolved to.
/// Version 0 = empty.
pub struct PolyEntry {
    pub version: Cell<u64>,
    pub aux: Cell<u64>,
    pub index: Cell<u32>,
    pub value: Cell<Value>,
}

impl Default for PolyEntry {
    fn default() -> Self {
        PolyEntry {
            version: Cell::new(0),
            aux: Cell::new(0),
            index: Cell::new(0),
            value: Cell::new(Value::NULL),
        }
    }
}

impl Default for InlineCache {
    fn default() -> Self {
        InlineCache {
            counter: Cell::new(0),
            backoff: Cell::new(0),
            index: Cell::new(0),
            version: Cell::new(0),
            aux: Cell::new(0),
            value: Cell::new(Value::NULL),
            extra: std::cell::OnceCell::new(),
        }
    }
}

impl InlineCache {
    pub fn trace(&self, m: &mut Marker) {
        m.mark(self.value.get());
        if let Some(extra) = self.extra.get() {
            for e in extra.iter() {
                m.mark(e.value.get());
            }
        }
    }
}

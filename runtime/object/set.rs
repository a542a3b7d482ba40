//! `set` and `frozenset`: an open-addressing hash table laid out like CPython's (linear probes
//! then perturbation, the same growth rule), so that iteration order — which programs print —
//! matches CPython's for the same insertions of ints.

use crate::runtime::abi::{TAG_MISC, TAG_SHIFT};
use crate::runtime::heap::{Header, Marker, Trace};
use crate::runtime::value::Value;
use std::cell::RefCell;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;
/// Marks a deleted slot; never a Python value.
const DUMMY: Value = Value((TAG_MISC << TAG_SHIFT) | 0xD0D0);

#[derive(Clone, Copy)]
struct Slot {
    hash: i64,
    /// NULL: never used; DUMMY: deleted.
    key: Value,
}

const EMPTY_SLOT: Slot = Slot {
    hash: 0,
    key: Value::NULL,
};

/// CPython's probe order over a table of `mask + 1` slots: from `hash & mask`, up to
/// `LINEAR_PROBES` neighbours when they fit before the end, then a perturbed jump. Endless.
struct ProbeSeq {
    mask: usize,
    /// Start of the current run of linear probes.
    i: usize,
    /// Next slot within the run, and the last one of the run.
    j: usize,
    run_end: usize,
    perturb: u64,
}

impl ProbeSeq {
    fn new(hash: i64, mask: usize) -> ProbeSeq {
        let i = (hash as u64 as usize) & mask;
        ProbeSeq {
            mask,
            i,
            j: i,
            run_end: Self::run_end(i, mask),
            perturb: hash as u64,
        }
    }

    fn run_end(i: usize, mask: usize) -> usize {
        if i + LINEAR_PROBES <= mask {
            i + LINEAR_PROBES
        } else {
            i
        }
    }
}

impl Iterator for ProbeSeq {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.j > self.run_end {
            self.perturb >>= PERTURB_SHIFT;
            self.i = (self
                .i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize))
                & self.mask;
            self.j = self.i;
            self.run_end = Self::run_end(self.i, self.mask);
        }
        let slot = self.j;
        self.j += 1;
        Some(slot)
    }
}

#[derive(Clone)]
pub struct SetTable {
    table: Vec<Slot>,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            table: vec![EMPTY_SLOT; MIN_SIZE],
            fill: 0,
            used: 0,
        }
    }
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Add `key`; returns whether it was new.
    pub fn add<E>(
        &mut self,
        key: Value,
        hash: i64,
        eq: &mut impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        let mask = self.mask();
        let mut freeslot: Option<usize> = None;
        for j in ProbeSeq::new(hash, mask) {
            let s = self.table[j];
            if s.key.is_null() {
                // Unused slot: reuse an earlier dummy if we passed one.
                if let Some(f) = freeslot {
                    self.table[f] = Slot { hash, key };
                    self.used += 1;
                    return Ok(true);
                }
                self.table[j] = Slot { hash, key };
                self.fill += 1;
                self.used += 1;
                if self.fill * 5 >= mask * 3 {
                    self.resize(if self.used > 50000 {
                        self.used * 2
                    } else {
                        self.used * 4
                    });
                }
                return Ok(true);
            }
            if s.key == DUMMY {
                if freeslot.is_none() {
                    freeslot = Some(j);
                }
            } else if s.hash == hash && (s.key == key || eq(s.key, key)?) {
                return Ok(false);
            }
        }
        unreachable!("the probe sequence is endless and the table always has a free slot")
    }

    fn find<E>(
        &self,
        key: Value,
        hash: i64,
        eq: &mut impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        for j in ProbeSeq::new(hash, self.mask()) {
            let s = self.table[j];
            if s.key.is_null() {
                return Ok(None);
            }
            if s.key != DUMMY && s.hash == hash && (s.key == key || eq(s.key, key)?) {
                return Ok(Some(j));
            }
        }
        unreachable!("the probe sequence is endless and the table always has a free slot")
    }

    pub fn contains<E>(
        &self,
        key: Value,
        hash: i64,
        eq: &mut impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(self.find(key, hash, eq)?.is_some())
    }

    /// Remove `key`; returns whether it was present.
    pub fn discard<E>(
        &mut self,
        key: Value,
        hash: i64,
        eq: &mut impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        match self.find(key, hash, eq)? {
            Some(j) => {
                self.table[j] = Slot {
                    hash: -1,
                    key: DUMMY,
                };
                self.used -= 1;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Remove and return an arbitrary element (the first in table order, like CPython's
    /// `set.pop` on a fresh set).
    pub fn pop(&mut self) -> Option<Value> {
        let j = self
            .table
            .iter()
            .position(|s| !s.key.is_null() && s.key != DUMMY)?;
        let k = self.table[j].key;
        self.table[j] = Slot {
            hash: -1,
            key: DUMMY,
        };
        self.used -= 1;
        Some(k)
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![EMPTY_SLOT; newsize]);
        self.fill = self.used;
        for s in old {
            if !s.key.is_null() && s.key != DUMMY {
                self.insert_clean(s.key, s.hash);
            }
        }
    }

    /// Insert a key known to be absent into a table without dummies.
    fn insert_clean(&mut self, key: Value, hash: i64) {
        for j in ProbeSeq::new(hash, self.mask()) {
            if self.table[j].key.is_null() {
                self.table[j] = Slot { hash, key };
                return;
            }
        }
    }

    /// A copy laid out as CPython's `set(other_set)` would be (same table when possible).
    pub fn copy_like_cpython(&self) -> SetTable {
        if self.fill == self.used {
            return self.clone();
        }
        let mut t = SetTable::new();
        t.merge_from(self);
        t
    }

    /// `self |= other` for a set `other`, in CPython's order of insertion.
    pub fn merge_from(&mut self, other: &SetTable) {
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.table.len() == other.table.len() && other.fill == other.used {
            self.table.clone_from(&other.table);
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            for (k, h) in other.iter_with_hash() {
                self.insert_clean(k, h);
                self.fill += 1;
                self.used += 1;
            }
            return;
        }
        let mut ident = |a: Value, b: Value| Ok::<bool, ()>(a == b);
        for (k, h) in other.iter_with_hash() {
            let _ = self.add(k, h, &mut ident);
        }
    }

    /// Make room before adding `n` items from a dict (CPython's `set_update_internal`).
    pub fn reserve_for_dict(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = Value> + '_ {
        self.table
            .iter()
            .filter(|s| !s.key.is_null() && s.key != DUMMY)
            .map(|s| s.key)
    }
    pub fn iter_with_hash(&self) -> impl Iterator<Item = (Value, i64)> + '_ {
        self.table
            .iter()
            .filter(|s| !s.key.is_null() && s.key != DUMMY)
            .map(|s| (s.key, s.hash))
    }
    /// Slot-position iteration (for iterator objects): the key at slot `i`, if active.
    pub fn slot_count(&self) -> usize {
        self.table.len()
    }
    pub fn slot(&self, i: usize) -> Option<Value> {
        self.table
            .get(i)
            .filter(|s| !s.key.is_null() && s.key != DUMMY)
            .map(|s| s.key)
    }
}

#[repr(C)]
pub struct SetObj {
    pub header: Header,
    pub table: RefCell<SetTable>,
    pub frozen: bool,
}

impl SetObj {
    pub fn new(table: SetTable, frozen: bool) -> SetObj {
        SetObj {
            header: Header::new(),
            table: RefCell::new(table),
            frozen,
        }
    }
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Trace for SetObj {
    fn trace(&self, m: &mut Marker) {
        for k in self.table.borrow().iter() {
            m.mark(k);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(keys: &[i64]) -> Vec<i64> {
        let mut t = SetTable::new();
        let mut eq = |a: Value, b: Value| Ok::<bool, ()>(a == b);
        for &k in keys {
            t.add(Value::small_int(k), k, &mut eq).unwrap();
        }
        t.iter().map(|v| v.as_small_int()).collect()
    }

    #[test]
    fn iteration_order_matches_cpython() {
        // Orders CPython 3.11 prints after `s = set(); s.add(x)` for each x in turn.
        assert_eq!(order(&[3, 1, 2]), vec![1, 2, 3]);
        assert_eq!(order(&[10, 100, 1000]), vec![1000, 10, 100]);
        assert_eq!(order(&[5, 13, 21, 8]), vec![8, 13, 21, 5]);
        let many: Vec<i64> = (0..40).map(|i| (i * 37) % 101).collect();
        assert_eq!(order(&many)[..8], [0, 3, 6, 9, 10, 13, 16, 19]);
    }
}

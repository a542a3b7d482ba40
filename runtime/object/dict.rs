//! `dict`: an insertion-ordered hash table (a dense entry array plus a sparse index table, as
//! in CPython), and the key/value/item views.
//!
//! The table does not know Python equality: lookups take an `eq` callback, so the VM decides
//! how keys compare (and can raise) while the table stays plain data.

use crate::runtime::heap::{Header, Marker, Trace};
use crate::runtime::value::Value;
use std::cell::RefCell;

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    /// `Value::NULL` for a deleted entry.
    pub key: Value,
    pub value: Value,
}

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Default)]
pub struct DictTable {
    entries: Vec<Entry>,
    indices: Vec<u32>,
    used: usize,
    /// Key-layout version: changes whenever a key is added or removed or entries move, and
    /// never when only a value is overwritten. Versions are unique per thread (from one
    /// counter), so equal versions mean the same keys at the same entry indices: a cached
    /// `(version, index)` finds a global's value without hashing (tier 1's LOAD_GLOBAL).
    /// 0 = never versioned (a new, empty table).
    version: u64,
}

thread_local! {
    static NEXT_DICT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

fn next_dict_version() -> u64 {
    NEXT_DICT_VERSION.with(|c| {
        let v = c.get();
        c.set(v + 1);
        v
    })
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable {
            entries: Vec::new(),
            indices: Vec::new(),
            used: 0,
            version: 0,
        }
    }

    /// The key-layout version (see the field); gives a never-versioned table one first.
    pub fn version(&mut self) -> u64 {
        if self.version == 0 {
            self.version = next_dict_version();
        }
        self.version
    }

    /// The key-layout version as is (0 if never versioned), for guards.
    #[inline(always)]
    pub fn current_version(&self) -> u64 {
        self.version
    }

    /// The value of the entry at `i` (NULL for a deleted entry), for cached lookups.
    #[inline(always)]
    pub fn value_at(&self, i: usize) -> Value {
        self.entries.get(i).map(|e| e.value).unwrap_or(Value::NULL)
    }

    fn layout_changed(&mut self) {
        self.version = next_dict_version();
    }

    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The slot in `indices` for `key`, and the entry index if present.
    fn probe<E>(
        &self,
        key: Value,
        hash: i64,
        eq: &mut impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<(usize, Option<usize>), E> {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut first_dummy = None;
        loop {
            match self.indices[i] {
                EMPTY => return Ok((first_dummy.unwrap_or(i), None)),
                DUMMY => {
                    if first_dummy.is_none() {
                        first_dummy = Some(i);
                    }
                }
                idx => {
                    let e = self.entries[idx as usize];
                    if e.hash == hash && (e.key == key || eq(e.key, key)?) {
                        return Ok((i, Some(idx as usize)));
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Index of `key`'s entry, if present.
    pub fn find<E>(
        &self,
        key: Value,
        hash: i64,
        eq: &mut impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        if self.used == 0 {
            return Ok(None);
        }
        Ok(self.probe(key, hash, eq)?.1)
    }

    pub fn get<E>(
        &self,
        key: Value,
        hash: i64,
        eq: &mut impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<Option<Value>, E> {
        Ok(self.find(key, hash, eq)?.map(|i| self.entries[i].value))
    }

    /// Insert or overwrite. An existing key keeps its position (and its original key object).
    pub fn insert<E>(
        &mut self,
        key: Value,
        hash: i64,
        value: Value,
        eq: &mut impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<(), E> {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.rebuild(self.used + 1);
        }
        let (slot, found) = self.probe(key, hash, eq)?;
        match found {
            Some(i) => self.entries[i].value = value,
            None => {
                self.indices[slot] = self.entries.len() as u32;
                self.entries.push(Entry { hash, key, value });
                self.used += 1;
                self.layout_changed();
            }
        }
        Ok(())
    }

    pub fn remove<E>(
        &mut self,
        key: Value,
        hash: i64,
        eq: &mut impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<Option<Entry>, E> {
        if self.used == 0 {
            return Ok(None);
        }
        let (slot, found) = self.probe(key, hash, eq)?;
        Ok(found.map(|i| {
            let e = self.entries[i];
            self.entries[i].key = Value::NULL;
            self.entries[i].value = Value::NULL;
            self.indices[slot] = DUMMY;
            self.used -= 1;
            self.layout_changed();
            e
        }))
    }

    /// Remove and return the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        while let Some(e) = self.entries.last().copied() {
            if e.key.is_null() {
                self.entries.pop();
                continue;
            }
            let mut never_equal = |_: Value, _: Value| Ok::<bool, ()>(false);
            if let Ok((slot, Some(_))) = self.probe(e.key, e.hash, &mut never_equal) {
                self.indices[slot] = DUMMY;
            }
            self.entries.pop();
            self.used -= 1;
            self.layout_changed();
            return Some(e);
        }
        None
    }

    pub fn clear(&mut self) {
        *self = DictTable::new();
        self.layout_changed();
    }

    /// Rebuild the index with room for `min_used` entries, dropping deleted entries.
    fn rebuild(&mut self, min_used: usize) {
        let mut size = 8;
        while size * 2 < min_used * 3 + 3 {
            size *= 2;
        }
        self.entries.retain(|e| !e.key.is_null());
        self.indices = vec![EMPTY; size];
        self.layout_changed();
        let mask = size - 1;
        for (idx, e) in self.entries.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            self.indices[i] = idx as u32;
        }
    }

    /// Entry slots in order, including deleted ones (key NULL): iterate by position.
    pub fn slot_count(&self) -> usize {
        self.entries.len()
    }
    pub fn slot(&self, i: usize) -> Option<Entry> {
        self.entries.get(i).copied()
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = Entry> + '_ {
        self.entries.iter().copied().filter(|e| !e.key.is_null())
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value).collect()
    }
}

#[repr(C)]
pub struct DictObj {
    pub header: Header,
    pub table: RefCell<DictTable>,
}

impl DictObj {
    pub fn new(table: DictTable) -> DictObj {
        DictObj {
            header: Header::new(),
            table: RefCell::new(table),
        }
    }
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Trace for DictObj {
    fn trace(&self, m: &mut Marker) {
        for e in self.table.borrow().entries.iter() {
            m.mark(e.key);
            m.mark(e.value);
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// `dict.keys()`, `.values()`, `.items()`: live views of a dict.
#[repr(C)]
pub struct DictViewObj {
    pub header: Header,
    pub dict: Value,
    pub kind: ViewKind,
}

impl Trace for DictViewObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.dict);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eq(a: Value, b: Value) -> Result<bool, ()> {
        Ok(a == b)
    }

    #[test]
    fn insert_get_remove_keep_order() {
        let mut t = DictTable::new();
        for i in 0..1000i64 {
            t.insert(Value::small_int(i), i % 7, Value::small_int(i * 2), &mut eq)
                .unwrap();
        }
        assert_eq!(t.len(), 1000);
        for i in (0..1000i64).step_by(2) {
            assert!(t
                .remove(Value::small_int(i), i % 7, &mut eq)
                .unwrap()
                .is_some());
        }
        assert_eq!(t.len(), 500);
        for i in 0..1000i64 {
            let got = t.get(Value::small_int(i), i % 7, &mut eq).unwrap();
            assert_eq!(
                got,
                if i % 2 == 1 {
                    Some(Value::small_int(i * 2))
                } else {
                    None
                }
            );
        }
        let keys: Vec<i64> = t.keys().iter().map(|k| k.as_small_int()).collect();
        assert_eq!(keys, (0..1000).filter(|i| i % 2 == 1).collect::<Vec<_>>());
        // Re-inserting a deleted key appends it at the end.
        t.insert(Value::small_int(0), 0, Value::NONE, &mut eq)
            .unwrap();
        assert_eq!(t.keys().last().unwrap().as_small_int(), 0);
        assert_eq!(t.pop_last().unwrap().key, Value::small_int(0));
        assert_eq!(t.len(), 500);
    }
}

//! Dict and set operations through Python hashing and equality, and `in`.

use crate::runtime::bytecode::BinaryOp;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// Key equality for hash tables, for the builtin key types (numbers, str, tuples of them,
/// frozensets, None, bools), which never run Python code. Other objects compare by identity,
/// which is what their default `__eq__` does.
pub fn key_eq(a: Value, b: Value) -> Result<bool, PyErr> {
    Ok(key_eq_inner(a, b))
}

fn key_eq_inner(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    if let (Some(x), Some(y)) = (a.get::<StrObj>(), b.get::<StrObj>()) {
        return x.as_str() == y.as_str();
    }
    if let (Some(x), Some(y)) = (Vm::num_of(a), Vm::num_of(b)) {
        return super::compare::num_cmp(x, y) == Some(std::cmp::Ordering::Equal);
    }
    if let (Some(x), Some(y)) = (a.get::<TupleObj>(), b.get::<TupleObj>()) {
        return x.items.len() == y.items.len()
            && x.items
                .iter()
                .zip(y.items.iter())
                .all(|(&p, &q)| key_eq_inner(p, q));
    }
    if let (Some(x), Some(y)) = (a.get::<SetObj>(), b.get::<SetObj>()) {
        let (tx, ty) = (x.table.borrow(), y.table.borrow());
        return tx.len() == ty.len()
            && tx.iter_with_hash().all(|(k, h)| {
                ty.contains(k, h, &mut |p, q| Ok::<bool, ()>(key_eq_inner(p, q)))
                    .unwrap_or(false)
            });
    }
    false
}

impl Vm {
    /// Key equality in hash tables: the builtin fast path, then a user `__eq__`.
    pub fn table_key_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if key_eq_inner(a, b) {
            return Ok(true);
        }
        if self.is_user_object(a) || self.is_user_object(b) {
            // The caller holds a borrow of the hash table; a collection now would need to
            // trace that table, so collections wait until the user __eq__ returns.
            self.gc_inhibit += 1;
            let r = self.compare_user(a, b, crate::runtime::bytecode::CompareOp::Eq);
            self.gc_inhibit -= 1;
            return r;
        }
        Ok(false)
    }

    pub fn dict_get(&mut self, dict: Value, key: Value) -> PyResult<Option<Value>> {
        let Some(d) = dict.get::<DictObj>() else {
            return self.mapping_get(dict, key);
        };
        let hash = self.hash(key)?;
        let r = d
            .table
            .borrow()
            .get(key, hash, &mut |a, b| self.table_key_eq(a, b));
        r
    }

    pub fn dict_set(&mut self, dict: Value, key: Value, value: Value) -> PyResult<()> {
        let Some(d) = dict.get::<DictObj>() else {
            // A namespace that is not a dict (from a metaclass's __prepare__, or exec()).
            return self.set_item(dict, key, value);
        };
        let hash = self.hash(key)?;
        let r = d
            .table
            .borrow_mut()
            .insert(key, hash, value, &mut |a, b| self.table_key_eq(a, b));
        r
    }

    /// Remove `key`; its value if it was present.
    pub fn dict_del(&mut self, dict: Value, key: Value) -> PyResult<Option<Value>> {
        let Some(d) = dict.get::<DictObj>() else {
            let old = self.mapping_get(dict, key)?;
            if old.is_some() {
                self.del_item(dict, key)?;
            }
            return Ok(old);
        };
        let hash = self.hash(key)?;
        let r = d
            .table
            .borrow_mut()
            .remove(key, hash, &mut |a, b| self.table_key_eq(a, b))?;
        Ok(r.map(|e| e.value))
    }

    /// `mapping[key]` for a namespace that is not a dict; None when it raises KeyError.
    pub fn mapping_get(&mut self, mapping: Value, key: Value) -> PyResult<Option<Value>> {
        match self.get_item(mapping, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_is(e.0, crate::runtime::vm::types::ExcName::KeyError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `dict.update(other)` / `{**other}`; with `strict`, a repeated key is a TypeError
    /// (keyword arguments `f(**a, **b)`).
    pub fn dict_merge(&mut self, dict: Value, other: Value, strict: bool) -> PyResult<()> {
        let other = Vm::unwrap_base(other);
        let pairs: Vec<(Value, Value)> = if let Some(o) = other.get::<DictObj>() {
            o.table.borrow().iter().map(|e| (e.key, e.value)).collect()
        } else if self.is_user_object(other) && self.user_special(other, "keys").is_some() {
            // A mapping: its keys(), then other[key] for each.
            return self.merge_mapping(dict, other, strict);
        } else {
            let tn = self.type_name(other);
            if strict {
                return Err(
                    self.type_error(format!("argument after ** must be a mapping, not {tn}"))
                );
            }
            return Err(self.type_error(format!("'{tn}' object is not a mapping")));
        };
        for (k, v) in pairs {
            if strict && self.dict_get(dict, k)?.is_some() {
                let ks = self.to_str(k)?;
                return Err(
                    self.type_error(format!("got multiple values for keyword argument '{ks}'"))
                );
            }
            self.dict_set(dict, k, v)?;
        }
        Ok(())
    }

    /// `dict_merge` from any object with `keys()` and `__getitem__`.
    fn merge_mapping(&mut self, dict: Value, other: Value, strict: bool) -> PyResult<()> {
        let mark = self.roots_mark();
        self.root(dict);
        self.root(other);
        let r = (|| {
            let keys_fn = self.get_attr_str(other, "keys")?;
            let keys = self.call_value(keys_fn, &[])?;
            self.root(keys);
            let keys = self.collect_iter(keys)?;
            for &k in &keys {
                self.root(k);
            }
            for k in keys {
                let v = self.get_item(other, k)?;
                if strict && self.dict_get(dict, k)?.is_some() {
                    let ks = self.to_str(k)?;
                    return Err(
                        self.type_error(format!("got multiple values for keyword argument '{ks}'"))
                    );
                }
                self.dict_set(dict, k, v)?;
            }
            Ok(())
        })();
        self.unroot_to(mark);
        r
    }

    /// Add to a set; whether it was new.
    pub fn set_add(&mut self, set: Value, key: Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        let s = set.get::<SetObj>().expect("set_add on a set");
        let r = s
            .table
            .borrow_mut()
            .add(key, hash, &mut |a, b| self.table_key_eq(a, b));
        r
    }

    pub fn set_contains(&mut self, set: Value, key: Value) -> PyResult<bool> {
        let hash = match self.hash(key) {
            Ok(h) => h,
            // `[1] in {…}`: unhashable keys are a TypeError in CPython too.
            Err(e) => return Err(e),
        };
        let s = set.get::<SetObj>().expect("set_contains on a set");
        let r = s
            .table
            .borrow()
            .contains(key, hash, &mut |a, b| self.table_key_eq(a, b));
        r
    }

    pub fn set_discard(&mut self, set: Value, key: Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        let s = set.get::<SetObj>().expect("set_discard on a set");
        let r = s
            .table
            .borrow_mut()
            .discard(key, hash, &mut |a, b| self.table_key_eq(a, b));
        r
    }

    /// `set |= iterable`, in CPython's insertion order (see `builtins::set_methods`).
    pub fn set_update(&mut self, set: Value, other: Value) -> PyResult<()> {
        crate::runtime::builtins::set_methods::update_internal(self, set, other)
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for sets, building results in CPython's order.
    pub fn set_algebra(&mut self, a: Value, b: Value, op: BinaryOp) -> PyResult<Value> {
        use crate::runtime::builtins::set_methods as sm;
        match op {
            BinaryOp::Or => sm::set_union(self, a, b),
            BinaryOp::And => sm::set_intersection(self, a, b),
            BinaryOp::Sub => sm::set_difference(self, a, b),
            _ => sm::set_symmetric_difference(self, a, b),
        }
    }

    /// `item in container`
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if self.is_user_object(container) {
            if let Some(r) = self.call_user_special(container, "__contains__", &[item])? {
                return self.truthy(r);
            }
            let base = Vm::unwrap_base(container);
            if base != container && self.user_special(container, "__iter__").is_none() {
                return self.contains(base, item);
            }
        }
        if let Some(l) = container.get::<ListObj>() {
            // By index, re-reading the list each step: `==` may run Python code that
            // changes it (no borrow is held across the call, and nothing is copied).
            let mut i = 0;
            while let Some(x) = l.get(i) {
                if self.eq_elem(x, item)? {
                    return Ok(true);
                }
                i += 1;
            }
            return Ok(false);
        }
        if let Some(t) = container.get::<TupleObj>() {
            for &x in t.items.iter() {
                if self.eq_elem(x, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(s) = container.get::<StrObj>() {
            return match item.get::<StrObj>() {
                Some(sub) => Ok(s.as_str().contains(sub.as_str())),
                None => {
                    let tn = self.type_name(item);
                    Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {tn}"
                    )))
                }
            };
        }
        if container.is::<DictObj>() {
            return Ok(self.dict_get(container, item)?.is_some());
        }
        if container.is::<SetObj>() {
            return self.set_contains(container, item);
        }
        if let Some(r) = container.get::<RangeObj>() {
            if let Some(i) = self.to_bigint(item).and_then(|b| i128::try_from(b).ok()) {
                let (start, stop, step) = (r.start, r.stop, r.step);
                let inside = if step > 0 {
                    i >= start && i < stop
                } else {
                    i <= start && i > stop
                };
                return Ok(inside && (i - start) % step == 0);
            }
        }
        if let Some(dv) = container.get::<DictViewObj>() {
            match dv.kind {
                ViewKind::Keys => return Ok(self.dict_get(dv.dict, item)?.is_some()),
                ViewKind::Items => {
                    if let Some(t) = item.get::<TupleObj>() {
                        if t.items.len() == 2 {
                            return match self.dict_get(dv.dict, t.items[0])? {
                                Some(v) => self.eq_elem(v, t.items[1]),
                                None => Ok(false),
                            };
                        }
                    }
                    return Ok(false);
                }
                ViewKind::Values => {}
            }
        }
        if self.is_iterable(container) {
            let it = self.get_iter(container)?;
            let mark = self.root(it);
            let r = (|| {
                while let Some(x) = self.iter_next(it)? {
                    if self.eq_elem(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            })();
            self.unroot_to(mark);
            return r;
        }
        let tn = self.type_name(container);
        Err(self.type_error(format!("argument of type '{tn}' is not iterable")))
    }
}

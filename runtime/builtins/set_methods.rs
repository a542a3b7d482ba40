//! The methods of `set` and `frozenset`, and the set algebra the `| & - ^` operators share.
//!
//! Programs print sets, so the iteration order of every result must be CPython's. That order
//! depends on the table size and on the order in which keys were inserted, so each operation
//! below builds its result exactly as `Objects/setobject.c` does: which operand is copied,
//! which one is iterated, when the table is resized.

use super::common::*;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let shared: &[(&'static str, BuiltinFn)] = &[
        ("copy", set_copy),
        ("union", set_union_method),
        ("intersection", set_intersection_method),
        ("difference", set_difference_method),
        ("symmetric_difference", set_symmetric_difference_method),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
    ];
    let (set, frozenset) = (vm.t.set, vm.t.frozenset);
    add_methods(vm, set, "set", shared);
    add_methods(vm, frozenset, "frozenset", shared);
    add_methods(
        vm,
        set,
        "set",
        &[
            ("add", set_add_method),
            ("discard", set_discard_method),
            ("remove", set_remove),
            ("pop", set_pop),
            ("clear", set_clear),
            ("update", set_update_method),
            ("intersection_update", set_intersection_update),
            ("difference_update", set_difference_update_method),
            (
                "symmetric_difference_update",
                set_symmetric_difference_update_method,
            ),
        ],
    );
}

// ---- receivers ------------------------------------------------------------------------------

fn owner_name(s: &SetObj) -> &'static str {
    if s.frozen {
        "frozenset"
    } else {
        "set"
    }
}

/// A set or frozenset receiver (for the methods both types have).
fn this_any<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(Value, &'static SetObj, &'a [Value])> {
    let (recv, rest) = split_receiver(vm, args, "set", name)?;
    match recv.get::<SetObj>() {
        Some(s) => Ok((recv, s, rest)),
        None => Err(wrong_receiver(vm, "set", name, recv)),
    }
}

/// A mutable set receiver.
fn this_mut<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(Value, &'static SetObj, &'a [Value])> {
    let (recv, rest) = split_receiver(vm, args, "set", name)?;
    match recv.get::<SetObj>() {
        Some(s) if !s.frozen => Ok((recv, s, rest)),
        _ => Err(wrong_receiver(vm, "set", name, recv)),
    }
}

fn set_of(v: Value) -> Option<&'static SetObj> {
    v.get::<SetObj>()
}

fn is_frozen(v: Value) -> bool {
    set_of(v).map(|s| s.frozen).unwrap_or(false)
}

fn set_len(v: Value) -> usize {
    set_of(v).map(|s| s.len()).unwrap_or(0)
}

/// The keys of a set in iteration order, copied (so no borrow is held while Python runs) and
/// rooted until the caller's `unroot_to` (comparisons may run code that removes them from the
/// set).
fn keys_of(vm: &mut Vm, v: Value) -> Vec<Value> {
    let keys: Vec<Value> = set_of(v)
        .map(|s| s.table.borrow().iter().collect())
        .unwrap_or_default();
    vm.roots.extend_from_slice(&keys);
    keys
}

// ---- the building blocks of setobject.c -----------------------------------------------------

/// `make_new_set_basetype(type(so), NULL)`: an empty set of the same kind, rooted until the
/// caller's `unroot_to`.
fn new_empty_like(vm: &mut Vm, like: Value) -> Value {
    let s = vm.new_set(SetTable::new(), is_frozen(like));
    vm.root(s);
    s
}

/// `set_update_internal(so, other)`: add every element of `other` to the set `so`.
pub fn update_internal(vm: &mut Vm, so: Value, other: Value) -> PyResult<()> {
    let target = match set_of(so) {
        Some(t) => t,
        None => return Ok(()),
    };
    if let Some(o) = set_of(other) {
        if so == other || o.is_empty() {
            return Ok(());
        }
        if target.is_empty() {
            // `set_merge` into a set without live keys: CPython's table copy or clean inserts.
            // Identity comparisons suffice, as the keys of `other` are distinct.
            target.table.borrow_mut().merge_from(&o.table.borrow());
            return Ok(());
        }
        // `set_merge` into a non-empty set: make room once, then add with full equality.
        target.table.borrow_mut().reserve_for_dict(o.len());
        let mark = vm.roots_mark();
        let r = (|| {
            for k in keys_of(vm, other) {
                vm.set_add(so, k)?;
            }
            Ok(())
        })();
        vm.unroot_to(mark);
        return r;
    }
    if let Some(d) = other.get::<DictObj>() {
        let keys = d.table.borrow().keys();
        target.table.borrow_mut().reserve_for_dict(keys.len());
        let mark = vm.roots_mark();
        vm.roots.extend_from_slice(&keys);
        let r = (|| {
            for k in keys {
                vm.set_add(so, k)?;
            }
            Ok(())
        })();
        vm.unroot_to(mark);
        return r;
    }
    let mark = vm.roots_mark();
    let r = (|| {
        let it = rooted_iter(vm, other)?;
        let slot = vm.root(Value::NULL);
        while let Some(k) = vm.iter_next(it)? {
            vm.roots[slot] = k;
            vm.set_add(so, k)?;
        }
        Ok(())
    })();
    vm.unroot_to(mark);
    r
}

/// `set(iterable)` / `frozenset(iterable)` built the CPython way.
pub fn new_set_from(vm: &mut Vm, iterable: Option<Value>, frozen: bool) -> PyResult<Value> {
    let s = vm.new_set(SetTable::new(), frozen);
    if let Some(it) = iterable {
        let mark = vm.roots_mark();
        vm.root(s);
        let r = update_internal(vm, s, it);
        vm.unroot_to(mark);
        r?;
    }
    Ok(s)
}

/// `set_copy`: a new set of the same kind with the same keys (and CPython's table layout).
fn copy_of(vm: &mut Vm, so: Value) -> Value {
    let table = set_of(so).map(|s| {
        let mut t = SetTable::new();
        t.merge_from(&s.table.borrow());
        t
    });
    vm.new_set(table.unwrap_or_default(), is_frozen(so))
}

/// Remove `key` if present; whether it was.
fn discard(vm: &mut Vm, so: Value, key: Value) -> PyResult<bool> {
    vm.set_discard(so, key)
}

/// After many deletions CPython rebuilds the table (`set_difference_update_internal`): when
/// more than a quarter of the slots are dummies it resizes to `used*4` (`used*2` if large).
/// `deleted` counts the dummies this operation made.
fn shrink_after_deletions(so: Value, deleted: usize) {
    let s = match set_of(so) {
        Some(s) => s,
        None => return,
    };
    let mut t = s.table.borrow_mut();
    let mask = t.slot_count() - 1;
    if deleted <= mask / 4 {
        return;
    }
    let used = t.len();
    let minused = if used > 50000 { used * 2 } else { used * 4 };
    *t = resized(&t, minused);
}

/// `set_table_resize(so, minused)` through the public table API: a fresh table whose size is
/// the smallest power of two above `minused`, then the keys re-inserted in table order.
/// (`reserve_for_dict(n)` on an empty table resizes to fit `2n`, so `n = size/2 - 1` lands on
/// the same size; sizes of 8 need no reservation.)
fn resized(old: &SetTable, minused: usize) -> SetTable {
    let mut size = 8;
    while size <= minused {
        size <<= 1;
    }
    let mut t = SetTable::new();
    if size > 8 {
        t.reserve_for_dict(size / 2 - 1);
    }
    t.merge_from(old);
    t
}

// ---- the algebra (also used by the operators) -----------------------------------------------

/// `so | other`, `so.union(other)`.
pub fn set_union(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let mark = vm.roots_mark();
    let result = copy_of(vm, so);
    vm.root(result);
    let r = update_internal(vm, result, other);
    vm.unroot_to(mark);
    r.map(|_| result)
}

/// `so & other`, `so.intersection(other)`: iterate the smaller set, keep what the larger has.
pub fn set_intersection(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    if so == other {
        return Ok(copy_of(vm, so));
    }
    let mark = vm.roots_mark();
    let r = (|| {
        let result = new_empty_like(vm, so);
        if set_of(other).is_some() {
            let (small, large) = if set_len(other) > set_len(so) {
                (so, other)
            } else {
                (other, so)
            };
            for k in keys_of(vm, small) {
                if vm.set_contains(large, k)? {
                    vm.set_add(result, k)?;
                }
            }
            return Ok(result);
        }
        let it = rooted_iter(vm, other)?;
        let slot = vm.root(Value::NULL);
        while let Some(k) = vm.iter_next(it)? {
            vm.roots[slot] = k;
            if vm.set_contains(so, k)? {
                vm.set_add(result, k)?;
            }
        }
        Ok(result)
    })();
    vm.unroot_to(mark);
    r
}

/// `set_difference_update_internal(so, other)`: discard every element of `other`.
fn difference_update_internal(vm: &mut Vm, so: Value, other: Value) -> PyResult<()> {
    if so == other {
        if let Some(s) = set_of(so) {
            let old = std::mem::take(&mut *s.table.borrow_mut());
            drop(old);
        }
        return Ok(());
    }
    let mut deleted = 0;
    let mark = vm.roots_mark();
    let r = (|| {
        if set_of(other).is_some() {
            for k in keys_of(vm, other) {
                if discard(vm, so, k)? {
                    deleted += 1;
                }
            }
            return Ok(());
        }
        let it = rooted_iter(vm, other)?;
        let slot = vm.root(Value::NULL);
        while let Some(k) = vm.iter_next(it)? {
            vm.roots[slot] = k;
            if discard(vm, so, k)? {
                deleted += 1;
            }
        }
        Ok(())
    })();
    vm.unroot_to(mark);
    r?;
    shrink_after_deletions(so, deleted);
    Ok(())
}

/// `so - other`, `so.difference(other)`.
pub fn set_difference(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let other_size = if let Some(o) = set_of(other) {
        o.len()
    } else if let Some(d) = other.get::<DictObj>() {
        d.len()
    } else {
        return copy_and_difference(vm, so, other);
    };
    // A much larger `so` is copied and then thinned out; otherwise its keys are filtered.
    if (set_len(so) >> 2) > other_size {
        return copy_and_difference(vm, so, other);
    }
    let mark = vm.roots_mark();
    let r = (|| {
        let result = new_empty_like(vm, so);
        let is_dict = other.is::<DictObj>();
        for k in keys_of(vm, so) {
            let present = if is_dict {
                vm.dict_get(other, k)?.is_some()
            } else {
                vm.set_contains(other, k)?
            };
            if !present {
                vm.set_add(result, k)?;
            }
        }
        Ok(result)
    })();
    vm.unroot_to(mark);
    r
}

fn copy_and_difference(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let mark = vm.roots_mark();
    let result = copy_of(vm, so);
    vm.root(result);
    let r = difference_update_internal(vm, result, other);
    vm.unroot_to(mark);
    r.map(|_| result)
}

/// `set_symmetric_difference_update(so, other)`: toggle each element of `other` (deduplicated
/// first when it is not a set).
fn symmetric_difference_update_internal(vm: &mut Vm, so: Value, other: Value) -> PyResult<()> {
    if so == other {
        if let Some(s) = set_of(so) {
            let old = std::mem::take(&mut *s.table.borrow_mut());
            drop(old);
        }
        return Ok(());
    }
    let mark = vm.roots_mark();
    let r = (|| {
        let keys = if let Some(d) = other.get::<DictObj>() {
            d.table.borrow().keys()
        } else if set_of(other).is_some() {
            keys_of(vm, other)
        } else {
            let tmp = new_set_from(vm, Some(other), is_frozen(so))?;
            vm.root(tmp);
            keys_of(vm, tmp)
        };
        vm.roots.extend_from_slice(&keys);
        for k in keys {
            if !discard(vm, so, k)? {
                vm.set_add(so, k)?;
            }
        }
        Ok(())
    })();
    vm.unroot_to(mark);
    r
}

/// `so ^ other`, `so.symmetric_difference(other)`: copy `other`, then toggle the keys of `so`.
pub fn set_symmetric_difference(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let mark = vm.roots_mark();
    let r = (|| {
        let result = new_empty_like(vm, so);
        update_internal(vm, result, other)?;
        symmetric_difference_update_internal(vm, result, so)?;
        Ok(result)
    })();
    vm.unroot_to(mark);
    r
}

// ---- methods --------------------------------------------------------------------------------

fn set_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (so, s, rest) = this_any(vm, &args, "copy")?;
    no_args(vm, &args, rest, &format!("{}.copy", owner_name(s)))?;
    if s.frozen {
        return Ok(so);
    }
    Ok(copy_of(vm, so))
}

/// `union`/`intersection`/`difference` with any number of arguments: fold left.
fn multi(
    vm: &mut Vm,
    args: Args,
    name: &str,
    op: fn(&mut Vm, Value, Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let (so, s, rest) = this_any(vm, &args, name)?;
    no_kwargs(vm, &args, &format!("{}.{name}", owner_name(s)))?;
    if rest.is_empty() {
        return Ok(copy_of(vm, so));
    }
    let mark = vm.roots_mark();
    let r = (|| {
        let mut result = so;
        for &other in rest {
            result = op(vm, result, other)?;
            vm.root(result);
        }
        Ok(result)
    })();
    vm.unroot_to(mark);
    r
}

fn set_union_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (so, s, rest) = this_any(vm, &args, "union")?;
    no_kwargs(vm, &args, &format!("{}.union", owner_name(s)))?;
    // `set_union`: one copy of `so`, then every argument merged into it.
    let mark = vm.roots_mark();
    let result = copy_of(vm, so);
    vm.root(result);
    let r = (|| {
        for &other in rest {
            update_internal(vm, result, other)?;
        }
        Ok(result)
    })();
    vm.unroot_to(mark);
    r
}

fn set_intersection_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, "intersection", set_intersection)
}

fn set_difference_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // `set_difference_multi`: the first argument as `so - other`, the rest discarded in place.
    let (so, s, rest) = this_any(vm, &args, "difference")?;
    no_kwargs(vm, &args, &format!("{}.difference", owner_name(s)))?;
    if rest.is_empty() {
        return Ok(copy_of(vm, so));
    }
    let mark = vm.roots_mark();
    let r = (|| {
        let result = set_difference(vm, so, rest[0])?;
        vm.root(result);
        for &other in &rest[1..] {
            difference_update_internal(vm, result, other)?;
        }
        Ok(result)
    })();
    vm.unroot_to(mark);
    r
}

fn set_symmetric_difference_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (so, s, rest) = this_any(vm, &args, "symmetric_difference")?;
    let other = one_arg(
        vm,
        &args,
        rest,
        &format!("{}.symmetric_difference", owner_name(s)),
    )?;
    set_symmetric_difference(vm, so, other)
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (so, s, rest) = this_any(vm, &args, "issubset")?;
    let other = one_arg(vm, &args, rest, &format!("{}.issubset", owner_name(s)))?;
    let mark = vm.roots_mark();
    let r = (|| {
        let other = if set_of(other).is_some() {
            other
        } else {
            let tmp = new_set_from(vm, Some(other), false)?;
            vm.root(tmp);
            tmp
        };
        if set_len(so) > set_len(other) {
            return Ok(false);
        }
        for k in keys_of(vm, so) {
            if !vm.set_contains(other, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    })();
    vm.unroot_to(mark);
    r.map(Value::bool)
}

fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (so, s, rest) = this_any(vm, &args, "issuperset")?;
    let other = one_arg(vm, &args, rest, &format!("{}.issuperset", owner_name(s)))?;
    let mark = vm.roots_mark();
    let r = (|| {
        if set_of(other).is_some() {
            if set_len(other) > set_len(so) {
                return Ok(false);
            }
            for k in keys_of(vm, other) {
                if !vm.set_contains(so, k)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        let it = rooted_iter(vm, other)?;
        let slot = vm.root(Value::NULL);
        while let Some(k) = vm.iter_next(it)? {
            vm.roots[slot] = k;
            if !vm.set_contains(so, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    })();
    vm.unroot_to(mark);
    r.map(Value::bool)
}

fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (so, s, rest) = this_any(vm, &args, "isdisjoint")?;
    let other = one_arg(vm, &args, rest, &format!("{}.isdisjoint", owner_name(s)))?;
    if so == other {
        return Ok(Value::bool(set_len(so) == 0));
    }
    let mark = vm.roots_mark();
    let r = (|| {
        if set_of(other).is_some() {
            let (small, large) = if set_len(other) > set_len(so) {
                (so, other)
            } else {
                (other, so)
            };
            for k in keys_of(vm, small) {
                if vm.set_contains(large, k)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        let it = rooted_iter(vm, other)?;
        let slot = vm.root(Value::NULL);
        while let Some(k) = vm.iter_next(it)? {
            vm.roots[slot] = k;
            if vm.set_contains(so, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    })();
    vm.unroot_to(mark);
    r.map(Value::bool)
}

fn set_add_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (so, _, rest) = this_mut(vm, &args, "add")?;
    let key = one_arg(vm, &args, rest, "set.add")?;
    vm.set_add(so, key)?;
    Ok(Value::NONE)
}

fn set_discard_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (so, _, rest) = this_mut(vm, &args, "discard")?;
    let key = one_arg(vm, &args, rest, "set.discard")?;
    discard(vm, so, key)?;
    Ok(Value::NONE)
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (so, _, rest) = this_mut(vm, &args, "remove")?;
    let key = one_arg(vm, &args, rest, "set.remove")?;
    if !discard(vm, so, key)? {
        return Err(vm.key_error(key));
    }
    Ok(Value::NONE)
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this_mut(vm, &args, "pop")?;
    no_args(vm, &args, rest, "set.pop")?;
    let popped = s.table.borrow_mut().pop();
    match popped {
        Some(k) => Ok(k),
        None => {
            let msg = vm.new_str("pop from an empty set");
            Err(vm.key_error(msg))
        }
    }
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this_mut(vm, &args, "clear")?;
    no_args(vm, &args, rest, "set.clear")?;
    let old = std::mem::take(&mut *s.table.borrow_mut());
    drop(old);
    Ok(Value::NONE)
}

fn set_update_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (so, _, rest) = this_mut(vm, &args, "update")?;
    no_kwargs(vm, &args, "set.update")?;
    for &other in rest {
        update_internal(vm, so, other)?;
    }
    Ok(Value::NONE)
}

/// Replace the table of `so` with that of `result` (CPython's `set_swap_bodies`).
fn take_table_from(so: Value, result: Value) {
    if let (Some(s), Some(r)) = (set_of(so), set_of(result)) {
        let table = std::mem::take(&mut *r.table.borrow_mut());
        *s.table.borrow_mut() = table;
    }
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (so, _, rest) = this_mut(vm, &args, "intersection_update")?;
    no_kwargs(vm, &args, "set.intersection_update")?;
    let mark = vm.roots_mark();
    let r = (|| {
        let mut result = so;
        if rest.is_empty() {
            result = copy_of(vm, so);
        }
        for &other in rest {
            result = set_intersection(vm, result, other)?;
            vm.root(result);
        }
        Ok(result)
    })();
    vm.unroot_to(mark);
    let result = r?;
    if result != so {
        take_table_from(so, result);
    }
    Ok(Value::NONE)
}

fn set_difference_update_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (so, _, rest) = this_mut(vm, &args, "difference_update")?;
    no_kwargs(vm, &args, "set.difference_update")?;
    for &other in rest {
        difference_update_internal(vm, so, other)?;
    }
    Ok(Value::NONE)
}

fn set_symmetric_difference_update_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (so, _, rest) = this_mut(vm, &args, "symmetric_difference_update")?;
    let other = one_arg(vm, &args, rest, "set.symmetric_difference_update")?;
    symmetric_difference_update_internal(vm, so, other)?;
    Ok(Value::NONE)
}

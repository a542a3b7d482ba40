//! The methods of `list`. Element comparisons can run Python code that mutates the list, so
//! loops re-read the list at every step (as CPython does) instead of holding a borrow.

use super::common::*;
use super::sort;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyResult, Vm};
use num_traits::Zero;

pub fn install(vm: &mut Vm) {
    let ty = vm.t.list;
    add_methods(
        vm,
        ty,
        "list",
        &[
            ("append", list_append),
            ("extend", list_extend),
            ("insert", list_insert),
            ("pop", list_pop),
            ("remove", list_remove),
            ("index", list_index),
            ("count", list_count),
            ("sort", list_sort),
            ("reverse", list_reverse),
            ("copy", list_copy),
            ("clear", list_clear),
        ],
    );
}

/// The list receiver of `list.<name>` and the other arguments.
fn this<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(&'static ListObj, &'a [Value])> {
    let (recv, rest) = split_receiver(vm, args, "list", name)?;
    match recv.get::<ListObj>() {
        Some(l) => Ok((l, rest)),
        None => Err(wrong_receiver(vm, "list", name, recv)),
    }
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = this(vm, &args, "append")?;
    let x = one_arg(vm, &args, rest, "list.append")?;
    l.items.borrow_mut().push(x);
    Ok(Value::NONE)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = this(vm, &args, "extend")?;
    let iterable = one_arg(vm, &args, rest, "list.extend")?;
    // Copy first: `l.extend(l)` must see the list as it was.
    let items = if let Some(other) = iterable.get::<ListObj>() {
        other.to_vec()
    } else if let Some(t) = iterable.get::<TupleObj>() {
        t.items.to_vec()
    } else {
        vm.collect_iter(iterable)?
    };
    l.items.borrow_mut().extend_from_slice(&items);
    Ok(Value::NONE)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = this(vm, &args, "insert")?;
    no_kwargs(vm, &args, "list.insert")?;
    count_clinic(vm, rest.len(), "insert", 2, 2)?;
    let i = index_isize(vm, rest[0])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, rest[1]);
    Ok(Value::NONE)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = this(vm, &args, "pop")?;
    no_kwargs(vm, &args, "list.pop")?;
    count_clinic(vm, rest.len(), "pop", 0, 1)?;
    let i = match rest.first() {
        Some(&v) => index_isize(vm, v)?,
        None => -1,
    };
    let n = l.len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.items.borrow_mut().remove(at as usize))
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = this(vm, &args, "remove")?;
    let x = one_arg(vm, &args, rest, "list.remove")?;
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if vm.eq_elem(item, x)? {
            // The comparison may have changed the list: remove only if `item` is still there.
            let mut items = l.items.borrow_mut();
            if items.get(i) == Some(&item) {
                items.remove(i);
            }
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

/// Resolve `start`/`stop` of `index()` against a length, as CPython's `list.index`.
pub fn index_bounds(vm: &mut Vm, rest: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let mut start = match rest.get(1) {
        Some(&v) => seq_index_bound(vm, v)?,
        None => 0,
    };
    let mut stop = match rest.get(2) {
        Some(&v) => seq_index_bound(vm, v)?,
        None => i64::MAX,
    };
    if start < 0 {
        start = (start + n).max(0);
    }
    if stop < 0 {
        stop = (stop + n).max(0);
    }
    Ok((start as usize, stop as usize))
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = this(vm, &args, "index")?;
    no_kwargs(vm, &args, "list.index")?;
    count_clinic(vm, rest.len(), "index", 1, 3)?;
    let x = rest[0];
    let (start, stop) = index_bounds(vm, rest, l.len())?;
    let mut i = start;
    while i < stop {
        let item = match l.get(i) {
            Some(v) => v,
            None => break,
        };
        if vm.eq_elem(item, x)? {
            return Ok(vm.new_int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr(x)?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = this(vm, &args, "count")?;
    let x = one_arg(vm, &args, rest, "list.count")?;
    let mut count = 0;
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if vm.eq_elem(item, x)? {
            count += 1;
        }
        i += 1;
    }
    Ok(vm.new_int(count))
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = this(vm, &args, "sort")?;
    if !rest.is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_keywords(vm, &args)?;
    let _ = l;
    sort_list(vm, args.pos()[0], key, reverse)?;
    Ok(Value::NONE)
}

/// `list.sort(key=key, reverse=reverse)` on the list `list` (also used by `sorted`).
pub fn sort_list(
    vm: &mut Vm,
    list: Value,
    key: Option<Value>,
    reverse: Option<Value>,
) -> PyResult<()> {
    let l = match list.get::<ListObj>() {
        Some(l) => l,
        None => return Ok(()),
    };
    // `reverse` is converted like a C int: any int-like works, None and floats do not.
    let reverse = match reverse {
        Some(r) => !index_bigint(vm, r)?.is_zero(),
        None => false,
    };
    let key = key.filter(|k| !k.is_none());
    // As in CPython the list is empty while it is being sorted, so key functions and
    // comparisons that look at it see it empty and mutations are detected afterwards.
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let mark = vm.roots_mark();
    vm.roots.extend_from_slice(&items);
    let result = sort_items(vm, &mut items, key, reverse);
    vm.unroot_to(mark);
    let modified = !l.items.borrow().is_empty();
    *l.items.borrow_mut() = items;
    if modified && result.is_ok() {
        return Err(vm.value_error("list modified during sort"));
    }
    result
}

/// Compute the keys (rooted by the caller's mark), then sort.
fn sort_items(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    match key {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for &item in items.iter() {
                let k = vm.call_value(f, &[item])?;
                vm.root(k);
                keys.push(k);
            }
            sort::sort_values(vm, items, Some(&keys), reverse)
        }
        None => sort::sort_values(vm, items, None, reverse),
    }
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = this(vm, &args, "reverse")?;
    no_args(vm, &args, rest, "list.reverse")?;
    l.items.borrow_mut().reverse();
    Ok(Value::NONE)
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = this(vm, &args, "copy")?;
    no_args(vm, &args, rest, "list.copy")?;
    let items = l.to_vec();
    Ok(vm.new_list(items))
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = this(vm, &args, "clear")?;
    no_args(vm, &args, rest, "list.clear")?;
    // Take the items out before dropping them, so no borrow is held while they go.
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop(old);
    Ok(Value::NONE)
}

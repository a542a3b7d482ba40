//! The methods of `dict`, and `dict.update`'s merge logic (shared with the `dict()`
//! constructor).

use super::common::*;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{Args, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let ty = vm.t.dict;
    add_methods(
        vm,
        ty,
        "dict",
        &[
            ("get", dict_get),
            ("setdefault", dict_setdefault),
            ("pop", dict_pop),
            ("popitem", dict_popitem),
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("update", dict_update),
            ("copy", dict_copy),
            ("clear", dict_clear),
        ],
    );
    add_descriptor(
        vm,
        ty,
        "dict",
        "fromkeys",
        dict_fromkeys,
        DescriptorKind::ClassMethod,
    );
}

fn this<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(Value, &'static DictObj, &'a [Value])> {
    let (recv, rest) = split_receiver(vm, args, "dict", name)?;
    match recv.get::<DictObj>() {
        Some(d) => Ok((recv, d, rest)),
        None => Err(wrong_receiver(vm, "dict", name, recv)),
    }
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _, rest) = this(vm, &args, "get")?;
    no_kwargs(vm, &args, "dict.get")?;
    count_clinic(vm, rest.len(), "get", 1, 2)?;
    let default = rest.get(1).copied().unwrap_or(Value::NONE);
    Ok(vm.dict_get(d, rest[0])?.unwrap_or(default))
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _, rest) = this(vm, &args, "setdefault")?;
    no_kwargs(vm, &args, "dict.setdefault")?;
    count_clinic(vm, rest.len(), "setdefault", 1, 2)?;
    if let Some(v) = vm.dict_get(d, rest[0])? {
        return Ok(v);
    }
    let default = rest.get(1).copied().unwrap_or(Value::NONE);
    vm.dict_set(d, rest[0], default)?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _, rest) = this(vm, &args, "pop")?;
    no_kwargs(vm, &args, "dict.pop")?;
    count_clinic(vm, rest.len(), "pop", 1, 2)?;
    match vm.dict_del(d, rest[0])? {
        Some(v) => Ok(v),
        None => match rest.get(1) {
            Some(&default) => Ok(default),
            None => Err(vm.key_error(rest[0])),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d, rest) = this(vm, &args, "popitem")?;
    no_args(vm, &args, rest, "dict.popitem")?;
    let entry = d.table.borrow_mut().pop_last();
    match entry {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => {
            let msg = vm.new_str("popitem(): dictionary is empty");
            Err(vm.key_error(msg))
        }
    }
}

fn view(vm: &mut Vm, args: Args, name: &str, qualname: &str, kind: ViewKind) -> PyResult<Value> {
    let (d, _, rest) = this(vm, &args, name)?;
    no_args(vm, &args, rest, qualname)?;
    Ok(vm.alloc(DictViewObj {
        header: Default::default(),
        dict: d,
        kind,
    }))
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "keys", "dict.keys", ViewKind::Keys)
}

fn dict_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "values", "dict.values", ViewKind::Values)
}

fn dict_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "items", "dict.items", ViewKind::Items)
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _, rest) = this(vm, &args, "update")?;
    count_clinic(vm, rest.len(), "update", 0, 1)?;
    if let Some(&other) = rest.first() {
        update_from(vm, d, other)?;
    }
    update_from_kwargs(vm, d, &args)?;
    Ok(Value::NONE)
}

/// `d.update(other)`: a dict, anything with `keys()`, or an iterable of pairs.
pub fn update_from(vm: &mut Vm, d: Value, other: Value) -> PyResult<()> {
    let mark = vm.roots_mark();
    let r = update_from_rooted(vm, d, other);
    vm.unroot_to(mark);
    r
}

fn update_from_rooted(vm: &mut Vm, d: Value, other: Value) -> PyResult<()> {
    // A dict subclass that keeps dict's iteration is copied entry by entry, as CPython
    // does (its own __getitem__ is not consulted).
    let base = Vm::unwrap_base(other);
    let other =
        if base != other && base.is::<DictObj>() && vm.user_special(other, "__iter__").is_none() {
            base
        } else {
            other
        };
    if let Some(o) = other.get::<DictObj>() {
        let entries: Vec<(Value, Value)> =
            o.table.borrow().iter().map(|e| (e.key, e.value)).collect();
        for &(k, v) in &entries {
            vm.root(k);
            vm.root(v);
        }
        for (k, v) in entries {
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    let keys = match vm.get_attr_str(other, "keys") {
        Ok(f) => Some(f),
        Err(e) if err_is(vm, &e, ExcName::AttributeError) => None,
        Err(e) => return Err(e),
    };
    match keys {
        Some(keys_fn) => {
            vm.root(keys_fn);
            let ks = vm.call_value(keys_fn, &[])?;
            vm.root(ks);
            let ks = rooted_items(vm, ks)?;
            for k in ks {
                let v = vm.get_item(other, k)?;
                vm.root(v);
                vm.dict_set(d, k, v)?;
            }
        }
        None => {
            let it = rooted_iter(vm, other)?;
            let slot = vm.root(Value::NULL);
            let mut i = 0usize;
            while let Some(item) = vm.iter_next(it)? {
                vm.roots[slot] = item;
                let pair = match vm.collect_iter(item) {
                    Ok(p) => p,
                    Err(e) if err_is(vm, &e, ExcName::TypeError) => {
                        return Err(vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )));
                    }
                    Err(e) => return Err(e),
                };
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                let inner = vm.new_tuple(pair.clone());
                vm.roots[slot] = inner;
                vm.dict_set(d, pair[0], pair[1])?;
                i += 1;
            }
        }
    }
    Ok(())
}

/// `d.update(a=1, b=2)`: keyword arguments in order.
pub fn update_from_kwargs(vm: &mut Vm, d: Value, args: &Args) -> PyResult<()> {
    let n = args.kwnames.len();
    let values = &args.values[args.values.len() - n..];
    for (&k, &v) in args.kwnames.iter().zip(values.iter()) {
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d, rest) = this(vm, &args, "copy")?;
    no_args(vm, &args, rest, "dict.copy")?;
    let table = d.table.borrow().clone();
    Ok(vm.alloc(DictObj::new(table)))
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d, rest) = this(vm, &args, "clear")?;
    no_args(vm, &args, rest, "dict.clear")?;
    let old = std::mem::take(&mut *d.table.borrow_mut());
    drop(old);
    Ok(Value::NONE)
}

/// `dict.fromkeys(iterable, value=None)`, a classmethod: the class comes first.
fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    // The class (passed by the classmethod binding) comes first.
    let rest = if pos.is_empty() { pos } else { &pos[1..] };
    no_kwargs(vm, &args, "dict.fromkeys")?;
    count_clinic(vm, rest.len(), "fromkeys", 1, 2)?;
    let value = rest.get(1).copied().unwrap_or(Value::NONE);
    let d = vm.new_dict();
    let mark = vm.roots_mark();
    vm.root(d);
    let r = (|| {
        let it = rooted_iter(vm, rest[0])?;
        let slot = vm.root(Value::NULL);
        while let Some(k) = vm.iter_next(it)? {
            vm.roots[slot] = k;
            vm.dict_set(d, k, value)?;
        }
        Ok(())
    })();
    vm.unroot_to(mark);
    r.map(|_| d)
}

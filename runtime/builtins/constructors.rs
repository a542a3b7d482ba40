//! The constructors of the builtin types: the `__new__` the VM calls with the class first when
//! a builtin type is called (`int("12", 16)`, `list(x)`, `range(3)`, `zip(a, b)`, …).
//!
//! Instances of subclasses of builtin types are not made here: every constructor returns an
//! instance of the builtin type itself.

use super::common::*;
use super::dict_methods;
use super::functions::format_error;
use super::set_methods;
use crate::runtime::format;
use crate::runtime::object::*;
use crate::runtime::ops::num::Num;
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::FromPrimitive;

pub fn install(vm: &mut Vm) {
    let t = &vm.t;
    let table: Vec<(Value, &'static str, BuiltinFn)> = vec![
        (t.int, "int", int_new),
        (t.bool_, "bool", bool_new),
        (t.float, "float", float_new),
        (t.str_, "str", str_new),
        (t.list, "list", list_new),
        (t.tuple, "tuple", tuple_new),
        (t.dict, "dict", dict_new),
        (t.set, "set", set_new),
        (t.frozenset, "frozenset", frozenset_new),
        (t.range, "range", range_new),
        (t.slice, "slice", slice_new),
        (t.type_, "type", type_new),
        (t.iterators["enumerate"], "enumerate", enumerate_new),
        (t.iterators["zip"], "zip", zip_new),
        (t.iterators["map"], "map", map_new),
        (t.iterators["filter"], "filter", filter_new),
        (t.iterators["reversed"], "reversed", reversed_new),
    ];
    for (ty, owner, func) in table {
        add_constructor(vm, ty, owner, func);
    }
}

/// The arguments after the class.
fn after_class<'a>(args: &Args<'a>) -> &'a [Value] {
    let pos = args.pos();
    if pos.is_empty() {
        pos
    } else {
        &pos[1..]
    }
}

// ---- numbers --------------------------------------------------------------------------------

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = after_class(&args);
    let given = rest.len() + args.kwnames.len();
    if given > 2 {
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({given} given)")));
    }
    let p = bind_params(vm, rest, &args, &["", "base"], "int")?;
    match (p[0], p[1]) {
        (None, None) => Ok(Value::small_int(0)),
        (None, Some(_)) => Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => int_from_value(vm, x),
        (Some(x), Some(base)) => {
            let base = index_bigint(vm, base)?;
            let base = match u32::try_from(base) {
                Ok(b) if b == 0 || (2..=36).contains(&b) => b,
                _ => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
            };
            if let Some(b) = x.get::<BytesObj>() {
                let text: String = b.bytes().iter().map(|&c| c as char).collect();
                return int_from_str(vm, x, &text, base);
            }
            match x.get::<StrObj>() {
                Some(s) => int_from_str(vm, x, s.as_str(), base),
                None => Err(vm.type_error("int() can't convert non-string with explicit base")),
            }
        }
    }
}

/// `int(s, base)` for a str `s` (the value `sv`, for the error's repr).
pub fn int_from_str(vm: &mut Vm, sv: Value, s: &str, base: u32) -> PyResult<Value> {
    match format::parse_int(s, base) {
        Ok(b) => Ok(vm.new_bigint(b)),
        Err(e) => {
            let r = vm.repr(sv)?;
            let err = e.to_error(&r, base);
            Err(format_error(vm, err))
        }
    }
}

/// `int(x)` with one argument.
pub fn int_from_value(vm: &mut Vm, x: Value) -> PyResult<Value> {
    match Vm::num_of(x) {
        Some(Num::Int(i)) => return Ok(vm.new_int(i)),
        Some(Num::Big(_)) => return Ok(x),
        Some(Num::Float(f)) => return float_to_int(vm, f),
        None => {}
    }
    if let Some(s) = x.get::<StrObj>() {
        return int_from_str(vm, x, s.as_str(), 10);
    }
    if let Some(b) = x.get::<BytesObj>() {
        // Bytes parse as their Latin-1 text (non-ASCII bytes are never digits).
        let text: String = b.bytes().iter().map(|&c| c as char).collect();
        return int_from_str(vm, x, &text, 10);
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = call_special(vm, x, name, &[])? {
            if is_int(r) {
                return int_from_value(vm, r);
            }
            let tn = vm.type_name(r);
            return Err(vm.type_error(format!("{name} returned non-int (type {tn})")));
        }
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
    )))
}

/// `int(f)` for a float: truncation toward zero.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e15 {
        return Ok(vm.new_int(t as i64));
    }
    Ok(vm.new_bigint(BigInt::from_f64(t).unwrap_or_default()))
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "bool")?;
    let rest = after_class(&args);
    count_clinic(vm, rest.len(), "bool", 0, 1)?;
    match rest.first() {
        Some(&v) => Ok(Value::bool(vm.truthy(v)?)),
        None => Ok(Value::FALSE),
    }
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "float")?;
    let rest = after_class(&args);
    count_clinic(vm, rest.len(), "float", 0, 1)?;
    match rest.first() {
        Some(&x) => float_from_value(vm, x),
        None => Ok(Value::float(0.0)),
    }
}

/// `float(x)`.
pub fn float_from_value(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if x.is_float() {
        return Ok(x);
    }
    if Vm::num_of(x).is_some() {
        return Ok(Value::float(vm.to_f64(x)?));
    }
    let bytes_text: Option<String> = x
        .get::<BytesObj>()
        .map(|b| b.bytes().iter().map(|&c| c as char).collect());
    if let Some(text) = x
        .get::<StrObj>()
        .map(|s| s.as_str())
        .or(bytes_text.as_deref())
    {
        return match format::parse_float(text) {
            Some(f) => Ok(Value::float(f)),
            None => {
                let r = vm.repr(x)?;
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    if let Some(r) = call_special(vm, x, "__float__", &[])? {
        if r.is_float() {
            return Ok(r);
        }
        let (tx, tr) = (vm.type_name(x), vm.type_name(r));
        return Err(vm.type_error(format!("{tx}.__float__ returned non-float (type {tr})")));
    }
    if let Some(r) = call_special(vm, x, "__index__", &[])? {
        if is_int(r) {
            return Ok(Value::float(vm.to_f64(r)?));
        }
        let tn = vm.type_name(r);
        return Err(vm.type_error(format!("__index__ returned non-int (type {tn})")));
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{tn}'"
    )))
}

// ---- str ------------------------------------------------------------------------------------

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = after_class(&args);
    count_parse_tuple(vm, rest.len(), "str", 0, 3)?;
    let p = bind_params(vm, rest, &args, &["object", "encoding", "errors"], "str")?;
    let x = match p[0] {
        Some(x) => x,
        None => return Ok(vm.intern("")),
    };
    if p[1].is_some() || p[2].is_some() {
        if x.is::<StrObj>() {
            return Err(vm.type_error("decoding str is not supported"));
        }
        let Some(data) = super::bytes_methods::buffer_of(vm, x)? else {
            let tn = vm.type_name(x);
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {tn} found"
            )));
        };
        let mut names = [None, None];
        for (i, what) in ["encoding", "errors"].iter().enumerate() {
            if let Some(v) = p[i + 1] {
                match v.get::<StrObj>() {
                    Some(s) => names[i] = Some(s.as_str()),
                    None => {
                        let tn = vm.type_name(v);
                        return Err(
                            vm.type_error(format!("str() argument '{what}' must be str, not {tn}"))
                        );
                    }
                }
            }
        }
        let s = super::codecs::decode(vm, &data, names[0].unwrap_or("utf-8"), names[1])?;
        return Ok(vm.new_str(s));
    }
    if x.is::<StrObj>() {
        return Ok(x);
    }
    let s = vm.to_str(x)?;
    Ok(vm.new_str(s))
}

// ---- containers -----------------------------------------------------------------------------

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "list")?;
    let rest = after_class(&args);
    count_clinic(vm, rest.len(), "list", 0, 1)?;
    let items = match rest.first() {
        Some(&it) => vm.collect_iter(it)?,
        None => Vec::new(),
    };
    Ok(vm.new_list(items))
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "tuple")?;
    let rest = after_class(&args);
    count_clinic(vm, rest.len(), "tuple", 0, 1)?;
    match rest.first() {
        Some(&it) if it.is::<TupleObj>() => Ok(it),
        Some(&it) => {
            let items = vm.collect_iter(it)?;
            Ok(vm.new_tuple(items))
        }
        None => Ok(vm.new_tuple(Vec::new())),
    }
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = after_class(&args);
    count_clinic(vm, rest.len(), "dict", 0, 1)?;
    let d = vm.new_dict();
    let mark = vm.roots_mark();
    vm.root(d);
    let r = (|| {
        if let Some(&other) = rest.first() {
            dict_methods::update_from(vm, d, other)?;
        }
        dict_methods::update_from_kwargs(vm, d, &args)
    })();
    vm.unroot_to(mark);
    r.map(|_| d)
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "set")?;
    let rest = after_class(&args);
    count_clinic(vm, rest.len(), "set", 0, 1)?;
    set_methods::new_set_from(vm, rest.first().copied(), false)
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "frozenset")?;
    let rest = after_class(&args);
    count_clinic(vm, rest.len(), "frozenset", 0, 1)?;
    match rest.first() {
        Some(&it) if it.get::<SetObj>().is_some_and(|s| s.frozen) => Ok(it),
        other => set_methods::new_set_from(vm, other.copied(), true),
    }
}

// ---- range, slice, type ---------------------------------------------------------------------

/// A range bound: any int-like, which must fit the i64 bounds ranges are stored with.
fn range_arg(vm: &mut Vm, v: Value) -> PyResult<i128> {
    let b = index_bigint(vm, v)?;
    // i128 bounds: beyond CPython's ssize_t lengths, far enough for any real program.
    i128::try_from(b).map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "range")?;
    let rest = after_class(&args);
    count_clinic(vm, rest.len(), "range", 1, 3)?;
    let (start, stop, step) = match rest.len() {
        1 => (0, range_arg(vm, rest[0])?, 1),
        _ => {
            let start = range_arg(vm, rest[0])?;
            let stop = range_arg(vm, rest[1])?;
            let step = match rest.get(2) {
                Some(&s) => range_arg(vm, s)?,
                None => 1,
            };
            (start, stop, step)
        }
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.alloc(RangeObj::new(start, stop, step)))
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "slice")?;
    let rest = after_class(&args);
    count_clinic(vm, rest.len(), "slice", 1, 3)?;
    let (start, stop, step) = match rest.len() {
        1 => (Value::NONE, rest[0], Value::NONE),
        2 => (rest[0], rest[1], Value::NONE),
        _ => (rest[0], rest[1], rest[2]),
    };
    Ok(vm.alloc(SliceObj {
        header: Default::default(),
        start,
        stop,
        step,
    }))
}

/// `type(x)`. (Creating classes with `type(name, bases, ns)` belongs to the class machinery.)
fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = after_class(&args);
    if rest.len() == 1 {
        no_kwargs(vm, &args, "type")?;
        return Ok(vm.type_of(rest[0]));
    }
    if rest.len() != 3 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    Err(vm.type_error("type() with 3 arguments is not supported"))
}

// ---- lazy iterators -------------------------------------------------------------------------

fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = after_class(&args);
    let given = rest.len() + args.kwnames.len();
    if given > 2 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({given} given)"
        )));
    }
    if !rest.is_empty() && args.kwarg("iterable").is_some() {
        // CPython's fast path reports a repeated `iterable` this way.
        return Err(vm.type_error("'iterable' is an invalid keyword argument for enumerate()"));
    }
    let p = bind_params(vm, rest, &args, &["iterable", "start"], "enumerate")?;
    let iterable = match p[0] {
        Some(v) => v,
        None => {
            if let Some((kw, _)) = args.kwargs().next() {
                return Err(vm.type_error(format!(
                    "'{kw}' is an invalid keyword argument for enumerate()"
                )));
            }
            return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
        }
    };
    let count = match p[1] {
        Some(s) => {
            let b = index_bigint(vm, s)?;
            vm.new_bigint(b)
        }
        None => Value::small_int(0),
    };
    let mark = vm.roots_mark();
    vm.root(count);
    let it = vm.get_iter(iterable);
    vm.unroot_to(mark);
    let it = it?;
    Ok(vm.new_iter(IterState::Enumerate { iter: it, count }))
}

fn zip_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = after_class(&args);
    if args.kwnames.len() > 1 {
        return Err(vm.type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            args.kwnames.len()
        )));
    }
    let kw = keyword_params(vm, &args, &["strict"], "zip")?;
    let strict = match kw[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let iters = iterators_of(vm, rest)?;
    Ok(vm.new_iter(IterState::Zip { iters, strict }))
}

/// `iter()` of each argument, rooted while the others are made.
fn iterators_of(vm: &mut Vm, iterables: &[Value]) -> PyResult<Vec<Value>> {
    let mark = vm.roots_mark();
    let r = (|| {
        let mut iters = Vec::with_capacity(iterables.len());
        for &x in iterables {
            let it = rooted_iter(vm, x)?;
            iters.push(it);
        }
        Ok(iters)
    })();
    vm.unroot_to(mark);
    r
}

fn map_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "map")?;
    let rest = after_class(&args);
    if rest.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let iters = iterators_of(vm, &rest[1..])?;
    Ok(vm.new_iter(IterState::Map {
        func: rest[0],
        iters,
    }))
}

fn filter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "filter")?;
    let rest = after_class(&args);
    count_clinic(vm, rest.len(), "filter", 2, 2)?;
    let it = vm.get_iter(rest[1])?;
    Ok(vm.new_iter(IterState::Filter {
        func: rest[0],
        iter: it,
    }))
}

fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "reversed")?;
    let rest = after_class(&args);
    count_clinic(vm, rest.len(), "reversed", 1, 1)?;
    let seq = rest[0];
    if let Some(l) = seq.get::<ListObj>() {
        let index = l.len();
        return Ok(vm.new_iter(IterState::ListReversed { list: seq, index }));
    }
    if let Some(r) = seq.get::<RangeObj>() {
        let n = r.len();
        if n == 0 {
            return Ok(vm.new_iter(IterState::Range {
                next: 0,
                stop: 0,
                step: 1,
            }));
        }
        let last = r.start + (n - 1) * r.step;
        let stop = r.start - r.step;
        return Ok(vm.new_iter(IterState::Range {
            next: last,
            stop,
            step: -r.step,
        }));
    }
    let view = if seq.is::<DictObj>() {
        Some((seq, ViewKind::Keys))
    } else {
        seq.get::<DictViewObj>().map(|v| (v.dict, v.kind))
    };
    if let Some((dict, kind)) = view {
        // Reversed dict iteration as a snapshot, newest entry first.
        let entries: Vec<(Value, Value)> = dict
            .get::<DictObj>()
            .map(|d| d.table.borrow().iter().map(|e| (e.key, e.value)).collect())
            .unwrap_or_default();
        let mut items = Vec::with_capacity(entries.len());
        for &(k, v) in entries.iter().rev() {
            items.push(match kind {
                ViewKind::Keys => k,
                ViewKind::Values => v,
                ViewKind::Items => vm.new_tuple(vec![k, v]),
            });
        }
        let list = vm.new_list(items);
        return Ok(vm.new_iter(IterState::List { list, index: 0 }));
    }
    if let Some(r) = call_special(vm, seq, "__reversed__", &[])? {
        return Ok(r);
    }
    let is_sequence = seq.is::<TupleObj>()
        || seq.is::<StrObj>()
        || seq.is::<BytesObj>()
        || seq.is::<RangeObj>()
        || (has_special(vm, seq, "__getitem__")
            && has_special(vm, seq, "__len__")
            && !seq.is::<DictObj>());
    if is_sequence {
        let n = vm.len(seq)? as i64;
        return Ok(vm.new_iter(IterState::SeqIndex {
            seq,
            index: n - 1,
            step: -1,
        }));
    }
    let tn = vm.type_name(seq);
    Err(vm.type_error(format!("'{tn}' object is not reversible")))
}

//! Helpers shared by the builtins: registering functions, splitting off a method's receiver,
//! checking argument counts and keywords with CPython's exact wording, and converting
//! arguments to integers the way `operator.index` and slice indices do.

use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{Args, PyErr, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::cell::Cell;

// ---- registration ---------------------------------------------------------------------------

/// A new builtin function object (unbound).
pub fn new_builtin(vm: &mut Vm, name: &'static str, owner: &'static str, func: BuiltinFn) -> Value {
    vm.alloc(BuiltinObj {
        header: Default::default(),
        name,
        func,
        bound: Value::NULL,
        owner,
    })
}

/// `dict[name] = value` for a str key. Str keys compare without running Python code, so this
/// is safe during bootstrap (before any Python runs) and never raises.
pub fn set_str_key(vm: &mut Vm, dict: Value, name: &str, value: Value) {
    let key = vm.intern(name);
    let hash = key.get::<StrObj>().map(|s| s.hash()).unwrap_or(0);
    let mut str_eq = |a: Value, b: Value| -> Result<bool, ()> {
        Ok(match (a.get::<StrObj>(), b.get::<StrObj>()) {
            (Some(x), Some(y)) => x.as_str() == y.as_str(),
            _ => a == b,
        })
    };
    if let Some(d) = dict.get::<DictObj>() {
        let _ = d.table.borrow_mut().insert(key, hash, value, &mut str_eq);
    }
}

/// The namespace dict of a type object.
pub fn type_dict(ty: Value) -> Value {
    ty.get::<TypeObj>().map(|t| t.dict).unwrap_or(Value::NULL)
}

/// Register builtin functions under their names in the builtins namespace.
pub fn add_functions(vm: &mut Vm, functions: &[(&'static str, BuiltinFn)]) {
    let builtins = vm.builtins;
    for &(name, func) in functions {
        let f = new_builtin(vm, name, "", func);
        set_str_key(vm, builtins, name, f);
    }
}

/// Register methods in a type's dict; they receive the instance as their first argument.
pub fn add_methods(
    vm: &mut Vm,
    ty: Value,
    owner: &'static str,
    methods: &[(&'static str, BuiltinFn)],
) {
    let dict = type_dict(ty);
    for &(name, func) in methods {
        let f = new_builtin(vm, name, owner, func);
        set_str_key(vm, dict, name, f);
    }
}

/// Register a builtin wrapped as a `staticmethod` (`str.maketrans`) or `classmethod`
/// (`dict.fromkeys`, which then receives the class first), so that looking it up on an
/// instance does not bind the instance.
pub fn add_descriptor(
    vm: &mut Vm,
    ty: Value,
    owner: &'static str,
    name: &'static str,
    func: BuiltinFn,
    kind: DescriptorKind,
) {
    let f = new_builtin(vm, name, owner, func);
    let desc = vm.alloc(PropertyObj {
        header: Default::default(),
        kind,
        fget: Cell::new(f),
        fset: Cell::new(Value::NULL),
        fdel: Cell::new(Value::NULL),
        doc: Cell::new(Value::NULL),
    });
    let dict = type_dict(ty);
    set_str_key(vm, dict, name, desc);
}

/// Register `__new__` (the constructor the VM calls with the class first) in a type's dict.
pub fn add_constructor(vm: &mut Vm, ty: Value, owner: &'static str, func: BuiltinFn) {
    add_methods(vm, ty, owner, &[("__new__", func)]);
}

// ---- receivers ------------------------------------------------------------------------------

/// Split a method call's arguments into the receiver and the rest.
pub fn split_receiver<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    owner: &str,
    name: &str,
) -> PyResult<(Value, &'a [Value])> {
    match args.pos().split_first() {
        Some((&recv, rest)) => Ok((recv, rest)),
        None => Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument"))),
    }
}

/// CPython's error for a method called through its type on an object of another type.
pub fn wrong_receiver(vm: &mut Vm, owner: &str, name: &str, recv: Value) -> PyErr {
    let tn = vm.type_name(recv);
    vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{tn}' object"
    ))
}

// ---- arity and keywords ---------------------------------------------------------------------

/// METH_NOARGS: "str.upper() takes no arguments (1 given)".
pub fn no_args(vm: &mut Vm, args: &Args, rest: &[Value], qualname: &str) -> PyResult<()> {
    no_kwargs(vm, args, qualname)?;
    if !rest.is_empty() {
        return Err(vm.type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            rest.len()
        )));
    }
    Ok(())
}

/// METH_O: "list.append() takes exactly one argument (0 given)".
pub fn one_arg(vm: &mut Vm, args: &Args, rest: &[Value], qualname: &str) -> PyResult<Value> {
    no_kwargs(vm, args, qualname)?;
    if rest.len() != 1 {
        return Err(vm.type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            rest.len()
        )));
    }
    Ok(rest[0])
}

/// "str.find() takes no keyword arguments".
pub fn no_kwargs(vm: &mut Vm, args: &Args, qualname: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    Ok(())
}

/// Argument Clinic's positional count check: "insert expected 2 arguments, got 1",
/// "get expected at least 1 argument, got 0", "strip expected at most 1 argument, got 2".
pub fn count_clinic(vm: &mut Vm, n: usize, name: &str, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if n < min {
        if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        }
    } else if n > max {
        if min == max {
            format!("{name} expected {max} argument{}, got {n}", plural(max))
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        }
    } else {
        return Ok(());
    };
    Err(vm.type_error(msg))
}

/// `PyArg_ParseTuple`'s count check: "count() takes at least 1 argument (0 given)",
/// "split() takes at most 2 arguments (3 given)", "f() takes exactly 2 arguments (1 given)".
pub fn count_parse_tuple(
    vm: &mut Vm,
    n: usize,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if n < min {
        let how = if min == max { "exactly" } else { "at least" };
        format!(
            "{name}() takes {how} {min} argument{} ({n} given)",
            plural(min)
        )
    } else if n > max {
        let how = if min == max { "exactly" } else { "at most" };
        format!(
            "{name}() takes {how} {max} argument{} ({n} given)",
            plural(max)
        )
    } else {
        return Ok(());
    };
    Err(vm.type_error(msg))
}

/// Bind positional values and keywords to parameter names (all positional-or-keyword), as
/// `PyArg_ParseTupleAndKeywords` does: unknown keywords give "'foo' is an invalid keyword
/// argument for split()". The caller checks the positional count first.
pub fn bind_params(
    vm: &mut Vm,
    pos: &[Value],
    args: &Args,
    names: &[&str],
    fname: &str,
) -> PyResult<Vec<Option<Value>>> {
    let mut out: Vec<Option<Value>> = names
        .iter()
        .enumerate()
        .map(|(i, _)| pos.get(i).copied())
        .collect();
    for (kw, v) in args.kwargs() {
        match names.iter().position(|n| *n == kw) {
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{kw}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(vm.type_error(format!(
                    "'{kw}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok(out)
}

/// Keyword-only parameters (`sorted(key=, reverse=)`, `print(sep=, …)`): their values, or the
/// "'foo' is an invalid keyword argument for f()" error.
pub fn keyword_params(
    vm: &mut Vm,
    args: &Args,
    names: &[&str],
    fname: &str,
) -> PyResult<Vec<Option<Value>>> {
    let mut out = vec![None; names.len()];
    for (kw, v) in args.kwargs() {
        match names.iter().position(|n| *n == kw) {
            Some(i) => out[i] = Some(v),
            None => {
                return Err(vm.type_error(format!(
                    "'{kw}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok(out)
}

// ---- special methods ------------------------------------------------------------------------

/// Look `name` up on `type(v)` (not the instance), as CPython does for special methods.
pub fn lookup_special(vm: &mut Vm, v: Value, name: &str) -> Option<Value> {
    let key = vm.intern(name);
    let ty = vm.type_of(v);
    vm.lookup_in_mro(ty, key)
}

/// Call `type(v).name(v, *extra)` if the type defines it.
pub fn call_special(vm: &mut Vm, v: Value, name: &str, extra: &[Value]) -> PyResult<Option<Value>> {
    match lookup_special(vm, v, name) {
        Some(f) => {
            let mut call_args = Vec::with_capacity(extra.len() + 1);
            call_args.push(v);
            call_args.extend_from_slice(extra);
            Ok(Some(vm.call_value(f, &call_args)?))
        }
        None => Ok(None),
    }
}

/// Does the object's type define `name`?
pub fn has_special(vm: &mut Vm, v: Value, name: &str) -> bool {
    lookup_special(vm, v, name).is_some()
}

// ---- integers -------------------------------------------------------------------------------

/// Is `v` a Python int (bool included)?
pub fn is_int(v: Value) -> bool {
    v.is_small_int() || v.is_bool() || v.is::<BigIntObj>()
}

/// `operator.index(v)`: ints as themselves, else `__index__`; None when the type has no
/// `__index__`.
pub fn try_index(vm: &mut Vm, v: Value) -> PyResult<Option<BigInt>> {
    if let Some(b) = vm.to_bigint(v) {
        return Ok(Some(b));
    }
    if v.is_float() {
        return Ok(None);
    }
    match call_special(vm, v, "__index__", &[])? {
        Some(r) => match vm.to_bigint(r) {
            Some(b) => Ok(Some(b)),
            None => {
                let tn = vm.type_name(r);
                Err(vm.type_error(format!("__index__ returned non-int (type {tn})")))
            }
        },
        None => Ok(None),
    }
}

/// `operator.index(v)`, TypeError "'float' object cannot be interpreted as an integer".
pub fn index_bigint(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    match try_index(vm, v)? {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// An index-like argument as a `Py_ssize_t` (OverflowError when it does not fit).
pub fn index_isize(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_small_int() {
        return Ok(v.as_small_int());
    }
    let b = index_bigint(vm, v)?;
    b.to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// An index-like argument clamped into the i64 range (as `PyNumber_AsSsize_t(v, NULL)` clamps),
/// for bounds that only matter up to the length of a sequence.
pub fn index_clamped(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_small_int() {
        return Ok(v.as_small_int());
    }
    let b = index_bigint(vm, v)?;
    Ok(clamp_bigint(&b))
}

pub fn clamp_bigint(b: &BigInt) -> i64 {
    b.to_i64()
        .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })
}

/// A `start`/`end` argument of `str.find` and friends: None stays None, ints are clamped.
pub fn slice_index(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match try_index(vm, v)? {
            Some(b) => Ok(Some(clamp_bigint(&b))),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// A `start`/`stop` argument of `list.index`/`tuple.index` (None is not allowed there).
pub fn seq_index_bound(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match try_index(vm, v)? {
        Some(b) => Ok(clamp_bigint(&b)),
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

/// CPython's `ADJUST_INDICES`: resolve optional negative `start`/`end` against `len`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

// ---- iteration ------------------------------------------------------------------------------

/// `iter(v)` rooted until `vm.unroot_to(mark)`: callers step it with `vm.iter_next`, which may
/// run Python code and collect.
pub fn rooted_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let it = vm.get_iter(v)?;
    vm.root(it);
    Ok(it)
}

/// Materialise an iterable and root its items until `vm.unroot_to(mark)`.
pub fn rooted_items(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    let items = vm.collect_iter(v)?;
    vm.roots.extend_from_slice(&items);
    Ok(items)
}

/// Is `err` an instance of `name`?
pub fn err_is(vm: &Vm, err: &PyErr, name: ExcName) -> bool {
    vm.exc_is(err.0, name)
}

/// Largest text, in bytes, a builtin builds before raising MemoryError (as the VM's repetition
/// does) instead of asking the allocator for an absurd size.
pub const MAX_BUILD_BYTES: u128 = 1 << 34;

/// MemoryError when a result of `bytes` bytes would be too large to build.
pub fn check_build_size(vm: &mut Vm, bytes: u128) -> PyResult<()> {
    if bytes > MAX_BUILD_BYTES {
        return Err(vm.err(ExcName::MemoryError, ""));
    }
    Ok(())
}

/// The keyword-only `key`/`reverse` of `list.sort` and `sorted`.
pub fn sort_keywords(vm: &mut Vm, args: &Args) -> PyResult<(Option<Value>, Option<Value>)> {
    let n = args.kwnames.len();
    if n > 2 {
        return Err(vm.type_error(format!(
            "sort() takes at most 2 keyword arguments ({n} given)"
        )));
    }
    let kw = keyword_params(vm, args, &["key", "reverse"], "sort")?;
    Ok((kw[0], kw[1]))
}

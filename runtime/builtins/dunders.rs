//! The special methods of the builtin types as attributes: `int.__add__(1, 2)`,
//! `list.__getitem__`, `str.__len__`, `dict.__setitem__` (what `super().__setitem__(k, v)`
//! in a dict subclass finds), `function.__get__`, `property.__set__`, ….
//!
//! Each one runs the same operation the interpreter runs for the operator, after CPython's
//! type check of the other operand (`int.__add__(1, 2.0)` is NotImplemented). Which type gets
//! which names follows CPython's type dicts, so that `collections.abc`'s `_check_methods`
//! (`'__hash__' in list.__dict__`, …) sees what it sees in CPython. The interpreter never
//! dispatches through these (`Vm::user_special` ignores builtin methods): they exist for
//! Python code that asks for them.

use super::common::*;
use crate::runtime::bytecode::{BinaryOp, CompareOp};
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{Args, PyResult, Vm};

/// The receiver and exactly `n` more positional arguments.
fn recv_n<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<(Value, &'a [Value])> {
    args.no_kwargs(vm, name)?;
    let p = args.pos();
    let Some((&s, rest)) = p.split_first() else {
        return Err(vm.type_error(format!("descriptor '{name}' needs an argument")));
    };
    if rest.len() != n {
        return Err(vm.type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            rest.len()
        )));
    }
    Ok((s, rest))
}

/// What kind of builtin value `v` is, for the operand checks of binary dunders.
#[derive(PartialEq, Eq, Clone, Copy)]
enum K {
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    Other,
}

fn kind(v: Value) -> K {
    if Vm::is_int(v) {
        K::Int
    } else if v.is_float() {
        K::Float
    } else if v.is::<StrObj>() {
        K::Str
    } else if v.is::<ListObj>() {
        K::List
    } else if v.is::<TupleObj>() {
        K::Tuple
    } else if v.is::<DictObj>() {
        K::Dict
    } else if v.is::<SetObj>() {
        K::Set
    } else {
        K::Other
    }
}

/// Does `self op other` apply (else the dunder returns NotImplemented)?
fn operand_ok(s: K, o: K, op: BinaryOp) -> bool {
    match s {
        K::Int => o == K::Int,
        K::Float => matches!(o, K::Int | K::Float),
        K::Str => match op {
            BinaryOp::Mul => o == K::Int,
            _ => true,
        },
        K::List | K::Tuple => match op {
            BinaryOp::Mul => o == K::Int,
            _ => true,
        },
        K::Set => o == K::Set,
        K::Dict => o == K::Dict,
        K::Other => true,
    }
}

fn binary(vm: &mut Vm, args: Args, name: &str, op: BinaryOp, reflected: bool) -> PyResult<Value> {
    let (s, rest) = recv_n(vm, &args, name, 1)?;
    let o = Vm::unwrap_base(rest[0]);
    if !operand_ok(kind(s), kind(o), op) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if reflected {
        vm.binary_op(o, s, op)
    } else {
        vm.binary_op(s, o, op)
    }
}

fn inplace(vm: &mut Vm, args: Args, name: &str, op: BinaryOp) -> PyResult<Value> {
    let (s, rest) = recv_n(vm, &args, name, 1)?;
    let o = rest[0];
    if kind(s) == K::Set && kind(Vm::unwrap_base(o)) != K::Set {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    vm.inplace_op(s, o, op)
}

macro_rules! binops {
    ($($f:ident, $rf:ident, $name:literal, $rname:literal, $op:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                binary(vm, args, $name, $op, false)
            }
            fn $rf(vm: &mut Vm, args: Args) -> PyResult<Value> {
                binary(vm, args, $rname, $op, true)
            }
        )*
    };
}

binops! {
    add, radd, "__add__", "__radd__", BinaryOp::Add;
    sub, rsub, "__sub__", "__rsub__", BinaryOp::Sub;
    mul, rmul, "__mul__", "__rmul__", BinaryOp::Mul;
    truediv, rtruediv, "__truediv__", "__rtruediv__", BinaryOp::TrueDiv;
    floordiv, rfloordiv, "__floordiv__", "__rfloordiv__", BinaryOp::FloorDiv;
    mod_, rmod, "__mod__", "__rmod__", BinaryOp::Mod;
    lshift, rlshift, "__lshift__", "__rlshift__", BinaryOp::LShift;
    rshift, rrshift, "__rshift__", "__rrshift__", BinaryOp::RShift;
    and, rand, "__and__", "__rand__", BinaryOp::And;
    or, ror, "__or__", "__ror__", BinaryOp::Or;
    xor, rxor, "__xor__", "__rxor__", BinaryOp::Xor;
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos().len() == 3 && !args.pos()[2].is_none() {
        let f = builtin(vm, "pow")?;
        return vm.call_value(f, args.pos());
    }
    let values = &args.values[..args.values.len().min(2)];
    binary(vm, Args::new(values), "__pow__", BinaryOp::Pow, false)
}

fn rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let values = &args.values[..args.values.len().min(2)];
    binary(vm, Args::new(values), "__rpow__", BinaryOp::Pow, true)
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = recv_n(vm, &args, "__divmod__", 1)?;
    if !operand_ok(kind(s), kind(rest[0]), BinaryOp::FloorDiv) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    vm.divmod(s, rest[0])
}

fn rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = recv_n(vm, &args, "__rdivmod__", 1)?;
    if !operand_ok(kind(s), kind(rest[0]), BinaryOp::FloorDiv) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    vm.divmod(rest[0], s)
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__iadd__", BinaryOp::Add)
}
fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__imul__", BinaryOp::Mul)
}
fn ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__ior__", BinaryOp::Or)
}
fn iand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__iand__", BinaryOp::And)
}
fn ixor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__ixor__", BinaryOp::Xor)
}
fn isub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__isub__", BinaryOp::Sub)
}

/// Can `s` and `o` be compared by the builtin comparison of `s`'s type?
fn comparable(s: Value, o: Value, op: CompareOp) -> bool {
    let (ks, ko) = (kind(s), kind(o));
    match ks {
        K::Int | K::Float => matches!(ko, K::Int | K::Float),
        K::Dict => ko == K::Dict && matches!(op, CompareOp::Eq | CompareOp::Ne),
        K::Other => {
            if let (Some(a), Some(b)) = (s.get::<DictViewObj>(), o.get::<DictViewObj>()) {
                return a.kind != ViewKind::Values && b.kind != ViewKind::Values;
            }
            if s.is::<DictViewObj>() {
                return ko == K::Set;
            }
            s.is::<RangeObj>() && o.is::<RangeObj>() && matches!(op, CompareOp::Eq | CompareOp::Ne)
                || s.is::<SliceObj>() && o.is::<SliceObj>()
        }
        _ => ks == ko,
    }
}

fn cmp(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let (s, rest) = recv_n(vm, &args, name, 1)?;
    let o = Vm::unwrap_base(rest[0]);
    if !comparable(s, o, op) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    vm.compare(s, o, op)
}

macro_rules! cmps {
    ($($f:ident, $name:literal, $op:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                cmp(vm, args, $name, $op)
            }
        )*
    };
}

cmps! {
    eq, "__eq__", CompareOp::Eq;
    ne, "__ne__", CompareOp::Ne;
    lt, "__lt__", CompareOp::Lt;
    le, "__le__", CompareOp::Le;
    gt, "__gt__", CompareOp::Gt;
    ge, "__ge__", CompareOp::Ge;
}

/// `object.__lt__` and friends: NotImplemented.
fn not_implemented(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

/// `object.__reduce__` / `__reduce_ex__`: stitch has no pickle; copy uses its own rules.
fn object_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tn = match args.pos().first() {
        Some(&v) => vm.type_name(v),
        None => "object".to_string(),
    };
    Err(vm.type_error(format!("cannot pickle '{tn}' object")))
}

/// `object.__sizeof__()`: a nominal size.
fn object_sizeof(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::small_int(16))
}

/// Identity comparison (functions, methods): `__eq__`/`__ne__`.
fn id_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = recv_n(vm, &args, "__eq__", 1)?;
    Ok(Value::bool(s == rest[0]))
}
fn id_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = recv_n(vm, &args, "__ne__", 1)?;
    Ok(Value::bool(s != rest[0]))
}

fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__neg__", 0)?;
    vm.negate(s)
}
fn pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__pos__", 0)?;
    vm.positive(s)
}
fn invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__invert__", 0)?;
    vm.invert(s)
}
fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__abs__", 0)?;
    let f = builtin(vm, "abs")?;
    vm.call_value(f, &[s])
}
fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__bool__", 0)?;
    Ok(Value::bool(vm.truthy(s)?))
}
fn int_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__int__", 0)?;
    let t = vm.t.int;
    vm.call_value(t, &[s])
}
fn float_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__float__", 0)?;
    let t = vm.t.float;
    vm.call_value(t, &[s])
}
fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__index__", 0)?;
    if s.is_bool() {
        return Ok(Value::small_int(s.as_bool() as i64));
    }
    Ok(s)
}
fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__trunc__", 0)?;
    let t = vm.t.int;
    vm.call_value(t, &[s])
}
fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__floor__", 0)?;
    if s.is_float() {
        let f = s.as_float().floor();
        let v = Value::float(f);
        let t = vm.t.int;
        return vm.call_value(t, &[v]);
    }
    let t = vm.t.int;
    vm.call_value(t, &[s])
}
fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__ceil__", 0)?;
    if s.is_float() {
        let f = s.as_float().ceil();
        let v = Value::float(f);
        let t = vm.t.int;
        return vm.call_value(t, &[v]);
    }
    let t = vm.t.int;
    vm.call_value(t, &[s])
}
fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = builtin(vm, "round")?;
    vm.call_value(f, args.pos())
}
fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__hash__", 0)?;
    let h = vm.hash(s)?;
    Ok(vm.new_int(h))
}
fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__repr__", 0)?;
    let r = vm.repr(s)?;
    Ok(vm.new_str(r))
}
fn str_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__str__", 0)?;
    let r = vm.to_str(s)?;
    Ok(vm.new_str(r))
}
fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = recv_n(vm, &args, "__format__", 1)?;
    let Some(spec) = rest[0].get::<StrObj>() else {
        let tn = vm.type_name(rest[0]);
        return Err(vm.type_error(format!("argument 1 must be str, not {tn}")));
    };
    let spec = spec.as_str().to_string();
    let r = vm.format_value(s, &spec)?;
    Ok(vm.new_str(r))
}
fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__len__", 0)?;
    let n = vm.len(s)?;
    Ok(vm.new_int(n as i64))
}
fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = recv_n(vm, &args, "__getitem__", 1)?;
    let base = Vm::unwrap_base(s);
    if base != s && base.is::<DictObj>() {
        // `dict.__getitem__` on a subclass instance still calls its `__missing__`.
        return match vm.get_item(base, rest[0]) {
            Err(e) if vm.exc_is(e.0, ExcName::KeyError) => {
                match vm.call_user_special(s, "__missing__", &[rest[0]])? {
                    Some(v) => Ok(v),
                    None => Err(e),
                }
            }
            r => r,
        };
    }
    vm.get_item(base, rest[0])
}
fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = recv_n(vm, &args, "__setitem__", 2)?;
    vm.set_item(s, rest[0], rest[1])?;
    Ok(Value::NONE)
}
fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = recv_n(vm, &args, "__delitem__", 1)?;
    vm.del_item(s, rest[0])?;
    Ok(Value::NONE)
}
fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = recv_n(vm, &args, "__contains__", 1)?;
    Ok(Value::bool(vm.contains(s, rest[0])?))
}
fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__iter__", 0)?;
    vm.get_iter(s)
}
fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__next__", 0)?;
    match vm.iter_next(s)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::NULL)),
    }
}
fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = recv_n(vm, &args, "__reversed__", 0)?;
    let r = vm.t.iterators["reversed"];
    vm.call_value(r, &[s])
}

/// `f.__call__(*args, **kwargs)`
fn call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((&f, rest)) = args.values.split_first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    vm.call_with_kwargs(f, rest, args.kwnames)
}

/// `function.__get__(obj, type=None)`: a bound method (the function itself for None).
fn function_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "__get__")?;
    let p = args.pos();
    if p.len() < 2 || p.len() > 3 {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    if p[1].is_none() {
        return Ok(p[0]);
    }
    Ok(vm.alloc(BoundMethodObj {
        header: Default::default(),
        func: p[0],
        receiver: p[1],
    }))
}

/// `property.__get__` / `staticmethod.__get__` / `classmethod.__get__`.
fn descriptor_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "__get__")?;
    let p = args.pos();
    if p.len() < 2 || p.len() > 3 {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    let (d, obj) = (p[0], p[1]);
    let owner = p.get(2).copied().filter(|t| !t.is_none());
    let Some(prop) = d.get::<PropertyObj>() else {
        return Ok(d);
    };
    match prop.kind {
        DescriptorKind::StaticMethod => Ok(prop.fget.get()),
        DescriptorKind::ClassMethod => {
            let cls = match owner {
                Some(t) => t,
                None => vm.type_of(obj),
            };
            Ok(vm.alloc(BoundMethodObj {
                header: Default::default(),
                func: prop.fget.get(),
                receiver: cls,
            }))
        }
        DescriptorKind::Property | DescriptorKind::GetSet => {
            if obj.is_none() {
                return Ok(d);
            }
            let ty = vm.type_of(obj);
            vm.bind_attribute(d, obj, ty)
        }
    }
}

/// "property 'x' of 'T' object has no setter" (the name from the getter, if any).
fn property_missing(vm: &mut Vm, d: Value, obj: Value, what: &str) -> crate::runtime::vm::PyErr {
    let tn = vm.type_name(obj);
    let fget = d
        .get::<PropertyObj>()
        .map(|p| p.fget.get())
        .unwrap_or(Value::NULL);
    let name = fget
        .get::<FunctionObj>()
        .map(|f| Vm::str_of(f.name.get()).to_string());
    match name {
        Some(n) => vm.attribute_error(format!("property '{n}' of '{tn}' object has no {what}")),
        None => vm.attribute_error(format!("property of '{tn}' object has no {what}")),
    }
}

/// `property.__set__(obj, value)`
fn property_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, rest) = recv_n(vm, &args, "__set__", 2)?;
    let setter = d
        .get::<PropertyObj>()
        .map(|p| p.fset.get())
        .unwrap_or(Value::NULL);
    if setter.is_null() || setter.is_none() {
        return Err(property_missing(vm, d, rest[0], "setter"));
    }
    vm.call_value(setter, rest)?;
    Ok(Value::NONE)
}

/// `property.__delete__(obj)`
fn property_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, rest) = recv_n(vm, &args, "__delete__", 1)?;
    let deleter = d
        .get::<PropertyObj>()
        .map(|p| p.fdel.get())
        .unwrap_or(Value::NULL);
    if deleter.is_null() || deleter.is_none() {
        return Err(property_missing(vm, d, rest[0], "deleter"));
    }
    vm.call_value(deleter, rest)?;
    Ok(Value::NONE)
}

/// `type.__or__` / `type.__ror__`: `int | None`.
fn type_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = recv_n(vm, &args, "__or__", 1)?;
    vm.type_union(s, rest[0])
}
fn type_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = recv_n(vm, &args, "__ror__", 1)?;
    vm.type_union(rest[0], s)
}

fn builtin(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let key = vm.intern(name);
    let b = vm.builtins;
    match vm.dict_get(b, key)? {
        Some(f) => Ok(f),
        None => Err(vm.err(ExcName::NameError, format!("name '{name}' is not defined"))),
    }
}

type Table = &'static [(&'static str, BuiltinFn)];

const CMP: Table = &[
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
];

const NUMBER: Table = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__floordiv__", floordiv),
    ("__rfloordiv__", rfloordiv),
    ("__mod__", mod_),
    ("__rmod__", rmod),
    ("__divmod__", divmod),
    ("__rdivmod__", rdivmod),
    ("__pow__", pow),
    ("__rpow__", rpow),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", bool_),
    ("__int__", int_),
    ("__float__", float_),
    ("__trunc__", trunc),
    ("__floor__", floor),
    ("__ceil__", ceil),
    ("__round__", round),
    ("__hash__", hash),
    ("__repr__", repr),
    ("__format__", format),
];

const INT_ONLY: Table = &[
    ("__index__", index),
    ("__invert__", invert),
    ("__lshift__", lshift),
    ("__rlshift__", rlshift),
    ("__rshift__", rshift),
    ("__rrshift__", rrshift),
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
];

const BOOL: Table = &[
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__repr__", repr),
];

const STR: Table = &[
    ("__add__", add),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__mod__", mod_),
    ("__rmod__", rmod),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__hash__", hash),
    ("__repr__", repr),
    ("__str__", str_),
    ("__format__", format),
];

const LIST: Table = &[
    ("__add__", add),
    ("__iadd__", iadd),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__imul__", imul),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__reversed__", reversed),
    ("__repr__", repr),
];

const TUPLE: Table = &[
    ("__add__", add),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__hash__", hash),
    ("__repr__", repr),
];

const DICT: Table = &[
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__reversed__", reversed),
    ("__or__", or),
    ("__ror__", ror),
    ("__ior__", ior),
    ("__repr__", repr),
];

const SET_COMMON: Table = &[
    ("__len__", len),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__repr__", repr),
];

const SET_INPLACE: Table = &[
    ("__iand__", iand),
    ("__ior__", ior),
    ("__ixor__", ixor),
    ("__isub__", isub),
];

const RANGE: Table = &[
    ("__bool__", bool_),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__reversed__", reversed),
    ("__hash__", hash),
    ("__repr__", repr),
];

const VIEW: Table = &[
    ("__len__", len),
    ("__iter__", iter),
    ("__reversed__", reversed),
    ("__repr__", repr),
];

const VIEW_SET: Table = &[
    ("__contains__", contains),
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__sub__", sub),
    ("__rsub__", rsub),
];

const ITER: Table = &[("__iter__", iter), ("__next__", next)];

const CALLABLE: Table = &[("__call__", call), ("__repr__", repr)];

const IDENTITY: Table = &[("__eq__", id_eq), ("__ne__", id_ne), ("__hash__", hash)];

const OBJECT_ORDER: Table = &[
    ("__reduce__", object_reduce),
    ("__reduce_ex__", object_reduce),
    ("__sizeof__", object_sizeof),
    ("__lt__", not_implemented),
    ("__le__", not_implemented),
    ("__gt__", not_implemented),
    ("__ge__", not_implemented),
];

/// Install the tables into the builtin types' dicts (after their own methods, so an existing
/// entry such as `object.__eq__` is kept).
pub fn install(vm: &mut Vm) {
    let t = &vm.t;
    let views = [t.dict_keys, t.dict_values, t.dict_items];
    let iterators: Vec<(Value, &'static str)> = t.iterators.iter().map(|(n, v)| (*v, *n)).collect();
    let plan: Vec<(Value, &'static str, Vec<Table>)> = vec![
        (t.object, "object", vec![OBJECT_ORDER]),
        (t.int, "int", vec![NUMBER, INT_ONLY, CMP]),
        (t.bool_, "bool", vec![BOOL]),
        (t.float, "float", vec![NUMBER, CMP]),
        (t.str_, "str", vec![STR, CMP]),
        (t.list, "list", vec![LIST, CMP]),
        (t.tuple, "tuple", vec![TUPLE, CMP]),
        (t.dict, "dict", vec![DICT, CMP]),
        (t.set, "set", vec![SET_COMMON, SET_INPLACE, CMP]),
        (
            t.frozenset,
            "frozenset",
            vec![SET_COMMON, CMP, &[("__hash__", hash)]],
        ),
        (t.range, "range", vec![RANGE, CMP]),
        (
            t.none,
            "NoneType",
            vec![&[("__bool__", bool_), ("__repr__", repr)]],
        ),
        (
            t.function,
            "function",
            vec![CALLABLE, &[("__get__", function_get)]],
        ),
        (
            t.builtin_function,
            "builtin_function_or_method",
            vec![CALLABLE, IDENTITY],
        ),
        (t.method, "method", vec![CALLABLE, IDENTITY]),
        (t.dict_keys, "dict_keys", vec![VIEW, VIEW_SET, CMP]),
        (t.dict_values, "dict_values", vec![VIEW]),
        (t.dict_items, "dict_items", vec![VIEW, VIEW_SET, CMP]),
        (t.generator, "generator", vec![ITER]),
        (
            t.property,
            "property",
            vec![&[
                ("__get__", descriptor_get),
                ("__set__", property_set),
                ("__delete__", property_delete),
            ]],
        ),
        (
            t.staticmethod,
            "staticmethod",
            vec![&[("__get__", descriptor_get)]],
        ),
        (
            t.classmethod,
            "classmethod",
            vec![&[("__get__", descriptor_get)]],
        ),
        (
            t.type_,
            "type",
            vec![&[("__or__", type_or), ("__ror__", type_ror)]],
        ),
        (t.slice, "slice", vec![CMP]),
    ];
    for (ty, owner, tables) in plan {
        for table in tables {
            add_missing(vm, ty, owner, table);
        }
    }
    for (ty, owner) in iterators {
        add_missing(vm, ty, owner, ITER);
    }
    // Mutable containers are unhashable: `__hash__ = None` in their dicts.
    for ty in [vm.t.list, vm.t.dict, vm.t.set, views[0], views[2]] {
        let d = type_dict(ty);
        set_str_key(vm, d, "__hash__", Value::NONE);
    }
}

fn add_missing(vm: &mut Vm, ty: Value, owner: &'static str, table: Table) {
    let dict = type_dict(ty);
    for &(name, func) in table {
        let key = vm.intern(name);
        if vm.dict_get_str(dict, key).is_some() {
            continue;
        }
        let f = new_builtin(vm, name, owner, func);
        set_str_key(vm, dict, name, f);
    }
}

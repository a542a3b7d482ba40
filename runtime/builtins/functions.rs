//! The functions of the builtins module: `print`, `len`, `min`/`max`, `sorted`, `isinstance`,
//! `getattr`, … with CPython's argument handling and error messages.

use super::common::*;
use crate::runtime::bytecode::{BinaryOp, CompareOp};
use crate::runtime::format;
use crate::runtime::heap::Kind;
use crate::runtime::object::*;
use crate::runtime::ops::num::Num;
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{Args, PyErr, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::io::Write;

pub fn install(vm: &mut Vm) {
    add_functions(
        vm,
        &[
            ("print", builtin_print),
            ("len", builtin_len),
            ("abs", builtin_abs),
            ("divmod", builtin_divmod),
            ("pow", builtin_pow),
            ("round", builtin_round),
            ("min", builtin_min),
            ("max", builtin_max),
            ("sum", builtin_sum),
            ("any", builtin_any),
            ("all", builtin_all),
            ("sorted", builtin_sorted),
            ("isinstance", builtin_isinstance),
            ("issubclass", builtin_issubclass),
            ("hash", builtin_hash),
            ("id", builtin_id),
            ("ord", builtin_ord),
            ("chr", builtin_chr),
            ("hex", builtin_hex),
            ("oct", builtin_oct),
            ("bin", builtin_bin),
            ("iter", builtin_iter),
            ("next", builtin_next),
            ("repr", builtin_repr),
            ("ascii", builtin_ascii),
            ("format", builtin_format),
            ("callable", builtin_callable),
            ("input", builtin_input),
            ("getattr", builtin_getattr),
            ("setattr", builtin_setattr),
            ("hasattr", builtin_hasattr),
            ("delattr", builtin_delattr),
            ("exit", builtin_exit),
            ("quit", builtin_exit),
        ],
    );
}

/// The Python exception a formatting/parsing error stands for.
pub fn format_error(vm: &mut Vm, e: format::FormatError) -> PyErr {
    match e.kind {
        format::ErrorKind::ValueError => vm.value_error(e.message),
        format::ErrorKind::TypeError => vm.type_error(e.message),
        format::ErrorKind::OverflowError => vm.overflow_error(e.message),
    }
}

// ---- print and input ------------------------------------------------------------------------

/// `sep`/`end`: None or a str.
fn str_or_none(
    vm: &mut Vm,
    v: Option<Value>,
    what: &str,
    default: &'static str,
) -> PyResult<&'static str> {
    match v {
        None => Ok(default),
        Some(v) if v.is_none() => Ok(default),
        Some(v) => match v.get::<StrObj>() {
            Some(s) => Ok(s.as_str()),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("{what} must be None or a string, not {tn}")))
            }
        },
    }
}

fn builtin_print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let kw = keyword_params(vm, &args, &["sep", "end", "file", "flush"], "print")?;
    let sep = str_or_none(vm, kw[0], "sep", " ")?;
    let end = str_or_none(vm, kw[1], "end", "\n")?;
    let mut file = kw[2].filter(|f| !f.is_none());
    let flush = match kw[3] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if file.is_none() {
        // A program may have replaced sys.stdout (with an io.StringIO, say).
        match redirected_stdout(vm) {
            Some(f) if f.is_none() => return Ok(Value::NONE),
            Some(f) => file = Some(f),
            None => {}
        }
    }
    match file {
        None => {
            // Written piece by piece, as CPython does: an error converting a later argument
            // leaves the earlier ones printed.
            for (i, &a) in args.pos().iter().enumerate() {
                if i > 0 {
                    let _ = vm.stdout.write_all(sep.as_bytes());
                }
                let text = vm.to_str(a)?;
                let _ = vm.stdout.write_all(text.as_bytes());
            }
            let _ = vm.stdout.write_all(end.as_bytes());
            if flush {
                vm.flush_stdout();
            }
        }
        Some(file) => {
            let mark = vm.roots_mark();
            let r = print_to_file(vm, &args, file, sep, end, flush);
            vm.unroot_to(mark);
            r?;
        }
    }
    Ok(Value::NONE)
}

/// `sys.stdout` when a program has replaced it (None if it is still the process's stdout).
fn redirected_stdout(vm: &mut Vm) -> Option<Value> {
    let sys_key = vm.intern("sys");
    let sys = vm.dict_get_str(vm.modules, sys_key)?;
    let dict = sys.get::<ModuleObj>()?.dict;
    let key = vm.intern("stdout");
    let out = vm.dict_get_str(dict, key)?;
    match out.get::<ModuleObj>() {
        Some(m) if Vm::str_of(m.name) == "sys.stdout" => None,
        _ => Some(out),
    }
}

/// `print(..., file=f)`: every piece goes through `f.write`.
fn print_to_file(
    vm: &mut Vm,
    args: &Args,
    file: Value,
    sep: &str,
    end: &str,
    flush: bool,
) -> PyResult<()> {
    let write = vm.get_attr_str(file, "write")?;
    vm.root(write);
    for (i, &a) in args.pos().iter().enumerate() {
        if i > 0 {
            let s = vm.new_str(sep);
            vm.call_value(write, &[s])?;
        }
        let text = vm.to_str(a)?;
        let s = vm.new_str(text);
        vm.call_value(write, &[s])?;
    }
    let s = vm.new_str(end);
    vm.call_value(write, &[s])?;
    if flush {
        let f = vm.get_attr_str(file, "flush")?;
        vm.call_value(f, &[])?;
    }
    Ok(())
}

fn builtin_input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "input")?;
    count_clinic(vm, args.len(), "input", 0, 1)?;
    if let Some(&prompt) = args.pos().first() {
        let text = vm.to_str(prompt)?;
        let _ = vm.stdout.write_all(text.as_bytes());
    }
    vm.flush_stdout();
    let mut line = String::new();
    let n = std::io::stdin().read_line(&mut line).unwrap_or(0);
    if n == 0 {
        return Err(vm.err(ExcName::EOFError, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(vm.new_str(line))
}

// ---- numbers --------------------------------------------------------------------------------

fn builtin_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, args.pos(), "len")?;
    let n = vm.len(v)?;
    Ok(vm.new_int(n as i64))
}

fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, args.pos(), "abs")?;
    match Vm::num_of(v) {
        Some(Num::Int(i)) => Ok(vm.new_bigint(BigInt::from(i).abs())),
        Some(Num::Big(b)) => {
            let a = b.abs();
            Ok(vm.new_bigint(a))
        }
        Some(Num::Float(f)) => Ok(Value::float(f.abs())),
        None => match call_special(vm, v, "__abs__", &[])? {
            Some(r) => Ok(r),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("bad operand type for abs(): '{tn}'")))
            }
        },
    }
}

fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "divmod")?;
    count_clinic(vm, args.len(), "divmod", 2, 2)?;
    let (a, b) = (args.pos()[0], args.pos()[1]);
    if Vm::num_of(a).is_none() || Vm::num_of(b).is_none() {
        if let Some(r) = call_special(vm, a, "__divmod__", &[b])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        if let Some(r) = call_special(vm, b, "__rdivmod__", &[a])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    vm.divmod(a, b)
}

fn builtin_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    count_parse_tuple(vm, args.len(), "pow", 0, 3)?;
    let p = bind_params(vm, args.pos(), &args, &["base", "exp", "mod"], "pow")?;
    let base = match p[0] {
        Some(v) => v,
        None => return Err(vm.type_error("pow() missing required argument 'base' (pos 1)")),
    };
    let exp = match p[1] {
        Some(v) => v,
        None => return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)")),
    };
    let modulus = match p[2] {
        Some(m) if !m.is_none() => m,
        _ => return vm.binary_op(base, exp, BinaryOp::Pow),
    };
    if let (Some(b), Some(e), Some(m)) =
        (vm.to_bigint(base), vm.to_bigint(exp), vm.to_bigint(modulus))
    {
        let r = int_pow_mod(vm, b, e, m)?;
        return Ok(vm.new_bigint(r));
    }
    let all_numbers = [base, exp, modulus]
        .iter()
        .all(|&v| Vm::num_of(v).is_some());
    if all_numbers {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    if let Some(r) = call_special(vm, base, "__pow__", &[exp, modulus])? {
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    let (ta, tb, tc) = (vm.type_name(base), vm.type_name(exp), vm.type_name(modulus));
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{ta}', '{tb}', '{tc}'"
    )))
}

/// Three-argument `pow` on ints, as CPython's `long_pow`: a negative exponent means the
/// modular inverse, and the result takes the sign of the modulus.
fn int_pow_mod(vm: &mut Vm, base: BigInt, exp: BigInt, modulus: BigInt) -> PyResult<BigInt> {
    if modulus.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let negative_output = modulus.is_negative();
    let m = modulus.abs();
    if m.is_one() {
        return Ok(BigInt::zero());
    }
    let mut base = base.mod_floor(&m);
    let mut exp = exp;
    if exp.is_negative() {
        base = match mod_inverse(&base, &m) {
            Some(inv) => inv,
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        };
        exp = -exp;
    }
    let mut z = base.modpow(&exp, &m);
    if negative_output && !z.is_zero() {
        z -= &m;
    }
    Ok(z)
}

/// The inverse of `a` modulo `m` (m > 1, 0 <= a < m), if gcd(a, m) == 1.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.clone(), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = &old_r / &r;
        let next_r = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, next_r);
        let next_s = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, next_s);
    }
    if !old_r.is_one() {
        return None;
    }
    Some(old_s.mod_floor(m))
}

fn builtin_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    count_parse_tuple(vm, args.len(), "round", 0, 2)?;
    let p = bind_params(vm, args.pos(), &args, &["number", "ndigits"], "round")?;
    let number = match p[0] {
        Some(v) => v,
        None => return Err(vm.type_error("round() missing required argument 'number' (pos 1)")),
    };
    let ndigits = p[1].filter(|v| !v.is_none());
    match Vm::num_of(number) {
        Some(Num::Float(x)) => match ndigits {
            None => {
                let r = format::round_float_to_int(x).map_err(|e| format_error(vm, e))?;
                Ok(vm.new_bigint(r))
            }
            Some(nd) => {
                let nd = index_clamped(vm, nd)?;
                let r = format::round_float(x, nd).map_err(|e| format_error(vm, e))?;
                Ok(Value::float(r))
            }
        },
        Some(_) => {
            let b = vm.to_bigint(number).unwrap_or_default();
            match ndigits {
                None => Ok(vm.new_bigint(b)),
                Some(nd) => {
                    let nd = index_clamped(vm, nd)?;
                    Ok(vm.new_bigint(format::round_int(&b, nd)))
                }
            }
        }
        None => {
            let extra: Vec<Value> = ndigits.into_iter().collect();
            match call_special(vm, number, "__round__", &extra)? {
                Some(r) => Ok(r),
                None => {
                    let tn = vm.type_name(number);
                    Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
                }
            }
        }
    }
}

// ---- reductions -----------------------------------------------------------------------------

fn builtin_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, false)
}

fn builtin_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, true)
}

fn min_max(vm: &mut Vm, args: Args, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let kw = keyword_params(vm, &args, &["key", "default"], name)?;
    let pos = args.pos();
    if pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if pos.len() > 1 && kw[1].is_some() {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let key = kw[0].filter(|k| !k.is_none());
    let mark = vm.roots_mark();
    let r = min_max_search(vm, pos, key, is_max);
    vm.unroot_to(mark);
    match r? {
        Some(best) => Ok(best),
        None => match kw[1] {
            Some(default) => Ok(default),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

/// The first extreme item (CPython replaces the best only on a strict `>`/`<`).
fn min_max_search(
    vm: &mut Vm,
    pos: &[Value],
    key: Option<Value>,
    is_max: bool,
) -> PyResult<Option<Value>> {
    let iter = if pos.len() == 1 {
        Some(rooted_iter(vm, pos[0])?)
    } else {
        None
    };
    // Root slots: the best item, its key, the current item, its key.
    let slots = vm.roots.len();
    vm.roots.extend_from_slice(&[Value::NULL; 4]);
    let op = if is_max { CompareOp::Gt } else { CompareOp::Lt };
    let mut index = 0;
    loop {
        let item = match iter {
            Some(it) => match vm.iter_next(it)? {
                Some(v) => v,
                None => break,
            },
            None => match pos.get(index) {
                Some(&v) => v,
                None => break,
            },
        };
        index += 1;
        vm.roots[slots + 2] = item;
        let k = match key {
            Some(f) => vm.call_value(f, &[item])?,
            None => item,
        };
        vm.roots[slots + 3] = k;
        let best_key = vm.roots[slots + 1];
        if best_key.is_null() || vm.compare_bool(k, best_key, op)? {
            vm.roots[slots] = item;
            vm.roots[slots + 1] = k;
        }
    }
    let best = vm.roots[slots];
    Ok(if best.is_null() { None } else { Some(best) })
}

fn builtin_sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.len();
    if n == 0 {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let kw = keyword_params(vm, &args, &["start"], "sum")?;
    if n > 2 || (n == 2 && kw[0].is_some()) {
        let total = n + kw[0].is_some() as usize;
        return Err(vm.type_error(format!("sum() takes at most 2 arguments ({total} given)")));
    }
    let start = args.pos().get(1).copied().or(kw[0]);
    let start = match start {
        Some(s) => {
            if s.is::<StrObj>() {
                return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
            }
            let tn = vm.type_name(s);
            if tn == "bytes" {
                return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
            }
            if tn == "bytearray" {
                return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
            }
            s
        }
        None => Value::small_int(0),
    };
    let mark = vm.roots_mark();
    let r = (|| {
        let it = rooted_iter(vm, args.pos()[0])?;
        let acc_slot = vm.root(start);
        let item_slot = vm.root(Value::NULL);
        while let Some(item) = vm.iter_next(it)? {
            vm.roots[item_slot] = item;
            let acc = vm.roots[acc_slot];
            vm.roots[acc_slot] = vm.binary_op(acc, item, BinaryOp::Add)?;
        }
        Ok(vm.roots[acc_slot])
    })();
    vm.unroot_to(mark);
    r
}

fn builtin_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, args.pos(), "any")?;
    any_all(vm, v, true)
}

fn builtin_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, args.pos(), "all")?;
    any_all(vm, v, false)
}

/// `any` stops at the first truthy item, `all` at the first falsy one.
fn any_all(vm: &mut Vm, iterable: Value, stop_on: bool) -> PyResult<Value> {
    let mark = vm.roots_mark();
    let r = (|| {
        let it = rooted_iter(vm, iterable)?;
        while let Some(item) = vm.iter_next(it)? {
            if vm.truthy(item)? == stop_on {
                return Ok(Value::bool(stop_on));
            }
        }
        Ok(Value::bool(!stop_on))
    })();
    vm.unroot_to(mark);
    r
}

fn builtin_sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    count_clinic(vm, args.len(), "sorted", 1, 1)?;
    let (key, reverse) = sort_keywords(vm, &args)?;
    let items = vm.collect_iter(args.pos()[0])?;
    let list = vm.new_list(items);
    let mark = vm.roots_mark();
    vm.root(list);
    let r = super::list_methods::sort_list(vm, list, key, reverse);
    vm.unroot_to(mark);
    r?;
    Ok(list)
}

// ---- types and identity ---------------------------------------------------------------------

fn builtin_isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "isinstance")?;
    count_clinic(vm, args.len(), "isinstance", 2, 2)?;
    let r = vm.isinstance(args.pos()[0], args.pos()[1])?;
    Ok(Value::bool(r))
}

fn builtin_issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "issubclass")?;
    count_clinic(vm, args.len(), "issubclass", 2, 2)?;
    let (cls, info) = (args.pos()[0], args.pos()[1]);
    let r = vm.issubclass(cls, info)?;
    Ok(Value::bool(r))
}

fn builtin_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, args.pos(), "hash")?;
    let h = vm.hash(v)?;
    Ok(vm.new_int(h))
}

/// `id(x)`: the value's bits, unique among live values and stable for an object's life.
fn builtin_id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, args.pos(), "id")?;
    Ok(vm.new_bigint(BigInt::from(v.0)))
}

/// Can `v` be called?
pub fn is_callable(vm: &mut Vm, v: Value) -> bool {
    matches!(
        v.kind(),
        Some(Kind::Function | Kind::Builtin | Kind::BoundMethod | Kind::Type)
    ) || has_special(vm, v, "__call__")
}

fn builtin_callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, args.pos(), "callable")?;
    Ok(Value::bool(is_callable(vm, v)))
}

// ---- characters and number text -------------------------------------------------------------

fn builtin_ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, args.pos(), "ord")?;
    match v.get::<StrObj>() {
        Some(s) if s.char_len == 1 => {
            let c = s.as_str().chars().next().unwrap_or('\0');
            Ok(Value::small_int(c as i64))
        }
        Some(s) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len
        ))),
        None if v.is::<BytesObj>() => {
            let b = v.get::<BytesObj>().expect("bytes");
            if b.len() == 1 {
                return Ok(Value::small_int(b.bytes()[0] as i64));
            }
            Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )))
        }
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
        }
    }
}

fn builtin_chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, args.pos(), "chr")?;
    let b = index_bigint(vm, v)?;
    let code = match b.to_i32() {
        Some(c) => c,
        None => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if !(0..0x110000).contains(&code) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    // Strings are UTF-8 inside, so a lone surrogate cannot be represented: it becomes U+FFFD.
    let c = char::from_u32(code as u32).unwrap_or('\u{FFFD}');
    Ok(vm.new_str(c.to_string()))
}

fn int_text(vm: &mut Vm, args: Args, name: &str, base: u32) -> PyResult<Value> {
    let v = one_arg(vm, &args, args.pos(), name)?;
    let b = index_bigint(vm, v)?;
    Ok(vm.new_str(format::int_to_base(&b, base)))
}

fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_text(vm, args, "hex", 16)
}

fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_text(vm, args, "oct", 8)
}

fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_text(vm, args, "bin", 2)
}

fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, args.pos(), "repr")?;
    let s = vm.repr(v)?;
    Ok(vm.new_str(s))
}

fn builtin_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, args.pos(), "ascii")?;
    let s = vm.repr(v)?;
    Ok(vm.new_str(format::ascii_escape(&s)))
}

fn builtin_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "format")?;
    count_clinic(vm, args.len(), "format", 1, 2)?;
    let v = args.pos()[0];
    let spec = match args.pos().get(1) {
        None => "",
        Some(&s) => match s.get::<StrObj>() {
            Some(s) => s.as_str(),
            None => {
                let tn = vm.type_name(s);
                return Err(vm.type_error(format!("format() argument 2 must be str, not {tn}")));
            }
        },
    };
    let s = vm.format_value(v, spec)?;
    Ok(vm.new_str(s))
}

// ---- iteration ------------------------------------------------------------------------------

fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "iter")?;
    count_clinic(vm, args.len(), "iter", 1, 2)?;
    let pos = args.pos();
    if pos.len() == 1 {
        return vm.get_iter(pos[0]);
    }
    if !is_callable(vm, pos[0]) {
        return Err(vm.type_error("iter(v, w): v must be callable"));
    }
    Ok(vm.new_iter(IterState::CallSentinel {
        func: pos[0],
        sentinel: pos[1],
    }))
}

/// Is `v` an iterator (something `next()` accepts)?
fn is_iterator(vm: &mut Vm, v: Value) -> bool {
    if v.is::<IterObj>() || has_special(vm, v, "__next__") {
        return true;
    }
    // Values of the plain data types are never iterators; other runtime kinds (generators)
    // are left for `iter_next` to judge.
    let ty = vm.type_of(v);
    match ty.get::<TypeObj>() {
        Some(t) => !matches!(
            t.layout,
            Layout::Object
                | Layout::NoneType
                | Layout::Bool
                | Layout::Int
                | Layout::Float
                | Layout::Str
                | Layout::Bytes
                | Layout::ByteArray
                | Layout::List
                | Layout::Tuple
                | Layout::Dict
                | Layout::Set
                | Layout::FrozenSet
                | Layout::Range
                | Layout::Slice
                | Layout::Type
                | Layout::Function
                | Layout::Builtin
                | Layout::BoundMethod
                | Layout::Code
                | Layout::Cell
                | Layout::Module
                | Layout::Exception
                | Layout::DictView
                | Layout::Property
                | Layout::NotImplementedType
                | Layout::Ellipsis
        ),
        None => false,
    }
}

fn builtin_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "next")?;
    count_clinic(vm, args.len(), "next", 1, 2)?;
    let it = args.pos()[0];
    if !is_iterator(vm, it) {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.pos().get(1) {
            Some(&default) => Ok(default),
            None => Err(vm.stop_iteration(Value::NULL)),
        },
    }
}

// ---- attributes -----------------------------------------------------------------------------

fn attr_name(vm: &mut Vm, name: Value) -> PyResult<Value> {
    if name.is::<StrObj>() {
        Ok(name)
    } else {
        let tn = vm.type_name(name);
        Err(vm.type_error(format!("attribute name must be string, not '{tn}'")))
    }
}

fn builtin_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "getattr")?;
    count_clinic(vm, args.len(), "getattr", 2, 3)?;
    let pos = args.pos();
    let name = attr_name(vm, pos[1])?;
    match vm.get_attr(pos[0], name) {
        Err(e) if pos.len() == 3 && err_is(vm, &e, ExcName::AttributeError) => Ok(pos[2]),
        r => r,
    }
}

fn builtin_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "setattr")?;
    count_clinic(vm, args.len(), "setattr", 3, 3)?;
    let pos = args.pos();
    let name = attr_name(vm, pos[1])?;
    vm.set_attr(pos[0], name, pos[2])?;
    Ok(Value::NONE)
}

fn builtin_hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "hasattr")?;
    count_clinic(vm, args.len(), "hasattr", 2, 2)?;
    let pos = args.pos();
    let name = attr_name(vm, pos[1])?;
    match vm.get_attr(pos[0], name) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) if err_is(vm, &e, ExcName::AttributeError) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn builtin_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "delattr")?;
    count_clinic(vm, args.len(), "delattr", 2, 2)?;
    let pos = args.pos();
    let name = attr_name(vm, pos[1])?;
    vm.del_attr(pos[0], name)?;
    Ok(Value::NONE)
}

/// `exit(code=None)` / `quit(code=None)` (the site module's quitters): raise SystemExit(code).
fn builtin_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.len() > 1 {
        let n = args.len() + 1;
        return Err(vm.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {n} were given"
        )));
    }
    let p = bind_params(vm, args.pos(), &args, &["code"], "__call__")?;
    let code = p[0].unwrap_or(Value::NONE);
    let class = vm.exc_class(ExcName::SystemExit);
    let exc = vm.new_exception(class, vec![code]);
    Err(PyErr(exc))
}

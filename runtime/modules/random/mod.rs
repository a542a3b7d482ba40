//! The `random` module, bit-exact with CPython for the same seed: the module functions share
//! one Mersenne Twister (`mt`), seeded as CPython seeds it (ints by their 32-bit words, strs
//! and bytes through SHA-512 from the `sha2` crate, nothing from the OS), and every derived
//! function draws from it in the same order as `Lib/random.py`, doing its arithmetic on Python
//! values where CPython's does.
//!
//! Layout: `mt` is the generator, `params` the Python function argument binding, `sequences`
//! choice/choices/shuffle/sample, `distributions` the real-valued distributions. This file holds the shared state, seeding, state save/restore and
//! the integer functions.

mod distributions;
mod mt;
mod params;
mod sequences;

use super::{add_function, new_module, set};
use crate::runtime::builtins::common::{index_bigint, is_int, try_index};
use crate::runtime::bytecode::{BinaryOp, CompareOp};
use crate::runtime::object::{BuiltinFn, BytesObj, StrObj, TupleObj};
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{Args, PyResult, Vm};
use mt::Mt19937;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive};
use params::Signature;
use sha2::{Digest, Sha512};
use std::cell::RefCell;

/// The state behind the module functions (CPython's hidden `random._inst`).
struct State {
    /// Seeded from the OS on first use.
    generator: Option<Mt19937>,
    /// `gauss()` makes two values at a time and keeps the second.
    gauss_next: Option<f64>,
}

thread_local! {
    static STATE: RefCell<State> = const {
        RefCell::new(State {
            generator: None,
            gauss_next: None,
        })
    };
}

/// Run `f` on the shared generator. The borrow never spans a call back into Python.
fn with_generator<R>(f: impl FnOnce(&mut Mt19937) -> R) -> R {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        f(s.generator.get_or_insert_with(os_seeded))
    })
}

/// `random()`: a float in [0, 1).
fn next_float() -> f64 {
    with_generator(|g| g.random())
}

/// `_randbelow(n)` for n > 0.
fn below(n: &BigInt) -> BigInt {
    with_generator(|g| g.below(n))
}

fn below_usize(n: usize) -> usize {
    with_generator(|g| g.below_u64(n as u64) as usize)
}

fn take_gauss_next() -> Option<f64> {
    STATE.with(|s| s.borrow_mut().gauss_next.take())
}

fn set_gauss_next(v: Option<f64>) {
    STATE.with(|s| s.borrow_mut().gauss_next = v);
}

fn reseed(generator: Mt19937) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.generator = Some(generator);
        s.gauss_next = None;
    });
}

/// A generator keyed with 624 words of OS entropy (as CPython's `random_seed_urandom`), or with
/// the time and process id when that is unavailable.
fn os_seeded() -> Mt19937 {
    use std::io::Read;
    let mut bytes = vec![0u8; mt::N * 4];
    let from_os = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .is_ok();
    if from_os {
        let key: Vec<u32> = bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        return Mt19937::from_key(&key);
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    Mt19937::from_key(&[
        nanos as u32,
        (nanos >> 32) as u32,
        (nanos >> 64) as u32,
        std::process::id(),
    ])
}

pub fn install(vm: &mut Vm) {
    let m = new_module(vm, "random");
    let functions: &[(&'static str, BuiltinFn)] = &[
        ("seed", seed),
        ("random", random),
        ("getrandbits", getrandbits),
        ("getstate", getstate),
        ("setstate", setstate),
        ("randrange", randrange),
        ("randint", randint),
        ("choice", sequences::choice),
        ("choices", sequences::choices),
        ("shuffle", sequences::shuffle),
        ("sample", sequences::sample),
        ("uniform", distributions::uniform),
        ("triangular", distributions::triangular),
        ("normalvariate", distributions::normalvariate),
        ("gauss", distributions::gauss),
        ("lognormvariate", distributions::lognormvariate),
        ("expovariate", distributions::expovariate),
        ("vonmisesvariate", distributions::vonmisesvariate),
        ("gammavariate", distributions::gammavariate),
        ("betavariate", distributions::betavariate),
        ("paretovariate", distributions::paretovariate),
        ("weibullvariate", distributions::weibullvariate),
    ];
    for &(name, func) in functions {
        add_function(vm, m, name, func);
    }
    // `from random import *` takes the functions only, not the constants below.
    let mut public: Vec<&str> = functions.iter().map(|&(name, _)| name).collect();
    public.sort_unstable();
    let names = public.into_iter().map(|n| vm.new_str(n)).collect();
    let all = vm.new_list(names);
    set(vm, m, "__all__", all);
    let constants = [
        ("NV_MAGICCONST", distributions::NV_MAGICCONST()),
        ("TWOPI", std::f64::consts::TAU),
        ("LOG4", 4.0f64.ln()),
        ("SG_MAGICCONST", distributions::SG_MAGICCONST()),
        ("RECIP_BPF", 1.0 / 9_007_199_254_740_992.0),
    ];
    for (name, value) in constants {
        set(vm, m, name, Value::float(value));
    }
    set(vm, m, "BPF", Value::small_int(53));
}

// ---- shared helpers ---------------------------------------------------------------------------

/// Python arithmetic on values, keeping the result rooted until the caller's `unroot_to`
/// (user-defined operators may run Python code, and so the collector).
fn arith(vm: &mut Vm, a: Value, op: BinaryOp, b: Value) -> PyResult<Value> {
    let r = vm.binary_op(a, b, op)?;
    vm.root(r);
    Ok(r)
}

/// Run `f` and drop whatever it rooted.
fn rooted<T>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    let mark = vm.roots_mark();
    let r = f(vm);
    vm.unroot_to(mark);
    r
}

fn compare(vm: &mut Vm, a: Value, op: CompareOp, b: Value) -> PyResult<bool> {
    vm.compare_bool(a, b, op)
}

/// A METH_NOARGS method of `Random`.
fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("Random.{name}() takes no keyword arguments")));
    }
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "Random.{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

// ---- seeding and state ------------------------------------------------------------------------

const SEED: Signature = Signature {
    name: "seed",
    positional: &["a", "version"],
    required: 0,
    keyword_only: &[],
};

fn seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = SEED.bind(vm, &args)?;
    let a = p[0].unwrap_or(Value::NONE);
    let version = p[1].unwrap_or(Value::small_int(2));
    let generator = seeded(vm, a, version)?;
    reseed(generator);
    Ok(Value::NONE)
}

/// `Random.seed(a, version)`.
fn seeded(vm: &mut Vm, a: Value, version: Value) -> PyResult<Mt19937> {
    // The text of a str seed, or the contents of a bytes/bytearray seed.
    let text: Option<Vec<u8>> = match (a.get::<StrObj>(), a.get::<BytesObj>()) {
        (Some(s), _) => Some(s.as_str().as_bytes().to_vec()),
        (_, Some(b)) => Some(b.to_vec()),
        _ => None,
    };
    let is_bytearray = a.get::<BytesObj>().map(|b| b.mutable).unwrap_or(false);
    if let Some(text) = &text {
        if !is_bytearray && compare(vm, version, CompareOp::Eq, Value::small_int(1))? {
            // Bytes are read as Latin-1 text, as `a.decode('latin-1')` does.
            let chars: String = match a.get::<StrObj>() {
                Some(s) => s.as_str().to_string(),
                None => text.iter().map(|&c| c as char).collect(),
            };
            return Ok(Mt19937::from_int(&BigInt::from(version1_str_seed(&chars))));
        }
        if compare(vm, version, CompareOp::Eq, Value::small_int(2))? {
            // int.from_bytes(a + sha512(a).digest()), big-endian (a str is UTF-8 encoded).
            let mut bytes = text.clone();
            bytes.extend_from_slice(&Sha512::digest(text));
            let n = BigInt::from_bytes_be(num_bigint::Sign::Plus, &bytes);
            return Ok(Mt19937::from_int(&n));
        }
    }
    if a.is_none() {
        return Ok(os_seeded());
    }
    if is_int(a) {
        let n = vm.to_bigint(a).unwrap_or_default();
        return Ok(Mt19937::from_int(&n));
    }
    if !a.is_float() && text.is_none() {
        return Err(vm.type_error(
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
        ));
    }
    // Floats (and strs/bytes with another version) are keyed by their hash, as an unsigned
    // word (a bytearray is unhashable: TypeError, as in CPython).
    let h = vm.hash(a)? as u64;
    Ok(Mt19937::from_int(&BigInt::from(h)))
}

/// The narrower str seed of version 1 (Python 2's string hash).
fn version1_str_seed(text: &str) -> u64 {
    let mut chars = text.chars().map(|c| c as u64).peekable();
    let mut x = chars.peek().map(|&c| c << 7).unwrap_or(0);
    for c in chars {
        x = x.wrapping_mul(1_000_003) ^ c;
    }
    x ^ text.chars().count() as u64
}

const GETSTATE: Signature = Signature {
    name: "getstate",
    positional: &[],
    required: 0,
    keyword_only: &[],
};

fn getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    GETSTATE.bind(vm, &args)?;
    let (words, index) = with_generator(|g| {
        let (w, i) = g.state();
        (w.to_vec(), i)
    });
    let mut items: Vec<Value> = words.iter().map(|&w| vm.new_int(w as i64)).collect();
    items.push(Value::small_int(index as i64));
    let internal = vm.new_tuple(items);
    let gauss = STATE.with(|s| s.borrow().gauss_next);
    let gauss = gauss.map(Value::float).unwrap_or(Value::NONE);
    Ok(vm.new_tuple(vec![Value::small_int(3), internal, gauss]))
}

const SETSTATE: Signature = Signature {
    name: "setstate",
    positional: &["state"],
    required: 1,
    keyword_only: &[],
};

fn setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = SETSTATE.bind(vm, &args)?;
    let state = p[0].unwrap_or(Value::NONE);
    rooted(vm, |vm| {
        let version = vm.get_item(state, Value::small_int(0))?;
        vm.root(version);
        let v3 = compare(vm, version, CompareOp::Eq, Value::small_int(3))?;
        let v2 = !v3 && compare(vm, version, CompareOp::Eq, Value::small_int(2))?;
        if !v3 && !v2 {
            let shown = vm.to_str(version)?;
            return Err(vm.value_error(format!(
                "state with version {shown} passed to Random.setstate() of version 3"
            )));
        }
        let parts = vm.unpack(state, 3)?;
        vm.roots.extend_from_slice(&parts);
        let gauss = match parts[2] {
            g if g.is_none() => None,
            g => Some(vm.to_f64(g)?),
        };
        let generator = internal_state(vm, parts[1], v2)?;
        STATE.with(|s| {
            let mut s = s.borrow_mut();
            s.generator = Some(generator);
            s.gauss_next = gauss;
        });
        Ok(Value::NONE)
    })
}

/// `_random.Random.setstate`: a tuple of 624 words and the position. Version 2 states may hold
/// words outside 32 bits, reduced modulo 2**32 first.
fn internal_state(vm: &mut Vm, internal: Value, reduce: bool) -> PyResult<Mt19937> {
    let Some(t) = internal.get::<TupleObj>() else {
        if reduce {
            // `tuple(x % 2**32 for x in internalstate)` accepts any iterable of ints.
            let items = vm.collect_iter(internal)?;
            let t = vm.new_tuple(items);
            vm.root(t);
            return internal_state(vm, t, true);
        }
        return Err(vm.type_error("state vector must be a tuple"));
    };
    let items = t.items.to_vec();
    if items.len() != mt::N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; mt::N];
    for (slot, &item) in words.iter_mut().zip(&items) {
        // PyLong_AsUnsignedLong: ints only, no __index__.
        let Some(n) = vm.to_bigint(item) else {
            return Err(vm.type_error("an integer is required"));
        };
        let n = if reduce {
            n.mod_floor(&(BigInt::one() << 32))
        } else {
            n
        };
        if n.is_negative() {
            return Err(vm.overflow_error("can't convert negative value to unsigned int"));
        }
        let Some(w) = n.to_u64() else {
            return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
        };
        *slot = w as u32;
    }
    let index = index_bigint(vm, items[mt::N])?;
    let Some(index) = index.to_i64() else {
        return Err(vm.overflow_error("Python int too large to convert to C long"));
    };
    match usize::try_from(index) {
        Ok(i) if i <= mt::N => Ok(Mt19937::from_state(words, i)),
        _ => Err(vm.value_error("invalid state")),
    }
}

// ---- floats and integers ----------------------------------------------------------------------

fn random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "random")?;
    Ok(Value::float(next_float()))
}

fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("Random.getrandbits() takes no keyword arguments"));
    }
    let [k] = args.pos() else {
        return Err(vm.type_error(format!(
            "Random.getrandbits() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let k = index_bigint(vm, *k)?;
    let Some(k) = k.to_i32() else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::small_int(0));
    }
    let r = with_generator(|g| g.bits(k as u64));
    Ok(vm.new_bigint(r))
}

const RANDRANGE: Signature = Signature {
    name: "randrange",
    positional: &["start", "stop", "step"],
    required: 1,
    keyword_only: &[],
};

fn randrange(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = RANDRANGE.bind(vm, &args)?;
    let start = p[0].unwrap_or(Value::NONE);
    let stop = p[1].unwrap_or(Value::NONE);
    // CPython tests `step is _ONE`: only the int 1 counts as "no step given".
    let step = p[2].unwrap_or(Value::small_int(1));
    let r = randrange_values(vm, start, stop, step)?;
    Ok(vm.new_bigint(r))
}

/// `operator.index(v)`, or else `int(v)` when that equals `v` (deprecated in 3.10 but still
/// accepted: `randrange(10.0)`); `which` names the argument in the error.
fn range_arg(vm: &mut Vm, v: Value, which: &str) -> PyResult<BigInt> {
    if let Some(n) = try_index(vm, v)? {
        return Ok(n);
    }
    let int_type = vm.t.int;
    let i = vm.call_value(int_type, &[v])?;
    let mark = vm.roots_mark();
    vm.root(i);
    let same = compare(vm, i, CompareOp::Eq, v);
    vm.unroot_to(mark);
    if !same? {
        return Err(vm.value_error(format!("non-integer {which} for randrange()")));
    }
    Ok(vm.to_bigint(i).unwrap_or_default())
}

fn randrange_values(vm: &mut Vm, start: Value, stop: Value, step: Value) -> PyResult<BigInt> {
    let istart = range_arg(vm, start, "arg 1")?;
    if stop.is_none() {
        if step != Value::small_int(1) {
            return Err(vm.type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            return Ok(below(&istart));
        }
        return Err(vm.value_error("empty range for randrange()"));
    }
    let istop = range_arg(vm, stop, "stop")?;
    let width = &istop - &istart;
    let istep = range_arg(vm, step, "step")?;
    if istep.is_one() {
        if width.is_positive() {
            return Ok(istart + below(&width));
        }
        return Err(vm.value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = if istep.is_positive() {
        (&width + &istep - BigInt::one()).div_floor(&istep)
    } else if istep.is_negative() {
        (&width + &istep + BigInt::one()).div_floor(&istep)
    } else {
        return Err(vm.value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(vm.value_error("empty range for randrange()"));
    }
    Ok(istart + istep * below(&n))
}

const RANDINT: Signature = Signature {
    name: "randint",
    positional: &["a", "b"],
    required: 2,
    keyword_only: &[],
};

fn randint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = RANDINT.bind(vm, &args)?;
    let (a, b) = (p[0].unwrap_or(Value::NONE), p[1].unwrap_or(Value::NONE));
    let r = rooted(vm, |vm| {
        let stop = arith(vm, b, BinaryOp::Add, Value::small_int(1))?;
        randrange_values(vm, a, stop, Value::small_int(1))
    })?;
    Ok(vm.new_bigint(r))
}

/// Whether `e` is an instance of `name`.
fn is_exc(vm: &Vm, e: &crate::runtime::vm::PyErr, name: ExcName) -> bool {
    vm.exc_is(e.0, name)
}

/// A `range(n)` count that must fit an index (`len(range(total))`).
fn ssize(vm: &mut Vm, n: &BigInt) -> PyResult<usize> {
    match n.to_i64() {
        Some(v) if v >= 0 => Ok(v as usize),
        Some(_) => Ok(0),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

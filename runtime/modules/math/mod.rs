//! The `math` module: CPython's float functions with its argument conversion, special-value
//! rules and error messages, plus the exact integer functions. Most float functions are the C
//! library's (Rust's `f64` methods call the same libm); the ones Rust computes differently are
//! ported in `fdlibm` and `gamma` so results match bit for bit.

mod accurate;
mod fdlibm;
mod float_bits;
mod gamma;
mod integer;

use super::{add_function, new_module, set};
use crate::runtime::builtins::common::{
    call_special, count_clinic, index_bigint, is_int, lookup_special, rooted_items, rooted_iter,
};
use crate::runtime::builtins::constructors::float_to_int;
use crate::runtime::bytecode::BinaryOp;
use crate::runtime::object::TupleObj;
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyErr, PyResult, Vm};
use accurate::{vector_norm, Fsum, FsumError};
use float_bits::PowError;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// How a libm-style function fails (errno EDOM / ERANGE).
pub enum MathError {
    Domain,
    Range,
}

type F1 = fn(f64) -> f64;

pub fn install(vm: &mut Vm) {
    let m = new_module(vm, "math");
    let constants = [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (name, value) in constants {
        set(vm, m, name, Value::float(value));
    }
    let functions: &[(&'static str, crate::runtime::object::BuiltinFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atan2", atan2),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("ceil", ceil),
        ("comb", comb),
        ("copysign", copysign),
        ("cos", cos),
        ("cosh", cosh),
        ("degrees", degrees),
        ("dist", dist),
        ("erf", erf),
        ("erfc", erfc),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("fabs", fabs),
        ("factorial", factorial),
        ("floor", floor),
        ("fmod", fmod),
        ("frexp", frexp),
        ("fsum", fsum),
        ("gamma", gamma),
        ("gcd", gcd),
        ("hypot", hypot),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isqrt", isqrt),
        ("lcm", lcm),
        ("ldexp", ldexp),
        ("lgamma", lgamma),
        ("log", log),
        ("log10", log10),
        ("log1p", log1p),
        ("log2", log2),
        ("modf", modf),
        ("nextafter", nextafter),
        ("perm", perm),
        ("pow", pow),
        ("prod", prod),
        ("radians", radians),
        ("remainder", remainder),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
        ("trunc", trunc),
        ("ulp", ulp),
    ];
    for &(name, func) in functions {
        add_function(vm, m, name, func);
    }
}

// ---- arguments ------------------------------------------------------------------------------

/// `PyFloat_AsDouble`: floats, ints (OverflowError past the double range), then `__float__`,
/// then `__index__`.
pub fn as_double(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if Vm::num_of(v).is_some() {
        return vm.to_f64(v);
    }
    // Subclasses of float carry their value; CPython reads it without calling `__float__`.
    let base = Vm::unwrap_base(v);
    if base.is_float() {
        return Ok(base.as_float());
    }
    if let Some(r) = call_special(vm, v, "__float__", &[])? {
        if r.is_float() {
            return Ok(r.as_float());
        }
        let (tv, tr) = (vm.type_name(v), vm.type_name(r));
        return Err(vm.type_error(format!("{tv}.__float__ returned non-float (type {tr})")));
    }
    if let Some(r) = call_special(vm, v, "__index__", &[])? {
        if is_int(r) {
            return vm.to_f64(r);
        }
        let tr = vm.type_name(r);
        return Err(vm.type_error(format!("__index__ returned non-int (type {tr})")));
    }
    if base != v && is_int(base) {
        return vm.to_f64(base);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {tn}")))
}

/// `operator.index(v)` as a big int (instances of int subclasses included).
fn int_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    let base = Vm::unwrap_base(v);
    if base != v && is_int(base) && lookup_special(vm, v, "__index__").is_none() {
        return Ok(vm.to_bigint(base).unwrap_or_default());
    }
    index_bigint(vm, v)
}

/// A METH_O function's single argument.
fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    match args.pos() {
        [x] => Ok(*x),
        pos => Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            pos.len()
        ))),
    }
}

/// A two-argument positional-only function's arguments.
fn two_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Value)> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    match args.pos() {
        [x, y] => Ok((*x, *y)),
        pos => Err(vm.type_error(format!("{name} expected 2 arguments, got {}", pos.len()))),
    }
}

fn two_doubles(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let (x, y) = two_args(vm, args, name)?;
    let x = as_double(vm, x)?;
    let y = as_double(vm, y)?;
    Ok((x, y))
}

fn domain_error(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range_error(vm: &mut Vm) -> PyErr {
    vm.overflow_error("math range error")
}

fn math_error(vm: &mut Vm, e: MathError) -> PyErr {
    match e {
        MathError::Domain => domain_error(vm),
        MathError::Range => range_error(vm),
    }
}

// ---- one-argument float functions ------------------------------------------------------------

/// CPython's `math_1`: a NaN from a non-NaN is a domain error; an infinity from a finite value
/// is an overflow (if the function can overflow) or a singularity (domain error).
fn math_1(vm: &mut Vm, args: &Args, name: &str, f: F1, can_overflow: bool) -> PyResult<Value> {
    let x = one_arg(vm, args, name)?;
    Ok(Value::float(libm(vm, x, f, can_overflow)?))
}

/// `f(x)` for a libm function on any real `x`, with `math_1`'s errors (also used by `random`).
pub fn libm(vm: &mut Vm, x: Value, f: F1, can_overflow: bool) -> PyResult<f64> {
    let x = as_double(vm, x)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(r)
}

/// Functions that report errors themselves (CPython's `math_1a`).
fn math_1a(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(f64) -> Result<f64, MathError>,
) -> PyResult<Value> {
    let x = one_arg(vm, args, name)?;
    let x = as_double(vm, x)?;
    match f(x) {
        Ok(r) => Ok(Value::float(r)),
        Err(e) => Err(math_error(vm, e)),
    }
}

macro_rules! float_fn {
    ($name:ident, $f:expr, $can_overflow:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            math_1(vm, &args, stringify!($name), $f, $can_overflow)
        }
    };
}

float_fn!(acos, f64::acos, false);
float_fn!(acosh, fdlibm::acosh, false);
float_fn!(asin, f64::asin, false);
float_fn!(asinh, fdlibm::asinh, false);
float_fn!(atan, f64::atan, false);
float_fn!(atanh, fdlibm::atanh, false);
float_fn!(cbrt, fdlibm::cbrt, false);
float_fn!(cos, f64::cos, false);
float_fn!(cosh, f64::cosh, true);
float_fn!(exp, f64::exp, true);
float_fn!(exp2, f64::exp2, true);
float_fn!(expm1, f64::exp_m1, true);
float_fn!(fabs, f64::abs, false);
float_fn!(log1p, f64::ln_1p, false);
float_fn!(sin, f64::sin, false);
float_fn!(sinh, f64::sinh, true);
float_fn!(sqrt, f64::sqrt, false);
float_fn!(tan, f64::tan, false);
float_fn!(tanh, f64::tanh, false);

fn erf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1a(vm, &args, "erf", |x| Ok(fdlibm::erf(x)))
}

fn erfc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1a(vm, &args, "erfc", |x| Ok(fdlibm::erfc(x)))
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1a(vm, &args, "gamma", gamma::gamma)
}

fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1a(vm, &args, "lgamma", gamma::lgamma)
}

fn degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "degrees")?;
    let x = as_double(vm, x)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "radians")?;
    let x = as_double(vm, x)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

fn float_predicate(vm: &mut Vm, args: &Args, name: &str, p: fn(f64) -> bool) -> PyResult<Value> {
    let x = one_arg(vm, args, name)?;
    let x = as_double(vm, x)?;
    Ok(Value::bool(p(x)))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_predicate(vm, &args, "isfinite", f64::is_finite)
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_predicate(vm, &args, "isinf", f64::is_infinite)
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_predicate(vm, &args, "isnan", f64::is_nan)
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "ulp")?;
    let x = as_double(vm, x)?;
    Ok(Value::float(float_bits::ulp(x)))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "frexp")?;
    let x = as_double(vm, x)?;
    let (m, e) = float_bits::frexp(x);
    Ok(vm.new_tuple(vec![Value::float(m), Value::small_int(e as i64)]))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "modf")?;
    let x = as_double(vm, x)?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        // Both parts keep the sign of x, zeros included.
        let whole = x.trunc();
        ((x - whole).copysign(x), whole)
    };
    Ok(vm.new_tuple(vec![Value::float(frac), Value::float(whole)]))
}

// ---- rounding to ints -----------------------------------------------------------------------

/// floor/ceil: ints as themselves, floats rounded, else the type's `__floor__`/`__ceil__`, else
/// the value as a float.
fn round_to_int(vm: &mut Vm, args: &Args, name: &str, dunder: &str, f: F1) -> PyResult<Value> {
    let x = one_arg(vm, args, name)?;
    if x.is_float() {
        return float_to_int(vm, f(x.as_float()));
    }
    if is_int(x) {
        return Ok(int_value(vm, x));
    }
    if let Some(r) = call_special(vm, x, dunder, &[])? {
        return Ok(r);
    }
    let d = as_double(vm, x)?;
    float_to_int(vm, f(d))
}

/// An int (or bool) as a plain int.
fn int_value(vm: &mut Vm, x: Value) -> Value {
    if x.is_bool() {
        return Value::small_int(x.as_bool() as i64);
    }
    let _ = vm;
    x
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_to_int(vm, &args, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_to_int(vm, &args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "trunc")?;
    if x.is_float() {
        return float_to_int(vm, x.as_float());
    }
    if is_int(x) {
        return Ok(int_value(vm, x));
    }
    match call_special(vm, x, "__trunc__", &[])? {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name(x);
            Err(vm.type_error(format!("type {tn} doesn't define __trunc__ method")))
        }
    }
}

// ---- two-argument float functions -------------------------------------------------------------

/// CPython's `math_2`: NaN from non-NaNs is a domain error, an infinity from finite values an
/// overflow.
fn math_2(vm: &mut Vm, args: &Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = two_doubles(vm, args, name)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, &args, "atan2", float_bits::atan2)
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, &args, "copysign", f64::copysign)
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, &args, "remainder", float_bits::remainder)
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_doubles(vm, &args, "nextafter")?;
    Ok(Value::float(float_bits::nextafter(x, y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_doubles(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::float(r))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_doubles(vm, &args, "pow")?;
    match float_bits::pow(x, y) {
        Ok(r) => Ok(Value::float(r)),
        Err(PowError::Domain) => Err(domain_error(vm)),
        Err(PowError::Overflow) => Err(range_error(vm)),
    }
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, i) = two_args(vm, &args, "ldexp")?;
    let x = as_double(vm, x)?;
    let i = Vm::unwrap_base(i);
    let Some(exp) = vm.to_bigint(i).filter(|_| is_int(i)) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    // Exponents beyond i64 behave like the clamped ones: certain overflow or underflow.
    let exp = exp.to_i64().unwrap_or(if exp.is_negative() {
        i64::MIN
    } else {
        i64::MAX
    });
    let r = float_bits::ldexp(x, exp);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    let mut params: [Option<Value>; 4] = [pos.first().copied(), pos.get(1).copied(), None, None];
    let names = ["a", "b", "rel_tol", "abs_tol"];
    // As Argument Clinic does: missing required arguments are reported before keywords that
    // repeat a positional one or are unknown.
    let mut bad_keyword = None;
    for (kw, v) in args.kwargs() {
        match names.iter().position(|n| *n == kw) {
            Some(i) if i >= pos.len() => params[i] = Some(v),
            _ => {
                bad_keyword.get_or_insert(kw);
            }
        }
    }
    for (i, name) in names.iter().enumerate().take(2) {
        if params[i].is_none() {
            return Err(vm.type_error(format!(
                "isclose() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    if let Some(kw) = bad_keyword {
        let msg = match names.iter().position(|n| *n == kw) {
            Some(i) => format!(
                "argument for isclose() given by name ('{kw}') and position ({})",
                i + 1
            ),
            None => format!("'{kw}' is an invalid keyword argument for isclose()"),
        };
        return Err(vm.type_error(msg));
    }
    let mut values = [0.0, 0.0, 1e-9, 0.0];
    for (i, p) in params.iter().enumerate() {
        if let Some(v) = p {
            values[i] = as_double(vm, *v)?;
        }
    }
    let [a, b, rel_tol, abs_tol] = values;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ---- logarithms -----------------------------------------------------------------------------

/// A logarithm of a positive finite double, with the special values of CPython's `m_log`:
/// None for a domain error.
fn log_special(x: f64, f: F1) -> Option<f64> {
    if x.is_finite() {
        if x > 0.0 {
            Some(f(x))
        } else {
            None
        }
    } else if x.is_nan() || x > 0.0 {
        Some(x)
    } else {
        None
    }
}

/// `math.log(x)` (also used by `random`).
pub fn natural_log(vm: &mut Vm, x: Value) -> PyResult<f64> {
    log_of(vm, x, f64::ln)
}

/// `loghelper`: ints are handled exactly (even past the double range, as log(m) + e*log(2)),
/// anything else goes through the double conversion.
fn log_of(vm: &mut Vm, arg: Value, f: F1) -> PyResult<f64> {
    let arg = match Vm::unwrap_base(arg) {
        base if is_int(base) => base,
        _ => arg,
    };
    if is_int(arg) {
        let n = vm.to_bigint(arg).unwrap_or_default();
        if n.sign() != Sign::Plus {
            return Err(domain_error(vm));
        }
        if let Ok(x) = crate::runtime::format::int_to_f64(&n) {
            return Ok(f(x));
        }
        let (m, e) = bigint_frexp(&n);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = as_double(vm, arg)?;
    log_special(x, f).ok_or_else(|| domain_error(vm))
}

/// (m, e) with n ≈ m * 2**e, 0.5 <= m < 1, m correctly rounded (n positive).
fn bigint_frexp(n: &BigInt) -> (f64, u64) {
    let bits = n.bits();
    let shift = bits.saturating_sub(64);
    let mag = n.magnitude();
    let top = (mag >> shift).to_u64().unwrap_or(u64::MAX);
    // A sticky bit for the dropped bits makes the u64 -> f64 rounding the correct one.
    let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
    let top = top | sticky as u64;
    let top_bits = bits - shift;
    let m = top as f64 / 2f64.powi(top_bits as i32);
    if m == 1.0 {
        (0.5, bits + 1)
    } else {
        (m, bits)
    }
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("log() takes no keyword arguments"));
    }
    let (x, base) = match args.pos() {
        [x] => (*x, None),
        [x, b] => (*x, Some(*b)),
        _ => return Err(vm.type_error("math.log requires 1 to 2 arguments")),
    };
    let num = log_of(vm, x, f64::ln)?;
    let Some(base) = base else {
        return Ok(Value::float(num));
    };
    let den = log_of(vm, base, f64::ln)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::float(num / den))
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "log2")?;
    Ok(Value::float(log_of(vm, x, f64::log2)?))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "log10")?;
    Ok(Value::float(log_of(vm, x, f64::log10)?))
}

// ---- sums and norms -------------------------------------------------------------------------

fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let seq = one_arg(vm, &args, "fsum")?;
    let mark = vm.roots_mark();
    let result = fsum_of(vm, seq);
    vm.unroot_to(mark);
    let total = result?;
    match total.total() {
        Ok(t) => Ok(Value::float(t)),
        Err(e) => Err(fsum_error(vm, e)),
    }
}

fn fsum_of(vm: &mut Vm, seq: Value) -> PyResult<Fsum> {
    let it = rooted_iter(vm, seq)?;
    let mut sum = Fsum::default();
    while let Some(item) = vm.iter_next(it)? {
        let x = as_double(vm, item)?;
        if let Err(e) = sum.add(x) {
            return Err(fsum_error(vm, e));
        }
    }
    Ok(sum)
}

fn fsum_error(vm: &mut Vm, e: FsumError) -> PyErr {
    match e {
        FsumError::Overflow => vm.overflow_error("intermediate overflow in fsum"),
        FsumError::InfMinusInf => vm.value_error("-inf + inf in fsum"),
    }
}

/// The norm of absolute coordinates, tracking the maximum and NaNs as CPython does.
fn norm_of(values: &[f64]) -> f64 {
    let mut max = 0.0;
    let mut found_nan = false;
    for &x in values {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    vector_norm(values, max, found_nan)
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("math.hypot() takes no keyword arguments"));
    }
    let mut coords = Vec::with_capacity(args.len());
    for &v in args.pos() {
        coords.push(as_double(vm, v)?.abs());
    }
    Ok(Value::float(norm_of(&coords)))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, q) = two_args(vm, &args, "dist")?;
    let mark = vm.roots_mark();
    let result = dist_of(vm, p, q);
    vm.unroot_to(mark);
    Ok(Value::float(result?))
}

fn dist_of(vm: &mut Vm, p: Value, q: Value) -> PyResult<f64> {
    let p = point(vm, p)?;
    let q = point(vm, q)?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (&pv, &qv) in p.iter().zip(q.iter()) {
        let px = as_double(vm, pv)?;
        let qx = as_double(vm, qv)?;
        diffs.push((px - qx).abs());
    }
    Ok(norm_of(&diffs))
}

/// A point's coordinates, rooted (tuples as they are, other iterables materialised).
fn point(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    if let Some(t) = v.get::<TupleObj>() {
        vm.root(v);
        return Ok(t.items.to_vec());
    }
    rooted_items(vm, v)
}

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let mut start = None;
    for (kw, v) in args.kwargs() {
        if kw != "start" {
            return Err(vm.type_error(format!("'{kw}' is an invalid keyword argument for prod()")));
        }
        start = Some(v);
    }
    let mark = vm.roots_mark();
    let result = prod_of(vm, pos[0], start.unwrap_or(Value::small_int(1)));
    vm.unroot_to(mark);
    result
}

fn prod_of(vm: &mut Vm, iterable: Value, start: Value) -> PyResult<Value> {
    let it = rooted_iter(vm, iterable)?;
    let slot = vm.root(start);
    let mut acc = start;
    while let Some(item) = vm.iter_next(it)? {
        vm.roots[slot] = item;
        acc = vm.binary_op(acc, item, BinaryOp::Mul)?;
        vm.roots[slot] = acc;
    }
    Ok(acc)
}

// ---- integer functions ----------------------------------------------------------------------

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "factorial")?;
    let n = int_arg(vm, x)?;
    let n = factorial_arg(vm, &n)?;
    Ok(vm.new_bigint(integer::factorial(n)))
}

fn factorial_arg(vm: &mut Vm, n: &BigInt) -> PyResult<u64> {
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    match n.to_i64() {
        Some(v) => Ok(v as u64),
        None => Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        ))),
    }
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("math.gcd() takes no keyword arguments"));
    }
    let mut acc = BigInt::zero();
    for &v in args.pos() {
        let n = int_arg(vm, v)?;
        acc = acc.gcd(&n);
    }
    Ok(vm.new_bigint(acc))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("math.lcm() takes no keyword arguments"));
    }
    let mut acc = BigInt::from(1);
    for (i, &v) in args.pos().iter().enumerate() {
        let n = int_arg(vm, v)?;
        acc = if i == 0 {
            n.abs()
        } else if acc.is_zero() || n.is_zero() {
            BigInt::zero()
        } else {
            (&acc / acc.gcd(&n) * &n).abs()
        };
    }
    Ok(vm.new_bigint(acc))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "isqrt")?;
    let n = int_arg(vm, x)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

/// The (n, k) of `perm`/`comb`, checked non-negative.
fn n_and_k(vm: &mut Vm, n: Value, k: Value) -> PyResult<(BigInt, BigInt)> {
    let n = int_arg(vm, n)?;
    let k = int_arg(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("math.perm() takes no keyword arguments"));
    }
    count_clinic(vm, args.len(), "perm", 1, 2)?;
    let pos = args.pos();
    let k = pos.get(1).copied().unwrap_or(Value::NONE);
    if k.is_none() {
        let n = int_arg(vm, pos[0])?;
        let n = factorial_arg(vm, &n)?;
        return Ok(vm.new_bigint(integer::factorial(n)));
    }
    let (n, k) = n_and_k(vm, pos[0], k)?;
    if n < k {
        return Ok(Value::small_int(0));
    }
    let Some(k) = k.to_i64() else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    Ok(vm.new_bigint(integer::perm(&n, k as u64)))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, k) = two_args(vm, &args, "comb")?;
    let (n, k) = n_and_k(vm, n, k)?;
    if n < k {
        return Ok(Value::small_int(0));
    }
    let k = std::cmp::min(&n - &k, k);
    let Some(k) = k.to_i64() else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    Ok(vm.new_bigint(integer::comb(&n, k as u64)))
}

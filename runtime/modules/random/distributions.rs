//! Real-valued distributions, following `Lib/random.py` step for step: the same draws in the
//! same order, float arithmetic where CPython's is on floats, and Python arithmetic (`+`, `*`,
//! comparisons) where the user's parameters take part, so ints, floats and their mixtures give
//! CPython's exact results and errors.

use super::params::Signature;
use super::{arith, compare, next_float, rooted, set_gauss_next, take_gauss_next};
use crate::runtime::bytecode::{BinaryOp, CompareOp};
use crate::runtime::modules::math::{as_double, libm, natural_log};
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{Args, PyResult, Vm};
use std::f64::consts::{E, PI, TAU};

/// 4 * exp(-0.5) / sqrt(2.0), evaluated as random.py does.
#[allow(non_snake_case)]
pub fn NV_MAGICCONST() -> f64 {
    4.0 * (-0.5f64).exp() / 2.0f64.sqrt()
}

/// 1.0 + log(4.5).
#[allow(non_snake_case)]
pub fn SG_MAGICCONST() -> f64 {
    1.0 + 4.5f64.ln()
}

fn float(x: f64) -> Value {
    Value::float(x)
}

/// Bind and unpack `N` parameters, filling defaults.
fn params<const N: usize>(
    vm: &mut Vm,
    args: &Args,
    sig: &Signature,
    defaults: [Value; N],
) -> PyResult<[Value; N]> {
    let p = sig.bind(vm, args)?;
    let mut out = defaults;
    for (slot, v) in out.iter_mut().zip(p) {
        if let Some(v) = v {
            *slot = v;
        }
    }
    Ok(out)
}

/// `mu + z * sigma`.
fn shift_scale(vm: &mut Vm, mu: Value, z: f64, sigma: Value) -> PyResult<Value> {
    let zs = arith(vm, float(z), BinaryOp::Mul, sigma)?;
    arith(vm, mu, BinaryOp::Add, zs)
}

const UNIFORM: Signature = Signature {
    name: "uniform",
    positional: &["a", "b"],
    required: 2,
    keyword_only: &[],
};

/// a + (b - a) * random()
pub fn uniform(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = params(vm, &args, &UNIFORM, [Value::NONE; 2])?;
    rooted(vm, |vm| {
        let width = arith(vm, b, BinaryOp::Sub, a)?;
        let scaled = arith(vm, width, BinaryOp::Mul, float(next_float()))?;
        arith(vm, a, BinaryOp::Add, scaled)
    })
}

const TRIANGULAR: Signature = Signature {
    name: "triangular",
    positional: &["low", "high", "mode"],
    required: 0,
    keyword_only: &[],
};

pub fn triangular(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [mut low, mut high, mode] = params(
        vm,
        &args,
        &TRIANGULAR,
        [float(0.0), float(1.0), Value::NONE],
    )?;
    rooted(vm, |vm| {
        let mut u = float(next_float());
        let mut c = if mode.is_none() {
            float(0.5)
        } else {
            let num = arith(vm, mode, BinaryOp::Sub, low)?;
            let den = arith(vm, high, BinaryOp::Sub, low)?;
            match arith(vm, num, BinaryOp::TrueDiv, den) {
                Ok(c) => c,
                Err(e) if vm.exc_is(e.0, ExcName::ZeroDivisionError) => return Ok(low),
                Err(e) => return Err(e),
            }
        };
        if compare(vm, u, CompareOp::Gt, c)? {
            u = arith(vm, float(1.0), BinaryOp::Sub, u)?;
            c = arith(vm, float(1.0), BinaryOp::Sub, c)?;
            std::mem::swap(&mut low, &mut high);
        }
        let uc = arith(vm, u, BinaryOp::Mul, c)?;
        let root = libm(vm, uc, f64::sqrt, false)?;
        let width = arith(vm, high, BinaryOp::Sub, low)?;
        let scaled = arith(vm, width, BinaryOp::Mul, float(root))?;
        arith(vm, low, BinaryOp::Add, scaled)
    })
}

const NORMALVARIATE: Signature = Signature {
    name: "normalvariate",
    positional: &["mu", "sigma"],
    required: 0,
    keyword_only: &[],
};

/// Kinderman and Monahan's ratio-of-uniforms method.
fn standard_normal() -> f64 {
    let magic = NV_MAGICCONST();
    loop {
        let u1 = next_float();
        let u2 = 1.0 - next_float();
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return z;
        }
    }
}

pub fn normalvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [mu, sigma] = params(vm, &args, &NORMALVARIATE, [float(0.0), float(1.0)])?;
    let z = standard_normal();
    rooted(vm, |vm| shift_scale(vm, mu, z, sigma))
}

const GAUSS: Signature = Signature {
    name: "gauss",
    positional: &["mu", "sigma"],
    required: 0,
    keyword_only: &[],
};

/// Box-Muller: two normals per pair of draws, the second kept for the next call.
pub fn gauss(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [mu, sigma] = params(vm, &args, &GAUSS, [float(0.0), float(1.0)])?;
    let z = match take_gauss_next() {
        Some(z) => z,
        None => {
            let x2pi = next_float() * TAU;
            let g2rad = (-2.0 * (1.0 - next_float()).ln()).sqrt();
            set_gauss_next(Some(x2pi.sin() * g2rad));
            x2pi.cos() * g2rad
        }
    };
    rooted(vm, |vm| shift_scale(vm, mu, z, sigma))
}

const LOGNORMVARIATE: Signature = Signature {
    name: "lognormvariate",
    positional: &["mu", "sigma"],
    required: 2,
    keyword_only: &[],
};

pub fn lognormvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [mu, sigma] = params(vm, &args, &LOGNORMVARIATE, [Value::NONE; 2])?;
    let z = standard_normal();
    rooted(vm, |vm| {
        let n = shift_scale(vm, mu, z, sigma)?;
        Ok(float(libm(vm, n, f64::exp, true)?))
    })
}

const EXPOVARIATE: Signature = Signature {
    name: "expovariate",
    positional: &["lambd"],
    required: 1,
    keyword_only: &[],
};

/// -log(1.0 - random()) / lambd
pub fn expovariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [lambd] = params(vm, &args, &EXPOVARIATE, [Value::NONE])?;
    let x = -(1.0 - next_float()).ln();
    rooted(vm, |vm| arith(vm, float(x), BinaryOp::TrueDiv, lambd))
}

const VONMISESVARIATE: Signature = Signature {
    name: "vonmisesvariate",
    positional: &["mu", "kappa"],
    required: 2,
    keyword_only: &[],
};

pub fn vonmisesvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [mu, kappa] = params(vm, &args, &VONMISESVARIATE, [Value::NONE; 2])?;
    rooted(vm, |vm| {
        if compare(vm, kappa, CompareOp::Le, float(1e-6))? {
            return Ok(float(TAU * next_float()));
        }
        let s = arith(vm, float(0.5), BinaryOp::TrueDiv, kappa)?;
        let s = as_double(vm, s)?;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = next_float();
            let z = (PI * u1).cos();
            let d = z / (r + z);
            let u2 = next_float();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = next_float();
        let angle = libm(vm, float(f), f64::acos, false)?;
        let op = if u3 > 0.5 {
            BinaryOp::Add
        } else {
            BinaryOp::Sub
        };
        let theta = arith(vm, mu, op, float(angle))?;
        arith(vm, theta, BinaryOp::Mod, float(TAU))
    })
}

const GAMMAVARIATE: Signature = Signature {
    name: "gammavariate",
    positional: &["alpha", "beta"],
    required: 2,
    keyword_only: &[],
};

pub fn gammavariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [alpha, beta] = params(vm, &args, &GAMMAVARIATE, [Value::NONE; 2])?;
    rooted(vm, |vm| gamma_value(vm, alpha, beta))
}

/// `gammavariate(alpha, beta)` on values (shared with `betavariate`).
fn gamma_value(vm: &mut Vm, alpha: Value, beta: Value) -> PyResult<Value> {
    if compare(vm, alpha, CompareOp::Le, float(0.0))?
        || compare(vm, beta, CompareOp::Le, float(0.0))?
    {
        return Err(vm.value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    let x = if compare(vm, alpha, CompareOp::Gt, float(1.0))? {
        // Cheng's rejection algorithm GB for alpha > 1.
        let a = as_double(vm, alpha)?;
        let ainv = (2.0 * a - 1.0).sqrt();
        let bbb = a - 4.0f64.ln();
        let ccc = a + ainv;
        loop {
            let u1 = next_float();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - next_float();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = a * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + SG_MAGICCONST() - 4.5 * z >= 0.0 || r >= natural_log(vm, float(z))? {
                break x;
            }
        }
    } else if compare(vm, alpha, CompareOp::Eq, float(1.0))? {
        -(1.0 - next_float()).ln()
    } else {
        // ALGORITHM GS of Statistical Computing (Kennedy & Gentle) for alpha < 1.
        let a = as_double(vm, alpha)?;
        loop {
            let u = next_float();
            let b = (E + a) / E;
            let p = b * u;
            let x = if p <= 1.0 {
                p.powf(1.0 / a)
            } else {
                -natural_log(vm, float((b - p) / a))?
            };
            let u1 = next_float();
            if p > 1.0 {
                if u1 <= x.powf(a - 1.0) {
                    break x;
                }
            } else if u1 <= (-x).exp() {
                break x;
            }
        }
    };
    arith(vm, float(x), BinaryOp::Mul, beta)
}

const BETAVARIATE: Signature = Signature {
    name: "betavariate",
    positional: &["alpha", "beta"],
    required: 2,
    keyword_only: &[],
};

pub fn betavariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [alpha, beta] = params(vm, &args, &BETAVARIATE, [Value::NONE; 2])?;
    rooted(vm, |vm| {
        let y = gamma_value(vm, alpha, float(1.0))?;
        if !vm.truthy(y)? {
            return Ok(float(0.0));
        }
        let other = gamma_value(vm, beta, float(1.0))?;
        let sum = arith(vm, y, BinaryOp::Add, other)?;
        arith(vm, y, BinaryOp::TrueDiv, sum)
    })
}

const PARETOVARIATE: Signature = Signature {
    name: "paretovariate",
    positional: &["alpha"],
    required: 1,
    keyword_only: &[],
};

/// (1.0 - random()) ** (-1.0 / alpha)
pub fn paretovariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [alpha] = params(vm, &args, &PARETOVARIATE, [Value::NONE])?;
    let u = 1.0 - next_float();
    rooted(vm, |vm| {
        let e = arith(vm, float(-1.0), BinaryOp::TrueDiv, alpha)?;
        arith(vm, float(u), BinaryOp::Pow, e)
    })
}

const WEIBULLVARIATE: Signature = Signature {
    name: "weibullvariate",
    positional: &["alpha", "beta"],
    required: 2,
    keyword_only: &[],
};

/// alpha * (-log(1.0 - random())) ** (1.0 / beta)
pub fn weibullvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [alpha, beta] = params(vm, &args, &WEIBULLVARIATE, [Value::NONE; 2])?;
    let u = 1.0 - next_float();
    rooted(vm, |vm| {
        let e = arith(vm, float(1.0), BinaryOp::TrueDiv, beta)?;
        let p = arith(vm, float(-u.ln()), BinaryOp::Pow, e)?;
        arith(vm, alpha, BinaryOp::Mul, p)
    })
}

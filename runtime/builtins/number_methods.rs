//! The methods of `int` (inherited by `bool`) and `float`.

use super::common::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;

pub fn install(vm: &mut Vm) {
    let int = vm.t.int;
    add_methods(
        vm,
        int,
        "int",
        &[
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
            ("conjugate", int_conjugate),
            ("as_integer_ratio", int_as_integer_ratio),
        ],
    );
    let float = vm.t.float;
    add_methods(
        vm,
        float,
        "float",
        &[
            ("is_integer", float_is_integer),
            ("as_integer_ratio", float_as_integer_ratio),
            ("conjugate", float_conjugate),
        ],
    );
}

/// The int receiver of a no-argument `int.<name>` method.
fn this_int(vm: &mut Vm, args: &Args, name: &str) -> PyResult<BigInt> {
    let (recv, rest) = split_receiver(vm, args, "int", name)?;
    let b = match vm.to_bigint(recv) {
        Some(b) => b,
        None => return Err(wrong_receiver(vm, "int", name, recv)),
    };
    no_args(vm, args, rest, &format!("int.{name}"))?;
    Ok(b)
}

fn this_float(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    let (recv, rest) = split_receiver(vm, args, "float", name)?;
    if !recv.is_float() {
        return Err(wrong_receiver(vm, "float", name, recv));
    }
    no_args(vm, args, rest, &format!("float.{name}"))?;
    Ok(recv.as_float())
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_int(vm, &args, "bit_length")?;
    Ok(vm.new_int(b.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_int(vm, &args, "bit_count")?;
    Ok(vm.new_int(b.magnitude().count_ones() as i64))
}

fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_int(vm, &args, "conjugate")?;
    Ok(vm.new_bigint(b))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_int(vm, &args, "as_integer_ratio")?;
    let n = vm.new_bigint(b);
    Ok(vm.new_tuple(vec![n, Value::small_int(1)]))
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = this_float(vm, &args, "is_integer")?;
    Ok(Value::bool(x.is_finite() && x.fract() == 0.0))
}

fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = this_float(vm, &args, "conjugate")?;
    Ok(Value::float(x))
}

/// The exact value of a finite float as a reduced fraction with a power-of-two denominator.
pub fn float_ratio(x: f64) -> (BigInt, BigInt) {
    if x == 0.0 {
        return (BigInt::from(0), BigInt::from(1));
    }
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    // x = mantissa * 2**exp
    let (mut mantissa, mut exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    while mantissa & 1 == 0 && exp < 0 {
        mantissa >>= 1;
        exp += 1;
    }
    let mut num = BigInt::from(mantissa);
    if negative {
        num = -num;
    }
    if exp >= 0 {
        (num << exp as usize, BigInt::from(1))
    } else {
        (num, BigInt::from(1) << (-exp) as usize)
    }
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = this_float(vm, &args, "as_integer_ratio")?;
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (n, d) = float_ratio(x);
    let n = vm.new_bigint(n);
    let d = vm.new_bigint(d);
    Ok(vm.new_tuple(vec![n, d]))
}

//! The methods of `int` (inherited by `bool`) and `float`.

use super::common::*;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyResult, Vm};
use num_bigint::{BigInt, BigUint};
use num_traits::{ToPrimitive, Zero};

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
            ("to_bytes", super::bytes_methods::int_to_bytes),
        ],
    );
    add_descriptor(
        vm,
        int,
        "int",
        "from_bytes",
        super::bytes_methods::int_from_bytes,
        DescriptorKind::ClassMethod,
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
            ("hex", float_hex),
        ],
    );
    add_descriptor(
        vm,
        float,
        "float",
        "fromhex",
        float_fromhex,
        DescriptorKind::ClassMethod,
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

// ---- float.hex / float.fromhex ---------------------------------------------------------------

/// `float.hex()`: `[-]0x<d>.<13 hex digits>p<sign><exp>`, subnormals as `0x0.…p-1022`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", exp.abs())
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = this_float(vm, &args, "hex")?;
    Ok(vm.new_str(float_to_hex(x)))
}

/// Why `float.fromhex` failed.
enum FromHexError {
    Invalid,
    Overflow,
}

/// Parse CPython's hexadecimal float syntax, correctly rounded (half to even).
fn parse_hex_float(text: &str) -> Result<f64, FromHexError> {
    let s = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let b = body.as_bytes();
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' && (b[1] == b'x' || b[1] == b'X') {
        i = 2;
    }
    let mut mantissa = BigUint::zero();
    let mut digits = 0usize;
    let mut frac_digits: i64 = 0;
    let mut seen_point = false;
    while i < b.len() {
        let c = b[i];
        if c == b'.' && !seen_point {
            seen_point = true;
        } else if let Some(d) = (c as char).to_digit(16) {
            mantissa = (mantissa << 4u32) + BigUint::from(d);
            digits += 1;
            if seen_point {
                frac_digits += 1;
            }
        } else {
            break;
        }
        i += 1;
    }
    if digits == 0 {
        return Err(FromHexError::Invalid);
    }
    let mut exp: i64 = 0;
    if i < b.len() && (b[i] == b'p' || b[i] == b'P') {
        i += 1;
        let mut exp_negative = false;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            exp_negative = b[i] == b'-';
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            // Saturate: anything this large over- or underflows anyway.
            exp = (exp * 10 + (b[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(FromHexError::Invalid);
        }
        if exp_negative {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(FromHexError::Invalid);
    }
    let magnitude = round_to_f64(mantissa, exp - 4 * frac_digits)?;
    Ok(if negative { -magnitude } else { magnitude })
}

/// `m * 2**e2` as the nearest double (ties to even); Overflow when it rounds past the largest.
fn round_to_f64(m: BigUint, e2: i64) -> Result<f64, FromHexError> {
    if m.is_zero() {
        return Ok(0.0);
    }
    let nbits = m.bits() as i64;
    // The value lies in [2**(top-1), 2**top).
    let top = nbits + e2;
    if top > 1024 {
        return Err(FromHexError::Overflow);
    }
    // Significant bits available at this magnitude: 53, fewer for subnormals.
    let precision = (top + 1074).min(53);
    if precision < 0 {
        return Ok(0.0);
    }
    let shift = nbits - precision;
    let (q, exp) = if shift > 0 {
        let shift_u = shift as u64;
        let mut q = &m >> shift_u;
        let rem = &m - (&q << shift_u);
        let half = BigUint::from(1u32) << (shift_u - 1);
        if rem > half || (rem == half && q.bit(0)) {
            q += 1u32;
        }
        (q, e2 + shift)
    } else {
        (m << ((-shift) as u64), e2 + shift)
    };
    let q = q.to_u64().unwrap_or(0);
    if q == 0 {
        return Ok(0.0);
    }
    let qbits = 64 - q.leading_zeros() as i64;
    let top = qbits + exp;
    if top > 1024 {
        return Err(FromHexError::Overflow);
    }
    if top > -1022 {
        // Normal: 53 significant bits with the leading one implicit.
        let mantissa = if qbits > 53 {
            q >> (qbits - 53)
        } else {
            q << (53 - qbits)
        };
        let exp_field = (top - 1 + 1023) as u64;
        Ok(f64::from_bits(
            (exp_field << 52) | (mantissa & ((1u64 << 52) - 1)),
        ))
    } else {
        // Subnormal: the value is q * 2**-1074 with exp >= -1074 by construction.
        Ok(f64::from_bits(q << (exp + 1074) as u64))
    }
}

/// `float.fromhex(s)`, a classmethod: the class comes first.
fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let rest = if pos.is_empty() { pos } else { &pos[1..] };
    let s = one_arg(vm, &args, rest, "float.fromhex")?;
    let text = match s.get::<StrObj>() {
        Some(t) => t.as_str(),
        None => return Err(vm.type_error("bad argument type for built-in operation")),
    };
    match parse_hex_float(text) {
        Ok(f) => Ok(Value::float(f)),
        Err(FromHexError::Invalid) => {
            Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        Err(FromHexError::Overflow) => {
            Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
    }
}

//! Arithmetic: ints (small, overflowing into big), floats, their mixing, and the sequence
//! operators that share the symbols (`+` concatenation, `*` repetition, `%` formatting, set
//! algebra).

use crate::runtime::bytecode::BinaryOp;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A numeric operand, borrowed.
#[derive(Clone, Copy)]
pub enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
}

/// Largest result, in bytes, a repetition or shift may build before MemoryError.
const MAX_BUILD_BYTES: u128 = 1 << 34;

impl Vm {
    /// The numeric view of a value (bools are ints), if it is a number.
    #[inline]
    pub fn num_of(v: Value) -> Option<Num<'static>> {
        if v.is_small_int() {
            Some(Num::Int(v.as_small_int()))
        } else if v.is_float() {
            Some(Num::Float(v.as_float()))
        } else if v.is_bool() {
            Some(Num::Int(v.as_bool() as i64))
        } else {
            v.get::<BigIntObj>().map(|b| Num::Big(&b.value))
        }
    }

    /// Is `v` a Python int (including bool)?
    pub fn is_int(v: Value) -> bool {
        v.is_small_int() || v.is_bool() || v.is::<BigIntObj>()
    }

    pub fn to_bigint(&self, v: Value) -> Option<BigInt> {
        match Vm::num_of(v)? {
            Num::Int(i) => Some(BigInt::from(i)),
            Num::Big(b) => Some(b.clone()),
            Num::Float(_) => None,
        }
    }

    /// An int value that fits i64.
    pub fn to_i64(&self, v: Value) -> Option<i64> {
        match Vm::num_of(v)? {
            Num::Int(i) => Some(i),
            Num::Big(b) => b.to_i64(),
            Num::Float(_) => None,
        }
    }

    /// int/bool/float as f64 (TypeError otherwise).
    pub fn to_f64(&mut self, v: Value) -> PyResult<f64> {
        match Vm::num_of(v) {
            Some(Num::Float(f)) => Ok(f),
            Some(Num::Int(i)) => Ok(i as f64),
            Some(Num::Big(b)) => self.big_to_f64(b),
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("must be real number, not {tn}")))
            }
        }
    }

    /// float(int), correctly rounded (half to even), OverflowError past f64's range.
    pub fn big_to_f64(&mut self, b: &BigInt) -> PyResult<f64> {
        crate::runtime::format::int_to_f64(b).map_err(|e| self.format_error(e))
    }

    /// An index-like int argument as i64 (TypeError for non-ints, OverflowError if huge).
    pub fn to_index(&mut self, v: Value) -> PyResult<i64> {
        let v = self.user_index(v)?.unwrap_or(v);
        match Vm::num_of(v) {
            Some(Num::Int(i)) => Ok(i),
            Some(Num::Big(_)) => {
                let tn = self.type_name(v);
                Err(self.err(
                    crate::runtime::vm::types::ExcName::IndexError,
                    format!("cannot fit '{tn}' into an index-sized integer"),
                ))
            }
            _ => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    pub fn binary_op(&mut self, a: Value, b: Value, op: BinaryOp) -> PyResult<Value> {
        // Fast paths: small ints and floats.
        if a.is_small_int() && b.is_small_int() {
            let (x, y) = (a.as_small_int(), b.as_small_int());
            match op {
                BinaryOp::Add => return Ok(self.new_int(x + y)),
                BinaryOp::Sub => return Ok(self.new_int(x - y)),
                BinaryOp::Mul => {
                    if let Some(r) = x.checked_mul(y) {
                        return Ok(self.new_int(r));
                    }
                }
                _ => {}
            }
        } else if a.is_float() && b.is_float() {
            let (x, y) = (a.as_float(), b.as_float());
            match op {
                BinaryOp::Add => return Ok(Value::float(x + y)),
                BinaryOp::Sub => return Ok(Value::float(x - y)),
                BinaryOp::Mul => return Ok(Value::float(x * y)),
                BinaryOp::TrueDiv if y != 0.0 => return Ok(Value::float(x / y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (Vm::num_of(a), Vm::num_of(b)) {
            if a.is_bool()
                && b.is_bool()
                && matches!(op, BinaryOp::And | BinaryOp::Or | BinaryOp::Xor)
            {
                let (p, q) = (a.as_bool(), b.as_bool());
                return Ok(Value::bool(match op {
                    BinaryOp::And => p & q,
                    BinaryOp::Or => p | q,
                    _ => p ^ q,
                }));
            }
            return self.numeric_op(x, y, op, a, b);
        }
        self.sequence_op(a, b, op)
    }

    /// In-place operators: mutable containers update themselves; everything else falls back
    /// to the binary operator.
    pub fn inplace_op(&mut self, a: Value, b: Value, op: BinaryOp) -> PyResult<Value> {
        if self.is_user_object(a) {
            if let Some(r) = self.binary_user(a, b, op, true)? {
                return Ok(r);
            }
            let ua = Vm::unwrap_base(a);
            if ua != a {
                // Mutable bases update in place and the instance stays the result.
                let r = self.inplace_op(ua, Vm::unwrap_base(b), op)?;
                return Ok(if r == ua { a } else { r });
            }
            return Err(self.unsupported_inplace(a, b, op));
        }
        if let Some(l) = a.get::<ListObj>() {
            match op {
                BinaryOp::Add => {
                    let items = self.collect_iter(b)?;
                    l.items.borrow_mut().extend(items);
                    return Ok(a);
                }
                BinaryOp::Mul if Vm::is_int(b) => {
                    let n = self.to_i64(b).unwrap_or(i64::MAX).max(0) as usize;
                    let cur = l.to_vec();
                    self.check_build_size(cur.len() as u128 * n as u128 * 8)?;
                    let mut out = Vec::with_capacity(cur.len() * n);
                    for _ in 0..n {
                        out.extend_from_slice(&cur);
                    }
                    *l.items.borrow_mut() = out;
                    return Ok(a);
                }
                _ => {}
            }
        }
        if let Some(s) = a.get::<SetObj>() {
            if !s.frozen
                && b.is::<SetObj>()
                && matches!(
                    op,
                    BinaryOp::Or | BinaryOp::And | BinaryOp::Sub | BinaryOp::Xor
                )
            {
                let r = self.binary_op(a, b, op)?;
                if let Some(rs) = r.get::<SetObj>() {
                    let t = rs.table.borrow().clone();
                    *s.table.borrow_mut() = t;
                }
                return Ok(a);
            }
        }
        if let Some(d) = a.get::<DictObj>() {
            if op == BinaryOp::Or && b.is::<DictObj>() {
                let _ = d;
                self.dict_merge(a, b, false)?;
                return Ok(a);
            }
        }
        self.binary_op(a, b, op)
    }

    fn numeric_op(&mut self, x: Num, y: Num, op: BinaryOp, a: Value, b: Value) -> PyResult<Value> {
        match (x, y) {
            (Num::Float(_), _) | (_, Num::Float(_)) => {
                if matches!(
                    op,
                    BinaryOp::LShift
                        | BinaryOp::RShift
                        | BinaryOp::And
                        | BinaryOp::Or
                        | BinaryOp::Xor
                        | BinaryOp::MatMul
                ) {
                    return Err(self.unsupported(a, b, op));
                }
                let fx = self.num_to_f64(x)?;
                let fy = self.num_to_f64(y)?;
                self.float_op(fx, fy, op)
            }
            (Num::Int(i), Num::Int(j)) => self.small_int_op(i, j, op, a, b),
            _ => {
                let bx = num_to_big(x);
                let by = num_to_big(y);
                self.big_int_op(bx, by, op, a, b)
            }
        }
    }

    fn num_to_f64(&mut self, n: Num) -> PyResult<f64> {
        match n {
            Num::Float(f) => Ok(f),
            Num::Int(i) => Ok(i as f64),
            Num::Big(b) => self.big_to_f64(b),
        }
    }

    fn small_int_op(
        &mut self,
        x: i64,
        y: i64,
        op: BinaryOp,
        a: Value,
        b: Value,
    ) -> PyResult<Value> {
        let r = match op {
            BinaryOp::Add => x.checked_add(y),
            BinaryOp::Sub => x.checked_sub(y),
            BinaryOp::Mul => x.checked_mul(y),
            BinaryOp::FloorDiv => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                x.checked_div(y).map(|q| {
                    if (x % y != 0) && ((x < 0) != (y < 0)) {
                        q - 1
                    } else {
                        q
                    }
                })
            }
            BinaryOp::Mod => {
                if y == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                x.checked_rem(y).map(|r| {
                    if r != 0 && ((r < 0) != (y < 0)) {
                        r + y
                    } else {
                        r
                    }
                })
            }
            BinaryOp::TrueDiv => {
                if y == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                const EXACT: i64 = 1 << 53;
                if x.abs() <= EXACT && y.abs() <= EXACT {
                    return Ok(Value::float(x as f64 / y as f64));
                }
                return self.big_true_div(&BigInt::from(x), &BigInt::from(y));
            }
            BinaryOp::And => Some(x & y),
            BinaryOp::Or => Some(x | y),
            BinaryOp::Xor => Some(x ^ y),
            BinaryOp::LShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if y < 63 && x.abs() < (1i64 << (62 - y)) {
                    Some(x << y)
                } else {
                    None
                }
            }
            BinaryOp::RShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            BinaryOp::Pow => {
                if y < 0 {
                    if x == 0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return self.float_op(x as f64, y as f64, op);
                }
                if y <= u32::MAX as i64 {
                    x.checked_pow(y as u32)
                } else {
                    None
                }
            }
            BinaryOp::MatMul => return Err(self.unsupported(a, b, op)),
        };
        match r {
            Some(v) => Ok(self.new_int(v)),
            None => self.big_int_op(BigInt::from(x), BigInt::from(y), op, a, b),
        }
    }

    fn big_int_op(
        &mut self,
        x: BigInt,
        y: BigInt,
        op: BinaryOp,
        a: Value,
        b: Value,
    ) -> PyResult<Value> {
        let r = match op {
            BinaryOp::Add => x + y,
            BinaryOp::Sub => x - y,
            BinaryOp::Mul => {
                self.check_build_size((x.bits() as u128 + y.bits() as u128) / 8)?;
                x * y
            }
            BinaryOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                x.div_floor(&y)
            }
            BinaryOp::Mod => {
                if y.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                x.mod_floor(&y)
            }
            BinaryOp::TrueDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                return self.big_true_div(&x, &y);
            }
            BinaryOp::And => x & y,
            BinaryOp::Or => x | y,
            BinaryOp::Xor => x ^ y,
            BinaryOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                if x.is_zero() {
                    return Ok(Value::small_int(0));
                }
                let n = y.to_u64().unwrap_or(u64::MAX);
                self.check_build_size((x.bits() as u128 + n as u128) / 8)?;
                x << n
            }
            BinaryOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match y.to_u64() {
                    Some(n) if n < x.bits() + 1 => x >> n,
                    _ => {
                        if x.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    }
                }
            }
            BinaryOp::Pow => {
                if y.is_negative() {
                    if x.is_zero() {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    let fx = self.big_to_f64(&x)?;
                    let fy = self.big_to_f64(&y)?;
                    return self.float_op(fx, fy, op);
                }
                if x.is_zero() || x.is_one() {
                    x
                } else if x == BigInt::from(-1) {
                    if y.is_even() {
                        BigInt::one()
                    } else {
                        x
                    }
                } else {
                    let e = match y.to_u32() {
                        Some(e) => e,
                        None => {
                            return Err(
                                self.err(crate::runtime::vm::types::ExcName::MemoryError, "")
                            )
                        }
                    };
                    self.check_build_size(x.bits() as u128 * e as u128 / 8)?;
                    num_traits::pow::Pow::pow(x, e)
                }
            }
            BinaryOp::MatMul => return Err(self.unsupported(a, b, op)),
        };
        Ok(self.new_bigint(r))
    }

    fn check_build_size(&mut self, bytes: u128) -> PyResult<()> {
        if bytes > MAX_BUILD_BYTES {
            return Err(self.err(crate::runtime::vm::types::ExcName::MemoryError, ""));
        }
        Ok(())
    }

    /// int / int, correctly rounded like CPython (exact for any sizes).
    pub fn big_true_div(&mut self, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        let negative = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
        let (a, b) = (x.abs(), y.abs());
        if a.is_zero() {
            return Ok(Value::float(if negative { -0.0 } else { 0.0 }));
        }
        // Scale so the integer quotient has 55..=56 bits, then round to nearest-even by hand,
        // counting the discarded remainder as a sticky bit.
        let shift = 55 - (a.bits() as i64 - b.bits() as i64);
        let (num, den) = if shift >= 0 {
            (a << shift as u64, b)
        } else {
            (a, b << (-shift) as u64)
        };
        let (q, r) = num.div_rem(&den);
        let q = q.to_u128().unwrap_or(0);
        let sticky = !r.is_zero();
        let qbits = 128 - q.leading_zeros() as i64;
        // Value = q * 2^-shift; its binary exponent (of the leading bit) is qbits-1-shift.
        let lead_exp = qbits - 1 - shift;
        if lead_exp > 1023 {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        let mut keep = 53i64;
        if lead_exp < -1022 {
            keep -= -1022 - lead_exp; // subnormal: fewer mantissa bits
        }
        let drop = (qbits - keep).max(0);
        let (mut mant, rest, half) = if drop == 0 {
            (q, 0u128, 0u128)
        } else if drop >= 128 {
            (0, q, u128::MAX)
        } else {
            (q >> drop, q & ((1u128 << drop) - 1), 1u128 << (drop - 1))
        };
        if drop > 0 && (rest > half || (rest == half && (sticky || mant & 1 == 1))) {
            mant += 1;
        }
        let exp = drop - shift;
        // mant * 2^exp is exactly representable by construction; multiply by an exact power
        // of two (normal or subnormal) so no second rounding happens.
        if exp > 1023 {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        let pow2 = if exp >= -1022 {
            f64::from_bits(((exp + 1023) as u64) << 52)
        } else {
            f64::from_bits(1u64 << (exp + 1074).max(0))
        };
        let f = mant as f64 * pow2;
        if f.is_infinite() {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        Ok(Value::float(if negative { -f } else { f }))
    }

    pub fn float_op(&mut self, x: f64, y: f64, op: BinaryOp) -> PyResult<Value> {
        let r = match op {
            BinaryOp::Add => x + y,
            BinaryOp::Sub => x - y,
            BinaryOp::Mul => x * y,
            BinaryOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinaryOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            BinaryOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_divmod(x, y).1
            }
            BinaryOp::Pow => return self.float_pow(x, y),
            _ => unreachable!("float_op only gets arithmetic operators"),
        };
        Ok(Value::float(r))
    }

    fn float_pow(&mut self, x: f64, y: f64) -> PyResult<Value> {
        if x == 0.0 && y < 0.0 && y.is_finite() {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
            return Err(self.value_error("complex numbers are not supported by stitch yet (negative number raised to a fractional power)"));
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.overflow_error("(34, 'Numerical result out of range')"));
        }
        Ok(Value::float(r))
    }

    /// `divmod(a, b)` for numbers.
    pub fn divmod(&mut self, a: Value, b: Value) -> PyResult<Value> {
        match (Vm::num_of(a), Vm::num_of(b)) {
            (Some(Num::Float(_)), Some(_)) | (Some(_), Some(Num::Float(_))) => {
                let x = self.to_f64(a)?;
                let y = self.to_f64(b)?;
                if y == 0.0 {
                    return Err(self.zero_division("float divmod()"));
                }
                let (q, r) = float_divmod(x, y);
                Ok(self.new_tuple(vec![Value::float(q), Value::float(r)]))
            }
            (Some(_), Some(_)) => {
                let q = self.binary_op(a, b, BinaryOp::FloorDiv)?;
                let r = self.binary_op(a, b, BinaryOp::Mod)?;
                Ok(self.new_tuple(vec![q, r]))
            }
            _ => {
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
                )))
            }
        }
    }

    fn unsupported_inplace(
        &mut self,
        a: Value,
        b: Value,
        op: BinaryOp,
    ) -> crate::runtime::vm::PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        self.type_error(format!(
            "unsupported operand type(s) for {}=: '{ta}' and '{tb}'",
            op.symbol()
        ))
    }

    pub fn unsupported(&mut self, a: Value, b: Value, op: BinaryOp) -> crate::runtime::vm::PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let sym = if op == BinaryOp::Pow {
            "** or pow()"
        } else {
            op.symbol()
        };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        ))
    }

    /// `+`, `*`, `%`, set algebra and `|` on non-numbers.
    fn sequence_op(&mut self, a: Value, b: Value, op: BinaryOp) -> PyResult<Value> {
        if self.is_user_object(a) || self.is_user_object(b) {
            if let Some(r) = self.binary_user(a, b, op, false)? {
                return Ok(r);
            }
            let (ua, ub) = (Vm::unwrap_base(a), Vm::unwrap_base(b));
            // `'%s' % obj` formats obj itself (its __str__/__repr__), whatever its type.
            if op == BinaryOp::Mod && ua.is::<StrObj>() {
                return self.percent_format_value(ua, b);
            }
            if ua != a || ub != b {
                return self.binary_op(ua, ub, op);
            }
            if op == BinaryOp::Or && unionable(a) && unionable(b) {
                return self.type_union(a, b);
            }
            return Err(self.unsupported(a, b, op));
        }
        match op {
            BinaryOp::Add => {
                if let (Some(x), Some(y)) = (a.get::<StrObj>(), b.get::<StrObj>()) {
                    let mut s = String::with_capacity(x.s.len() + y.s.len());
                    s.push_str(&x.s);
                    s.push_str(&y.s);
                    return Ok(self.new_str(s));
                }
                if let (Some(x), Some(y)) = (a.get::<ListObj>(), b.get::<ListObj>()) {
                    let mut v = x.to_vec();
                    v.extend(y.items.borrow().iter().copied());
                    return Ok(self.new_list(v));
                }
                if let (Some(x), Some(y)) = (a.get::<TupleObj>(), b.get::<TupleObj>()) {
                    let mut v = x.items.to_vec();
                    v.extend_from_slice(&y.items);
                    return Ok(self.new_tuple(v));
                }
                for (ty, name) in [
                    (a.is::<StrObj>(), "str"),
                    (a.is::<ListObj>(), "list"),
                    (a.is::<TupleObj>(), "tuple"),
                ] {
                    if ty {
                        let tb = self.type_name(b);
                        return Err(self.type_error(format!(
                            "can only concatenate {name} (not \"{tb}\") to {name}"
                        )));
                    }
                }
            }
            BinaryOp::Mul => {
                if Vm::is_int(b) && is_sequence(a) {
                    return self.repeat(a, b);
                }
                if Vm::is_int(a) && is_sequence(b) {
                    return self.repeat(b, a);
                }
                if is_sequence(a) || is_sequence(b) {
                    let other = if is_sequence(a) { b } else { a };
                    if !Vm::is_int(other) && Vm::num_of(other).is_none()
                        || other.is_float()
                        || is_sequence(other)
                    {
                        let tn = self.type_name(other);
                        return Err(self.type_error(format!(
                            "can't multiply sequence by non-int of type '{tn}'"
                        )));
                    }
                }
            }
            BinaryOp::Mod => {
                if a.is::<StrObj>() {
                    return self.percent_format_value(a, b);
                }
            }
            BinaryOp::Or | BinaryOp::And | BinaryOp::Sub | BinaryOp::Xor => {
                if a.is::<SetObj>() && b.is::<SetObj>() {
                    return self.set_algebra(a, b, op);
                }
                // Key and item views act as sets: `d.keys() & {...}`.
                let is_set_view = |v: Value| {
                    v.get::<DictViewObj>()
                        .map(|d| d.kind != ViewKind::Values)
                        .unwrap_or(false)
                };
                if (is_set_view(a) && (b.is::<SetObj>() || is_set_view(b) || self.is_iterable(b)))
                    || (is_set_view(b) && a.is::<SetObj>())
                {
                    let sa = self.new_set(SetTable::new(), false);
                    self.set_update(sa, a)?;
                    let mark = self.root(sa);
                    let sb = if b.is::<SetObj>() {
                        b
                    } else {
                        let t = self.new_set(SetTable::new(), false);
                        self.root(t);
                        self.set_update(t, b)?;
                        t
                    };
                    let r = self.set_algebra(sa, sb, op);
                    self.unroot_to(mark);
                    return r;
                }
                if op == BinaryOp::Or
                    && unionable(a)
                    && unionable(b)
                    && (a.is::<TypeObj>() || b.is::<TypeObj>())
                {
                    return self.type_union(a, b);
                }
                if op == BinaryOp::Or && a.is::<DictObj>() && b.is::<DictObj>() {
                    let d = self.new_dict();
                    self.dict_merge(d, a, false)?;
                    self.dict_merge(d, b, false)?;
                    return Ok(d);
                }
            }
            _ => {}
        }
        Err(self.unsupported(a, b, op))
    }

    fn repeat(&mut self, seq: Value, n: Value) -> PyResult<Value> {
        let n = match self.to_i64(n) {
            Some(n) => n.max(0) as u128,
            None => {
                if self.to_bigint(n).map(|b| b.is_negative()).unwrap_or(false) {
                    0
                } else {
                    return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
                }
            }
        };
        if let Some(s) = seq.get::<StrObj>() {
            self.check_build_size(s.s.len() as u128 * n)?;
            return Ok(self.new_str(s.s.repeat(n as usize)));
        }
        if let Some(l) = seq.get::<ListObj>() {
            let items = l.to_vec();
            self.check_build_size(items.len() as u128 * n * 8)?;
            return Ok(self.new_list(repeat_vec(&items, n as usize)));
        }
        if let Some(t) = seq.get::<TupleObj>() {
            self.check_build_size(t.items.len() as u128 * n * 8)?;
            let v = repeat_vec(&t.items, n as usize);
            return Ok(self.new_tuple(v));
        }
        Err(self.type_error("can't multiply sequence"))
    }

    pub fn negate(&mut self, a: Value) -> PyResult<Value> {
        match Vm::num_of(a) {
            Some(Num::Int(i)) => Ok(self.new_int(-i)),
            Some(Num::Big(b)) => {
                let r = -b;
                Ok(self.new_bigint(r))
            }
            Some(Num::Float(f)) => Ok(Value::float(-f)),
            None => {
                if let Some(r) = self.call_user_special(a, "__neg__", &[])? {
                    return Ok(r);
                }
                let tn = self.type_name(a);
                Err(self.type_error(format!("bad operand type for unary -: '{tn}'")))
            }
        }
    }

    pub fn positive(&mut self, a: Value) -> PyResult<Value> {
        match Vm::num_of(a) {
            Some(Num::Int(i)) => Ok(self.new_int(i)),
            Some(_) => Ok(a),
            None => {
                if let Some(r) = self.call_user_special(a, "__pos__", &[])? {
                    return Ok(r);
                }
                let tn = self.type_name(a);
                Err(self.type_error(format!("bad operand type for unary +: '{tn}'")))
            }
        }
    }

    pub fn invert(&mut self, a: Value) -> PyResult<Value> {
        match Vm::num_of(a) {
            Some(Num::Int(i)) => Ok(self.new_int(!i)),
            Some(Num::Big(b)) => {
                let r = -(b + BigInt::one());
                Ok(self.new_bigint(r))
            }
            _ => {
                if let Some(r) = self.call_user_special(a, "__invert__", &[])? {
                    return Ok(r);
                }
                let tn = self.type_name(a);
                Err(self.type_error(format!("bad operand type for unary ~: '{tn}'")))
            }
        }
    }
}

fn num_to_big(n: Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(i),
        Num::Big(b) => b.clone(),
        Num::Float(f) => BigInt::from(f as i64),
    }
}

fn is_sequence(v: Value) -> bool {
    v.is::<StrObj>() || v.is::<ListObj>() || v.is::<TupleObj>()
}

fn repeat_vec(items: &[Value], n: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    out
}

/// Python's float `divmod`: the floor quotient and a remainder with the divisor's sign
/// (CPython's algorithm, so results agree to the last bit).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// Can `v` be an operand of a type union (`int | None`)?
fn unionable(v: Value) -> bool {
    v.is_none() || v.is::<TypeObj>()
}

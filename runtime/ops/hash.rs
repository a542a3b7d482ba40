//! `hash()`: CPython's algorithms for numbers and tuples (so `hash(x)` prints the same and
//! sets of numbers iterate in CPython's order); strings use a fixed hash.

use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

const HASH_BITS: u32 = 61;
const MODULUS: u64 = (1u64 << HASH_BITS) - 1;
const INF_HASH: i64 = 314159;
const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// `hash(i)` for an int that fits i64.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = (b.magnitude() % MODULUS).to_u64().unwrap_or(0) as i64;
    let h = if b.sign() == Sign::Minus { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `_Py_HashDouble` (NaN hashes by identity there; here it is a constant).
pub fn hash_f64(v: f64) -> i64 {
    if !v.is_finite() {
        return if v.is_infinite() {
            if v > 0.0 {
                INF_HASH
            } else {
                -INF_HASH
            }
        } else {
            0
        };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % HASH_BITS as i32
    } else {
        HASH_BITS as i32 - 1 - ((-1 - e) % HASH_BITS as i32)
    };
    x = ((x << e) & MODULUS) | (x >> (HASH_BITS as i32 - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp`: v = m * 2^e with 0.5 <= |m| < 1.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * f64::from_bits(0x4350000000000000)); // 2^54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

impl Vm {
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        if v.is_small_int() {
            return Ok(hash_i64(v.as_small_int()));
        }
        if v.is_float() {
            return Ok(hash_f64(v.as_float()));
        }
        if let Some(s) = v.get::<StrObj>() {
            return Ok(s.hash());
        }
        if let Some(b) = v.get::<BytesObj>() {
            if !b.mutable {
                return Ok(b.hash());
            }
        }
        if v.is_bool() {
            return Ok(v.as_bool() as i64);
        }
        if let Some(b) = v.get::<BigIntObj>() {
            return Ok(hash_bigint(&b.value));
        }
        if let Some(t) = v.get::<TupleObj>() {
            let items = t.items.to_vec();
            let mut acc = XXPRIME_5;
            for item in &items {
                let lane = self.hash(*item)? as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(XXPRIME_1);
            }
            acc = acc.wrapping_add((items.len() as u64) ^ (XXPRIME_5 ^ 3527539));
            return Ok(if acc == u64::MAX {
                1546275796
            } else {
                acc as i64
            });
        }
        if let Some(s) = v.get::<SetObj>() {
            if s.frozen {
                let hashes: Vec<i64> = s.table.borrow().iter_with_hash().map(|(_, h)| h).collect();
                let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
                let mut h: u64 = 0;
                for x in &hashes {
                    h ^= shuffle(*x as u64);
                }
                h ^= (hashes.len() as u64 + 1).wrapping_mul(1927868237);
                h ^= (h >> 11) ^ (h >> 25);
                h = h.wrapping_mul(69069).wrapping_add(907133923);
                return Ok(if h == u64::MAX { 590923713 } else { h as i64 });
            }
        }
        if self.is_user_object(v) {
            let ty = self.type_of(v);
            let key = self.intern("__hash__");
            match self.lookup_in_mro(ty, key) {
                Some(h) if h.is_none() => {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("unhashable type: '{tn}'")));
                }
                _ => {}
            }
            if let Some(r) = self.call_user_special(v, "__hash__", &[])? {
                // An int that fits a machine word is the hash as is (-1 becomes -2); larger
                // ones are reduced like int hashes.
                return match self.to_bigint(r) {
                    Some(b) => Ok(match i64::try_from(&b) {
                        Ok(-1) => -2,
                        Ok(h) => h,
                        Err(_) => hash_bigint(&b),
                    }),
                    None => Err(self.type_error("__hash__ method should return an integer")),
                };
            }
            if Vm::unwrap_base(v) != v {
                return self.hash(Vm::unwrap_base(v));
            }
        }
        if v.is::<ListObj>() || v.is::<DictObj>() || v.is::<SetObj>() || v.is::<BytesObj>() {
            let tn = self.type_name(v);
            return Err(self.type_error(format!("unhashable type: '{tn}'")));
        }
        if let Some(r) = v.get::<RangeObj>() {
            let (a, b, c) = (r.len(), r.start, r.step);
            let items = vec![
                self.new_int_i128(a),
                self.new_int_i128(b),
                self.new_int_i128(c),
            ];
            let t = self.new_tuple(items);
            return self.hash(t);
        }
        // Identity hash for everything else (functions, types, None, …).
        let h = (v.0 >> 4) as i64 ^ ((v.0 & 0xf) << 60) as i64;
        Ok(if h == -1 { -2 } else { h })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_hash_like_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_f64(1.5), 1152921504606846977);
        assert_eq!(hash_f64(-2.0), -2);
        assert_eq!(hash_f64(0.1), 230584300921369408);
        assert_eq!(
            hash_f64(1e300),
            hash_bigint(&num_traits::FromPrimitive::from_f64(1e300).unwrap())
        );
    }
}

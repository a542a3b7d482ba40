//! Comparisons: `==`, `<` and friends, with CPython's rules for mixing ints and floats exactly,
//! lexicographic sequences, set inclusion, and the TypeError for unordered types.

use super::num::Num;
use crate::runtime::bytecode::CompareOp;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::FromPrimitive;
use std::cmp::Ordering;

impl Vm {
    /// `a op b` as a value.
    pub fn compare(&mut self, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
        if (a.is_ptr() || b.is_ptr()) && (self.is_user_object(a) || self.is_user_object(b)) {
            // A user `__lt__` may return anything; `<` returns it as is.
            return self.compare_user_value(a, b, op);
        }
        Ok(Value::bool(self.compare_bool(a, b, op)?))
    }

    /// `a op b` as a bool.
    pub fn compare_bool(&mut self, a: Value, b: Value, op: CompareOp) -> PyResult<bool> {
        if a.is_small_int() && b.is_small_int() {
            return Ok(apply(a.as_small_int().cmp(&b.as_small_int()), op));
        }
        if a.is_float() && b.is_float() {
            let (x, y) = (a.as_float(), b.as_float());
            return Ok(match op {
                CompareOp::Lt => x < y,
                CompareOp::Le => x <= y,
                CompareOp::Eq => x == y,
                CompareOp::Ne => x != y,
                CompareOp::Gt => x > y,
                CompareOp::Ge => x >= y,
            });
        }
        if let (Some(x), Some(y)) = (Vm::num_of(a), Vm::num_of(b)) {
            return Ok(match num_cmp(x, y) {
                Some(o) => apply(o, op),
                None => op == CompareOp::Ne, // NaN
            });
        }
        if let (Some(x), Some(y)) = (a.get::<StrObj>(), b.get::<StrObj>()) {
            return Ok(apply(x.as_str().cmp(y.as_str()), op));
        }
        if let (Some(x), Some(y)) = (a.get::<BytesObj>(), b.get::<BytesObj>()) {
            let o = x.bytes().as_slice().cmp(y.bytes().as_slice());
            return Ok(apply(o, op));
        }
        if let (Some(x), Some(y)) = (a.get::<TupleObj>(), b.get::<TupleObj>()) {
            let (x, y) = (x.items.to_vec(), y.items.to_vec());
            return self.compare_sequences(&x, &y, op);
        }
        if let (Some(x), Some(y)) = (a.get::<ListObj>(), b.get::<ListObj>()) {
            let (x, y) = (x.to_vec(), y.to_vec());
            return self.compare_sequences(&x, &y, op);
        }
        if a.is::<SetObj>() && b.is::<SetObj>() {
            return self.compare_sets(a, b, op);
        }
        let keys_view = |v: Value| {
            v.get::<DictViewObj>()
                .map(|d| d.kind != ViewKind::Values)
                .unwrap_or(false)
        };
        if (keys_view(a) && (b.is::<SetObj>() || keys_view(b)))
            || (keys_view(b) && a.is::<SetObj>())
        {
            let sa = self.new_set(SetTable::new(), false);
            self.set_update(sa, a)?;
            let sb = self.new_set(SetTable::new(), false);
            self.set_update(sb, b)?;
            return self.compare_sets(sa, sb, op);
        }
        if self.is_user_object(a) || self.is_user_object(b) {
            return self.compare_user(a, b, op);
        }
        if matches!(op, CompareOp::Eq | CompareOp::Ne) {
            let e = self.eq_other(a, b)?;
            return Ok(e == (op == CompareOp::Eq));
        }
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        Err(self.type_error(format!(
            "'{}' not supported between instances of '{ta}' and '{tb}'",
            op.symbol()
        )))
    }

    /// Equality of values that are not numbers, strs, tuples, lists or sets.
    fn eq_other(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        if let (Some(x), Some(y)) = (a.get::<DictObj>(), b.get::<DictObj>()) {
            if x.len() != y.len() {
                return Ok(false);
            }
            let entries: Vec<_> = x.table.borrow().iter().collect();
            for e in entries {
                match self.dict_get(b, e.key)? {
                    Some(v) => {
                        if !self.eq_elem(e.value, v)? {
                            return Ok(false);
                        }
                    }
                    None => return Ok(false),
                }
            }
            return Ok(true);
        }
        if let (Some(x), Some(y)) = (a.get::<RangeObj>(), b.get::<RangeObj>()) {
            let (lx, ly) = (x.len(), y.len());
            return Ok(
                lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
            );
        }
        if let (Some(x), Some(y)) = (a.get::<DictViewObj>(), b.get::<DictViewObj>()) {
            if x.kind == ViewKind::Keys && y.kind == ViewKind::Keys {
                let ka = self.collect_iter(a)?;
                let kb = self.collect_iter(b)?;
                if ka.len() != kb.len() {
                    return Ok(false);
                }
                for k in ka {
                    if self.dict_get(y.dict, k)?.is_none() {
                        return Ok(false);
                    }
                }
                return Ok(true);
            }
        }
        if let (Some(x), Some(y)) = (a.get::<SliceObj>(), b.get::<SliceObj>()) {
            let tx = self.new_tuple(vec![x.start, x.stop, x.step]);
            let ty = self.new_tuple(vec![y.start, y.stop, y.step]);
            return self.eq(tx, ty);
        }
        Ok(false)
    }

    /// `a == b`
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b && !a.is_float() {
            return Ok(true);
        }
        self.compare_bool(a, b, CompareOp::Eq)
    }

    /// Equality as containers use it: identity first (so `nan in [nan]` is True).
    pub fn eq_elem(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        self.compare_bool(a, b, CompareOp::Eq)
    }

    /// `a < b`
    pub fn lt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        self.compare_bool(a, b, CompareOp::Lt)
    }

    fn compare_sequences(&mut self, x: &[Value], y: &[Value], op: CompareOp) -> PyResult<bool> {
        if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
            return Ok(op == CompareOp::Ne);
        }
        self.enter_native()?;
        let r = (|| {
            for (&a, &b) in x.iter().zip(y.iter()) {
                if !self.eq_elem(a, b)? {
                    return match op {
                        CompareOp::Eq => Ok(false),
                        CompareOp::Ne => Ok(true),
                        _ => self.compare_bool(a, b, op),
                    };
                }
            }
            Ok(apply(x.len().cmp(&y.len()), op))
        })();
        self.leave_native();
        r
    }

    fn compare_sets(&mut self, a: Value, b: Value, op: CompareOp) -> PyResult<bool> {
        let (la, lb) = (
            a.get::<SetObj>().map(|s| s.len()).unwrap_or(0),
            b.get::<SetObj>().map(|s| s.len()).unwrap_or(0),
        );
        let a_in_b = la <= lb && self.all_in(a, b)?;
        let b_in_a = lb <= la && self.all_in(b, a)?;
        Ok(match op {
            CompareOp::Eq => a_in_b && b_in_a,
            CompareOp::Ne => !(a_in_b && b_in_a),
            CompareOp::Le => a_in_b,
            CompareOp::Lt => a_in_b && la < lb,
            CompareOp::Ge => b_in_a,
            CompareOp::Gt => b_in_a && la > lb,
        })
    }

    fn all_in(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let items: Vec<Value> = a
            .get::<SetObj>()
            .map(|s| s.table.borrow().iter().collect())
            .unwrap_or_default();
        for k in items {
            if !self.set_contains(b, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Count a level of Rust recursion (nested containers in repr/compare/hash).
    pub fn enter_native(&mut self) -> PyResult<()> {
        if self.native_depth >= crate::runtime::vm::call::MAX_NATIVE_DEPTH {
            return Err(self.err(
                ExcName::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        self.native_depth += 1;
        Ok(())
    }
    pub fn leave_native(&mut self) {
        self.native_depth -= 1;
    }
}

fn apply(o: Ordering, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => o == Ordering::Less,
        CompareOp::Le => o != Ordering::Greater,
        CompareOp::Eq => o == Ordering::Equal,
        CompareOp::Ne => o != Ordering::Equal,
        CompareOp::Gt => o == Ordering::Greater,
        CompareOp::Ge => o != Ordering::Less,
    }
}

/// Exact numeric ordering (None if a NaN is involved).
pub fn num_cmp(x: Num, y: Num) -> Option<Ordering> {
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => Some(a.cmp(&b)),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(&b),
        (Num::Float(f), other) => int_float_cmp(other, f).map(|o| o.reverse()),
        (other, Num::Float(f)) => int_float_cmp(other, f),
        (a, b) => Some(big_of(a).cmp(&big_of(b))),
    }
}

fn big_of(n: Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(i),
        Num::Big(b) => b.clone(),
        Num::Float(f) => BigInt::from_f64(f).unwrap_or_default(),
    }
}

/// Compare an int with a float exactly (CPython never rounds the int).
fn int_float_cmp(i: Num, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Num::Int(v) = i {
        if v.unsigned_abs() < (1u64 << 53) {
            return (v as f64).partial_cmp(&f);
        }
    }
    let bi = big_of(i);
    let fl = f.floor();
    let bf = BigInt::from_f64(fl)?;
    match bi.cmp(&bf) {
        Ordering::Equal => {
            if fl == f {
                Some(Ordering::Equal)
            } else {
                Some(Ordering::Less)
            }
        }
        o => Some(o),
    }
}

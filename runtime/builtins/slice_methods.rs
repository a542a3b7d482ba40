//! The methods of `slice`: `indices(length)`, resolved with arbitrary-precision bounds as
//! CPython's `_PySlice_GetLongIndices` does.

use super::common::*;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

pub fn install(vm: &mut Vm) {
    let ty = vm.t.slice;
    add_methods(vm, ty, "slice", &[("indices", slice_indices)]);
}

/// A slice bound: None, or an int-like.
fn bound(vm: &mut Vm, v: Value) -> PyResult<Option<BigInt>> {
    if v.is_none() {
        return Ok(None);
    }
    match try_index(vm, v)? {
        Some(b) => Ok(Some(b)),
        None => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// Clamp a start/stop bound into `[lower, upper]` after counting negatives from the end.
fn clamp(v: BigInt, length: &BigInt, lower: &BigInt, upper: &BigInt) -> BigInt {
    let v = if v.is_negative() { v + length } else { v };
    if &v < lower {
        lower.clone()
    } else if &v > upper {
        upper.clone()
    } else {
        v
    }
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (recv, rest) = split_receiver(vm, &args, "slice", "indices")?;
    let s = match recv.get::<SliceObj>() {
        Some(s) => s,
        None => return Err(wrong_receiver(vm, "slice", "indices", recv)),
    };
    let length = one_arg(vm, &args, rest, "slice.indices")?;
    let step = bound(vm, s.step)?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let length = index_bigint(vm, length)?;
    if length.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let negative = step.is_negative();
    let (lower, upper) = if negative {
        (BigInt::from(-1), &length - 1)
    } else {
        (BigInt::zero(), length.clone())
    };
    let start = match bound(vm, s.start)? {
        None => {
            if negative {
                upper.clone()
            } else {
                lower.clone()
            }
        }
        Some(v) => clamp(v, &length, &lower, &upper),
    };
    let stop = match bound(vm, s.stop)? {
        None => {
            if negative {
                lower.clone()
            } else {
                upper.clone()
            }
        }
        Some(v) => clamp(v, &length, &lower, &upper),
    };
    let items = vec![
        vm.new_bigint(start),
        vm.new_bigint(stop),
        vm.new_bigint(step),
    ];
    Ok(vm.new_tuple(items))
}

//! The methods of `range`: `index` and `count`. Ints are located arithmetically; anything else
//! is compared with `==` against each element, as CPython's sequence search does.

use super::common::*;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

pub fn install(vm: &mut Vm) {
    let ty = vm.t.range;
    add_methods(
        vm,
        ty,
        "range",
        &[("index", range_index), ("count", range_count)],
    );
}

fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(&'static RangeObj, Value)> {
    let (recv, rest) = split_receiver(vm, args, "range", name)?;
    let r = match recv.get::<RangeObj>() {
        Some(r) => r,
        None => return Err(wrong_receiver(vm, "range", name, recv)),
    };
    let x = one_arg(vm, args, rest, &format!("range.{name}"))?;
    Ok((r, x))
}

/// The position of the int `x` in `r`, if it is an element.
fn position(r: &RangeObj, x: &BigInt) -> Option<i64> {
    let offset = x - BigInt::from(r.start);
    let step = BigInt::from(r.step);
    let (q, rem) = offset.div_mod_floor(&step);
    if !rem.is_zero() {
        return None;
    }
    let q = q.to_i64()?;
    (q >= 0 && (q as i128) < r.len()).then_some(q)
}

/// Position of the first element equal to `x` by `==` (for non-int `x`).
fn search(vm: &mut Vm, r: &RangeObj, x: Value, count_all: bool) -> PyResult<(Option<i64>, i64)> {
    let mark = vm.roots_mark();
    let slot = vm.root(Value::NULL);
    let result = search_rooted(vm, r, x, count_all, slot);
    vm.unroot_to(mark);
    result
}

fn search_rooted(
    vm: &mut Vm,
    r: &RangeObj,
    x: Value,
    count_all: bool,
    slot: usize,
) -> PyResult<(Option<i64>, i64)> {
    let (mut first, mut count) = (None, 0);
    for i in 0..r.len().min(i64::MAX as i128) as i64 {
        // A big int element stays rooted while `==` may run Python code.
        let item = vm.new_int_i128(r.get(i as i128));
        vm.roots[slot] = item;
        if vm.eq(item, x)? {
            count += 1;
            if first.is_none() {
                first = Some(i);
                if !count_all {
                    break;
                }
            }
        }
    }
    Ok((first, count))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, x) = this(vm, &args, "index")?;
    if let Some(b) = vm.to_bigint(x) {
        return match position(r, &b) {
            Some(i) => Ok(vm.new_int(i)),
            None => {
                let s = vm.repr(x)?;
                Err(vm.value_error(format!("{s} is not in range")))
            }
        };
    }
    match search(vm, r, x, false)?.0 {
        Some(i) => Ok(vm.new_int(i)),
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, x) = this(vm, &args, "count")?;
    if let Some(b) = vm.to_bigint(x) {
        return Ok(Value::small_int(position(r, &b).is_some() as i64));
    }
    let count = search(vm, r, x, true)?.1;
    Ok(vm.new_int(count))
}

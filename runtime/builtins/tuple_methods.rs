//! The methods of `tuple`: `index` and `count`.

use super::common::*;
use super::list_methods::index_bounds;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let ty = vm.t.tuple;
    add_methods(
        vm,
        ty,
        "tuple",
        &[("index", tuple_index), ("count", tuple_count)],
    );
}

fn this<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'static TupleObj, &'a [Value])> {
    let (recv, rest) = split_receiver(vm, args, "tuple", name)?;
    match recv.get::<TupleObj>() {
        Some(t) => Ok((t, rest)),
        None => Err(wrong_receiver(vm, "tuple", name, recv)),
    }
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (t, rest) = this(vm, &args, "index")?;
    no_kwargs(vm, &args, "tuple.index")?;
    count_clinic(vm, rest.len(), "index", 1, 3)?;
    let x = rest[0];
    let (start, stop) = index_bounds(vm, rest, t.items.len())?;
    for i in start..stop.min(t.items.len()) {
        if vm.eq_elem(t.items[i], x)? {
            return Ok(vm.new_int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (t, rest) = this(vm, &args, "count")?;
    let x = one_arg(vm, &args, rest, "tuple.count")?;
    let mut count = 0;
    for &item in t.items.iter() {
        if vm.eq_elem(item, x)? {
            count += 1;
        }
    }
    Ok(vm.new_int(count))
}

//! The `gc` module: `collect()` runs the collector (only safe from Python code, which is a
//! safepoint by definition: everything live is reachable from the VM).

use super::{add_function, new_module};
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let m = new_module(vm, "gc");
    add_function(vm, m, "collect", collect);
    add_function(vm, m, "isenabled", is_enabled);
    add_function(vm, m, "enable", noop);
    add_function(vm, m, "disable", noop);
}

fn collect(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let before = vm.heap.live_objects;
    vm.collect_garbage();
    // CPython returns the number of unreachable objects found in cycles; the closest honest
    // figure here is how many objects were freed.
    Ok(vm.new_int(before.saturating_sub(vm.heap.live_objects) as i64))
}

fn is_enabled(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::TRUE)
}

fn noop(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

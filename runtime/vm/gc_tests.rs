//! The collector, tested through the VM: what is reachable survives with its contents intact,
//! what is not is reclaimed.

use super::{TierConfig, Vm};
use crate::runtime::object::*;
use crate::runtime::value::Value;
use std::cell::Cell;

fn vm() -> Vm {
    Vm::new(TierConfig {
        specialize: false,
        jit: super::JitMode::Off,
    })
}

/// Allocate garbage so that freed slots get reused, to catch anything that survived wrongly.
fn churn(vm: &mut Vm) {
    for i in 0..20_000 {
        let v = vm.new_list(vec![Value::small_int(i), Value::small_int(-i)]);
        let _ = vm.new_tuple(vec![v, v]);
    }
}

fn list_ints(v: Value) -> Vec<i64> {
    v.get::<ListObj>()
        .expect("still a list")
        .to_vec()
        .iter()
        .map(|x| x.as_small_int())
        .collect()
}

#[test]
fn garbage_is_reclaimed() {
    let mut vm = vm();
    vm.collect_garbage();
    let baseline = vm.heap.live_objects;
    for i in 0..100_000 {
        let _ = vm.new_list(vec![Value::small_int(i)]);
    }
    assert!(vm.heap.live_objects >= baseline + 100_000);
    vm.collect_garbage();
    assert!(
        vm.heap.live_objects <= baseline + 10,
        "live {} vs baseline {baseline}",
        vm.heap.live_objects
    );
}

#[test]
fn objects_reachable_only_from_a_closure_survive() {
    let mut vm = vm();
    let payload = vm.new_list(vec![
        Value::small_int(1),
        Value::small_int(2),
        Value::small_int(3),
    ]);
    let cell = vm.alloc(CellObj {
        header: Default::default(),
        value: Cell::new(payload),
    });
    let closure = vm.new_tuple(vec![cell]);
    let unit =
        crate::runtime::compiler::compile_module("def f():\n    pass\n", "t.py").expect("compiles");
    let code = vm.load_code(unit);
    let globals = vm.new_dict();
    let inner_code = code
        .get::<CodeObj>()
        .unwrap()
        .consts
        .iter()
        .copied()
        .find(|c| c.is::<CodeObj>())
        .expect("inner code");
    let func = vm
        .make_function(inner_code, globals, Value::NULL, Value::NULL, closure)
        .expect("function");
    vm.roots.push(func);
    vm.collect_garbage();
    churn(&mut vm);
    vm.collect_garbage();
    let f = func.get::<FunctionObj>().expect("function survived");
    let cell = f.closure.get::<TupleObj>().unwrap().items[0];
    let list = cell.get::<CellObj>().unwrap().value.get();
    assert_eq!(list_ints(list), vec![1, 2, 3]);
}

#[test]
fn dict_values_and_keys_survive() {
    let mut vm = vm();
    let d = vm.new_dict();
    vm.roots.push(d);
    for i in 0..1000 {
        let k = vm.new_str(format!("key{i}"));
        let v = vm.new_list(vec![Value::small_int(i)]);
        vm.dict_set(d, k, v).unwrap();
    }
    vm.collect_garbage();
    churn(&mut vm);
    vm.collect_garbage();
    for i in 0..1000 {
        let k = vm.new_str(format!("key{i}"));
        let v = vm.dict_get(d, k).unwrap().expect("key survived");
        assert_eq!(list_ints(v), vec![i]);
    }
}

#[test]
fn exception_tracebacks_and_context_survive() {
    let mut vm = vm();
    let unit = crate::runtime::compiler::compile_module("x = 1\n", "t.py").expect("compiles");
    let code = vm.load_code(unit);
    let inner = vm.type_error("inner");
    let outer = vm.value_error("outer");
    let e = outer.exc();
    e.context.set(inner.0);
    e.traceback
        .borrow_mut()
        .push(TracebackEntry { code, line: 1 });
    vm.roots.push(outer.0);
    vm.collect_garbage();
    churn(&mut vm);
    vm.collect_garbage();
    let e = outer.exc();
    assert_eq!(vm.exception_message(outer.0), "outer");
    assert_eq!(vm.exception_message(e.context.get()), "inner");
    let tb_code = e.traceback.borrow()[0].code;
    assert_eq!(
        tb_code
            .get::<CodeObj>()
            .expect("code survived")
            .unit
            .filename,
        "t.py"
    );
}

#[test]
fn deep_structures_do_not_overflow_the_marker() {
    let mut vm = vm();
    let mut v = Value::NONE;
    for _ in 0..1_000_000 {
        v = vm.new_list(vec![v]);
    }
    vm.roots.push(v);
    vm.collect_garbage();
    let mut depth = 0;
    let mut cur = v;
    while let Some(l) = cur.get::<ListObj>() {
        cur = l.get(0).unwrap();
        depth += 1;
    }
    assert_eq!(depth, 1_000_000);
}

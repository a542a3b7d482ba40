//! Criterion micro-benchmarks of the runtime's hot paths: value boxing and unboxing, dict
//! lookup, and the cost of a Python-to-Python call. `cargo bench --bench micro`.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use stitch::runtime::compiler::compile_module;
use stitch::runtime::value::Value;
use stitch::runtime::vm::{JitMode, TierConfig, Vm};

fn vm() -> Vm {
    Vm::new(TierConfig {
        specialize: false,
        jit: JitMode::Off,
    })
}

fn boxing(c: &mut Criterion) {
    c.bench_function("box+unbox small int x1000", |b| {
        b.iter(|| {
            let mut acc = 0i64;
            for i in 0..1000i64 {
                let v = Value::small_int(black_box(i));
                acc = acc.wrapping_add(v.as_small_int());
            }
            acc
        })
    });
    c.bench_function("box+unbox float x1000", |b| {
        b.iter(|| {
            let mut acc = 0.0f64;
            for i in 0..1000 {
                let v = Value::float(black_box(i as f64 * 0.5));
                if v.is_float() {
                    acc += v.as_float();
                }
            }
            acc
        })
    });
}

fn dict_lookup(c: &mut Criterion) {
    let mut vm = vm();
    let d = vm.new_dict();
    vm.roots.push(d);
    let keys: Vec<Value> = (0..1000).map(|i| vm.new_str(format!("key{i}"))).collect();
    for (i, &k) in keys.iter().enumerate() {
        vm.roots.push(k);
        vm.dict_set(d, k, Value::small_int(i as i64)).unwrap();
    }
    c.bench_function("dict get str key x1000", |b| {
        b.iter(|| {
            let mut hits = 0;
            for &k in &keys {
                if vm.dict_get(d, black_box(k)).unwrap().is_some() {
                    hits += 1;
                }
            }
            hits
        })
    });
    c.bench_function("dict get int key x1000", |b| {
        let d2 = vm.new_dict();
        vm.roots.push(d2);
        for i in 0..1000 {
            vm.dict_set(d2, Value::small_int(i), Value::small_int(i))
                .unwrap();
        }
        b.iter(|| {
            let mut hits = 0;
            for i in 0..1000 {
                if vm
                    .dict_get(d2, Value::small_int(black_box(i)))
                    .unwrap()
                    .is_some()
                {
                    hits += 1;
                }
            }
            hits
        })
    });
}

fn calls(c: &mut Criterion) {
    let mut vm = vm();
    let unit = compile_module("def f(a, b):\n    return a\n", "micro.py").expect("compiles");
    let code = vm.load_code(unit);
    let globals = vm.new_dict();
    vm.roots.push(globals);
    vm.run_module_code(code, globals).expect("defines f");
    let name = vm.intern("f");
    let f = vm.dict_get(globals, name).unwrap().expect("f");
    c.bench_function("call Python function from Rust x1000", |b| {
        b.iter(|| {
            for i in 0..1000 {
                black_box(
                    vm.call_value(f, &[Value::small_int(i), Value::NONE])
                        .unwrap(),
                );
            }
        })
    });
    let unit = compile_module(
        "def g(n):\n    for i in range(n):\n        h(i, i)\n\ndef h(a, b):\n    return a\n",
        "micro.py",
    )
    .expect("compiles");
    let code = vm.load_code(unit);
    vm.run_module_code(code, globals).expect("defines g");
    let gname = vm.intern("g");
    let g = vm.dict_get(globals, gname).unwrap().expect("g");
    c.bench_function("Python-to-Python calls x1000 (interpreted loop)", |b| {
        b.iter(|| black_box(vm.call_value(g, &[Value::small_int(1000)]).unwrap()))
    });
}

criterion_group!(benches, boxing, dict_lookup, calls);
criterion_main!(benches);

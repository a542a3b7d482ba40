//! Modules built into the binary. Each registers itself in `sys.modules` at start-up; `import`
//! finds them there.

pub mod embedded;
pub mod gc;
pub mod hashlib;
pub mod math;
pub mod os;
pub mod random;
pub mod structmod;
pub mod sys;
pub mod time;

use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    sys::install(vm);
    gc::install(vm);
    math::install(vm);
    random::install(vm);
    time::install(vm);
    os::install(vm);
    structmod::install(vm);
    hashlib::install(vm);
}

/// Make an empty module object named `name` and register it in `sys.modules`.
pub fn new_module(vm: &mut Vm, name: &str) -> Value {
    let dict = vm.new_dict();
    let name_v = vm.intern(name);
    let key = vm.names.name;
    let _ = vm.dict_set(dict, key, name_v);
    let m = vm.alloc(ModuleObj {
        header: Default::default(),
        name: name_v,
        dict,
    });
    let modules = vm.modules;
    let _ = vm.dict_set(modules, name_v, m);
    m
}

/// Set `module.name = value`.
pub fn set(vm: &mut Vm, module: Value, name: &str, value: Value) {
    let dict = module.get::<ModuleObj>().expect("module").dict;
    let key = vm.intern(name);
    let _ = vm.dict_set(dict, key, value);
}

/// Add a builtin function to a module.
pub fn add_function(
    vm: &mut Vm,
    module: Value,
    name: &'static str,
    func: fn(&mut Vm, Args) -> PyResult<Value>,
) {
    let f = vm.alloc(BuiltinObj {
        header: Default::default(),
        name,
        func,
        bound: Value::NULL,
        owner: "",
    });
    set(vm, module, name, f);
}

//! Modules built into the binary. Each registers itself in `sys.modules` at start-up; `import`
//! finds them there.

pub mod gc;
pub mod sys;

use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    sys::install(vm);
    gc::install(vm);
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

impl Vm {
    /// `import name` (IMPORT_NAME): modules built into stitch.
    pub fn import_module(&mut self, name: Value, fromlist: Value) -> PyResult<Value> {
        let full = Vm::str_of(name).to_string();
        let modules = self.modules;
        let top_name = full.split('.').next().unwrap_or("").to_string();
        let wanted = if fromlist.is_none() || fromlist.is_null() {
            top_name
        } else {
            full.clone()
        };
        let key = self.new_str(wanted.as_str());
        let full_key = self.new_str(full.as_str());
        if self.dict_get(modules, full_key)?.is_none() {
            return Err(self.err(
                crate::runtime::vm::types::ExcName::ModuleNotFoundError,
                format!("No module named '{full}'"),
            ));
        }
        match self.dict_get(modules, key)? {
            Some(m) => Ok(m),
            None => Err(self.err(
                crate::runtime::vm::types::ExcName::ModuleNotFoundError,
                format!("No module named '{wanted}'"),
            )),
        }
    }

    /// `from module import name` (IMPORT_FROM).
    pub fn import_from(&mut self, module: Value, name: Value) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => Ok(v),
            Err(_) => {
                let n = Vm::str_of(name).to_string();
                let mn = module
                    .get::<ModuleObj>()
                    .map(|m| Vm::str_of(m.name).to_string())
                    .unwrap_or_default();
                Err(self.err(
                    crate::runtime::vm::types::ExcName::ImportError,
                    format!("cannot import name '{n}' from '{mn}' (unknown location)"),
                ))
            }
        }
    }
}

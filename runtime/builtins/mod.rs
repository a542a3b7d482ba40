//! The builtin functions (`len`, `print`, `sorted`, …) and the methods of the builtin types
//! (`str.split`, `list.sort`, `dict.get`, …), installed into the builtins namespace and the
//! types' dicts when the VM starts.
//!
//! One file per concept: the functions of the builtins module, the constructors (`__new__` of
//! each builtin type), then the methods of each type. `common` holds the argument helpers they
//! share (receivers, arity checks with CPython's wording, index conversions); `sort` is the
//! stable sort behind `list.sort` and `sorted`; `unicode` the character facts the str
//! predicates and case mappings need.

pub mod bytes_methods;
pub mod codecs;
pub mod common;
pub mod constructors;
pub mod descriptors;
pub mod dict_methods;
pub mod dir_names;
pub mod dunders;
pub mod functions;
pub mod introspection;
pub mod list_methods;
pub mod number_methods;
pub mod range_methods;
pub mod set_methods;
pub mod slice_methods;
pub mod sort;
pub mod str_format;
pub mod str_methods;
pub mod tuple_methods;
pub mod unicode;

use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use common::set_str_key;

/// Register every builtin function, method, constructor, type and exception class.
pub fn install(vm: &mut Vm) {
    functions::install(vm);
    constructors::install(vm);
    descriptors::install(vm);
    str_methods::install(vm);
    bytes_methods::install(vm);
    list_methods::install(vm);
    tuple_methods::install(vm);
    dict_methods::install(vm);
    set_methods::install(vm);
    number_methods::install(vm);
    range_methods::install(vm);
    slice_methods::install(vm);
    dunders::install(vm);
    introspection::install(vm);

    let builtins = vm.builtins;
    for (name, ty) in vm.t.named() {
        set_str_key(vm, builtins, name, ty);
    }
    let mut exceptions: Vec<(String, Value)> =
        vm.t.exc
            .iter()
            .map(|(name, ty)| (format!("{name:?}"), *ty))
            .collect();
    // Sorted so that the builtins dict's order does not depend on HashMap iteration.
    exceptions.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, ty) in exceptions {
        set_str_key(vm, builtins, &name, ty);
    }
    set_str_key(vm, builtins, "NotImplemented", Value::NOT_IMPLEMENTED);
    set_str_key(vm, builtins, "Ellipsis", Value::ELLIPSIS);
}

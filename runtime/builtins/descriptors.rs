//! The descriptor types a class body uses: `property` (with its `getter`/`setter`/`deleter`
//! copies), `staticmethod` and `classmethod`. All three are a `PropertyObj` of some kind; the
//! attribute machinery decides what they do on lookup.

use super::common::*;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{Args, PyResult, Vm};
use std::cell::Cell;

pub fn install(vm: &mut Vm) {
    let (property, staticmethod, classmethod) =
        (vm.t.property, vm.t.staticmethod, vm.t.classmethod);
    add_constructor(vm, property, "property", property_new);
    add_constructor(vm, staticmethod, "staticmethod", staticmethod_new);
    add_constructor(vm, classmethod, "classmethod", classmethod_new);
    add_methods(
        vm,
        property,
        "property",
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
        ],
    );
}

fn new_descriptor(
    vm: &mut Vm,
    kind: DescriptorKind,
    fget: Value,
    fset: Value,
    fdel: Value,
    doc: Value,
) -> Value {
    vm.alloc(PropertyObj {
        header: Default::default(),
        kind,
        fget: Cell::new(fget),
        fset: Cell::new(fset),
        fdel: Cell::new(fdel),
        doc: Cell::new(doc),
    })
}

/// The arguments after the class.
fn after_class<'a>(args: &Args<'a>) -> &'a [Value] {
    let pos = args.pos();
    if pos.is_empty() {
        pos
    } else {
        &pos[1..]
    }
}

/// `fget.__doc__`, which a property without its own doc shows (None if it has none).
fn getter_doc(vm: &mut Vm, fget: Value) -> PyResult<Value> {
    if fget.is_none() {
        return Ok(Value::NONE);
    }
    match vm.get_attr_str(fget, "__doc__") {
        Ok(d) => Ok(d),
        Err(e) if err_is(vm, &e, ExcName::AttributeError) => Ok(Value::NONE),
        Err(e) => Err(e),
    }
}

fn property_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = after_class(&args);
    let given = rest.len() + args.kwnames.len();
    if given > 4 {
        return Err(vm.type_error(format!(
            "property() takes at most 4 arguments ({given} given)"
        )));
    }
    let p = bind_params(
        vm,
        rest,
        &args,
        &["fget", "fset", "fdel", "doc"],
        "property",
    )?;
    let arg = |i: usize| p[i].unwrap_or(Value::NONE);
    let doc = if arg(3).is_none() {
        getter_doc(vm, arg(0))?
    } else {
        arg(3)
    };
    Ok(new_descriptor(
        vm,
        DescriptorKind::Property,
        arg(0),
        arg(1),
        arg(2),
        doc,
    ))
}

fn wrapper_new(vm: &mut Vm, args: Args, name: &str, kind: DescriptorKind) -> PyResult<Value> {
    no_kwargs(vm, &args, name)?;
    let rest = after_class(&args);
    count_clinic(vm, rest.len(), name, 1, 1)?;
    Ok(new_descriptor(
        vm,
        kind,
        rest[0],
        Value::NULL,
        Value::NULL,
        Value::NULL,
    ))
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_new(vm, args, "staticmethod", DescriptorKind::StaticMethod)
}

fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_new(vm, args, "classmethod", DescriptorKind::ClassMethod)
}

/// `prop.getter(f)` and friends: a copy of the property with one function replaced.
fn property_copy(vm: &mut Vm, args: Args, name: &str, which: usize) -> PyResult<Value> {
    let (recv, rest) = split_receiver(vm, &args, "property", name)?;
    let p = match recv.get::<PropertyObj>() {
        Some(p) if p.kind == DescriptorKind::Property => p,
        _ => return Err(wrong_receiver(vm, "property", name, recv)),
    };
    let f = one_arg(vm, &args, rest, &format!("property.{name}"))?;
    let mut parts = [p.fget.get(), p.fset.get(), p.fdel.get()];
    parts[which] = f;
    let mut doc = p.doc.get();
    if which == 0 && (doc.is_null() || doc.is_none()) {
        doc = getter_doc(vm, f)?;
    }
    Ok(new_descriptor(
        vm,
        DescriptorKind::Property,
        parts[0],
        parts[1],
        parts[2],
        doc,
    ))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, "getter", 0)
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, "setter", 1)
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, "deleter", 2)
}

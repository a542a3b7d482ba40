//! Introspection builtins: `dir`, `vars`, `globals`, `locals`, `exec`, `eval`, and
//! `object.__dir__`.
//!
//! These read the calling Python frame: builtins run without a frame of their own, so the
//! top of the VM's frame stack is the code that called them.

use super::common::*;
use super::dir_names::builtin_dir;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{Args, Frame, PyResult, Vm};
use std::collections::BTreeSet;

pub fn install(vm: &mut Vm) {
    add_functions(
        vm,
        &[
            ("dir", builtin_dir_fn),
            ("vars", builtin_vars),
            ("globals", builtin_globals),
            ("locals", builtin_locals),
            ("exec", builtin_exec),
            ("eval", builtin_eval),
            ("__import__", builtin_import),
        ],
    );
    let object = vm.t.object;
    add_methods(vm, object, "object", &[("__dir__", object_dir)]);
    // A class body run by exec() with globals lacking __name__ finds the builtins' name.
    let name = vm.intern("builtins");
    let b = vm.builtins;
    set_str_key(vm, b, "__name__", name);
}

// ---- the calling frame ----------------------------------------------------------------------

/// The globals of the calling code.
fn caller_globals(vm: &mut Vm) -> PyResult<Value> {
    match vm.frames.last() {
        Some(f) => Ok(f.globals),
        None => Err(vm.runtime_error("no current frame")),
    }
}

/// `locals()` of the calling code: its namespace (module and class bodies), or a new dict of
/// a function's bound local, cell and free variables.
fn caller_locals(vm: &mut Vm) -> PyResult<Value> {
    let Some(frame) = vm.frames.last() else {
        return Err(vm.runtime_error("no current frame"));
    };
    if !frame.locals_ns.is_null() {
        return Ok(frame.locals_ns);
    }
    if frame.func.is_null() {
        return Ok(frame.globals);
    }
    let code = frame.code;
    let u = &code.unit;
    let ncellvars = u.cellvars.len();
    let cell_value = |frame: &Frame, i: usize| -> Value {
        frame.slots[code.nlocals + i]
            .get::<CellObj>()
            .map(|c| c.value.get())
            .unwrap_or(Value::NULL)
    };
    let mut pairs: Vec<(String, Value)> = Vec::new();
    for (i, name) in u.varnames.iter().enumerate().take(code.nlocals) {
        let v = match u.cellvars.iter().position(|c| c == name) {
            Some(ci) => cell_value(frame, ci),
            None => frame.slots[i],
        };
        pairs.push((name.clone(), v));
    }
    for (ci, name) in u.cellvars.iter().enumerate() {
        if !u.varnames.contains(name) {
            pairs.push((name.clone(), cell_value(frame, ci)));
        }
    }
    for (fi, name) in u.freevars.iter().enumerate() {
        pairs.push((name.clone(), cell_value(frame, ncellvars + fi)));
    }
    let d = vm.new_dict();
    for (name, v) in pairs {
        if v.is_null() {
            continue;
        }
        let k = vm.intern(&name);
        vm.dict_set(d, k, v)?;
    }
    Ok(d)
}

fn builtin_globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "globals")?;
    args.expect(vm, "globals", 0, 0)?;
    caller_globals(vm)
}

fn builtin_locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "locals")?;
    args.expect(vm, "locals", 0, 0)?;
    caller_locals(vm)
}

fn builtin_vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "vars")?;
    count_clinic(vm, args.len(), "vars", 0, 1)?;
    let Some(&obj) = args.pos().first() else {
        return caller_locals(vm);
    };
    match vm.get_attr_str(obj, "__dict__") {
        Ok(d) => Ok(d),
        Err(e) if vm.exc_is(e.0, ExcName::AttributeError) => {
            Err(vm.type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

// ---- dir ------------------------------------------------------------------------------------

fn builtin_dir_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "dir")?;
    count_clinic(vm, args.len(), "dir", 0, 1)?;
    let Some(&obj) = args.pos().first() else {
        let ns = caller_locals(vm)?;
        let mark = vm.root(ns);
        let keys = mapping_keys(vm, ns);
        vm.unroot_to(mark);
        return sorted_list(vm, keys?);
    };
    let names = if let Some(f) = vm.user_special(obj, "__dir__") {
        let mark = vm.root(obj);
        let r = vm
            .call_method_value(f, obj, &[obj])
            .and_then(|r| vm.collect_iter(r));
        vm.unroot_to(mark);
        r?
    } else {
        default_dir(vm, obj)?
    };
    sorted_list(vm, names)
}

/// `object.__dir__(self)`
fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "__dir__")?;
    let Some(&obj) = args.pos().first() else {
        return Err(vm.type_error("descriptor '__dir__' of 'object' object needs an argument"));
    };
    let names = if obj.is::<TypeObj>() {
        object_dir_names(vm, obj)?
    } else {
        default_dir(vm, obj)?
    };
    Ok(vm.new_list(names))
}

/// dir() without a `__dir__` override: a module's names, a class's attributes along its
/// MRO, or an object's own attributes plus its class's.
fn default_dir(vm: &mut Vm, obj: Value) -> PyResult<Vec<Value>> {
    if let Some(m) = obj.get::<ModuleObj>() {
        return mapping_keys(vm, m.dict);
    }
    if obj.is::<TypeObj>() {
        let mut set = BTreeSet::new();
        type_dir_names(vm, obj, &mut set);
        return Ok(set.into_iter().map(|n| vm.intern(&n)).collect());
    }
    object_dir_names(vm, obj)
}

/// `object.__dir__`: the instance's `__dict__` keys and `dir(type(obj))`.
fn object_dir_names(vm: &mut Vm, obj: Value) -> PyResult<Vec<Value>> {
    let mut set = BTreeSet::new();
    let dict = match obj.get::<InstanceObj>() {
        Some(inst) => {
            let slotted = inst
                .class
                .get()
                .get::<TypeObj>()
                .map(|t| t.slot_restriction().is_some())
                .unwrap_or(false);
            if slotted {
                Value::NULL
            } else {
                vm.instance_dict_mode(inst)?
            }
        }
        None => match obj.get::<FunctionObj>() {
            Some(f) => f.dict.get(),
            None => obj
                .get::<ExceptionObj>()
                .map(|e| e.dict.get())
                .unwrap_or(Value::NULL),
        },
    };
    if !dict.is_null() {
        for k in mapping_keys(vm, dict)? {
            if let Some(s) = k.get::<StrObj>() {
                set.insert(s.as_str().to_string());
            }
        }
    }
    let ty = vm.type_of(obj);
    type_dir_names(vm, ty, &mut set);
    Ok(set.into_iter().map(|n| vm.intern(&n)).collect())
}

/// The attribute names of a class and its bases (builtin types contribute CPython's names).
fn type_dir_names(vm: &mut Vm, ty: Value, out: &mut BTreeSet<String>) {
    let mro: Vec<Value> = ty
        .get::<TypeObj>()
        .map(|t| t.mro.borrow().clone())
        .unwrap_or_default();
    for m in mro {
        let Some(t) = m.get::<TypeObj>() else {
            continue;
        };
        if t.is_builtin {
            if let Some(names) = builtin_dir(&t.name()) {
                out.extend(names.iter().map(|s| s.to_string()));
                continue;
            }
        }
        if let Some(d) = t.dict.get::<DictObj>() {
            for e in d.table.borrow().iter() {
                if let Some(s) = e.key.get::<StrObj>() {
                    out.insert(s.as_str().to_string());
                }
            }
        }
    }
    let _ = vm;
}

/// The keys of a dict or of any mapping (through its `keys()`).
fn mapping_keys(vm: &mut Vm, m: Value) -> PyResult<Vec<Value>> {
    if let Some(d) = m.get::<DictObj>() {
        return Ok(d.table.borrow().iter().map(|e| e.key).collect());
    }
    let keys = vm.get_attr_str(m, "keys")?;
    let ks = vm.call_value(keys, &[])?;
    vm.collect_iter(ks)
}

fn sorted_list(vm: &mut Vm, names: Vec<Value>) -> PyResult<Value> {
    let list = vm.new_list(names);
    let mark = vm.root(list);
    let r = vm
        .get_attr_str(list, "sort")
        .and_then(|sort| vm.call_value(sort, &[]));
    vm.unroot_to(mark);
    r?;
    Ok(list)
}

// ---- exec and eval --------------------------------------------------------------------------

fn builtin_exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, false)
}

fn builtin_eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, true)
}

/// `exec(source, globals=None, locals=None)` / `eval(...)`: compile `source` (a str or a
/// code object) and run it with those namespaces (the caller's by default).
fn exec_or_eval(vm: &mut Vm, args: Args, is_eval: bool) -> PyResult<Value> {
    let fname = if is_eval { "eval" } else { "exec" };
    if args.pos().is_empty() {
        return Err(vm.type_error(if is_eval {
            "eval expected at least 1 argument, got 0"
        } else {
            "exec() takes at least 1 positional argument (0 given)"
        }));
    }
    let p = bind_params(vm, args.pos(), &args, &["", "globals", "locals"], fname)?;
    let Some(source) = p[0] else {
        return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0")));
    };
    let globals_arg = p[1].filter(|g| !g.is_none());
    let locals_arg = p[2].filter(|l| !l.is_none());
    let (globals, locals) = match globals_arg {
        None => {
            let g = caller_globals(vm)?;
            let l = match locals_arg {
                Some(l) => l,
                None => caller_locals(vm)?,
            };
            (g, l)
        }
        Some(g) => {
            if !g.is::<DictObj>() {
                let tn = vm.type_name(g);
                return Err(vm.type_error(if is_eval {
                    "globals must be a dict".to_string()
                } else {
                    format!("exec() globals must be a dict, not {tn}")
                }));
            }
            (g, locals_arg.unwrap_or(g))
        }
    };
    if !locals.is::<DictObj>() && !has_special(vm, locals, "__getitem__") {
        let tn = vm.type_name(locals);
        return Err(vm.type_error(if is_eval {
            "locals must be a mapping".to_string()
        } else {
            format!("locals must be a mapping or None, not {tn}")
        }));
    }
    let mark = vm.roots_mark();
    vm.root(globals);
    vm.root(locals);
    let r = run_source(vm, source, globals, locals, is_eval, fname);
    vm.unroot_to(mark);
    let v = r?;
    Ok(if is_eval { v } else { Value::NONE })
}

fn run_source(
    vm: &mut Vm,
    source: Value,
    globals: Value,
    locals: Value,
    is_eval: bool,
    fname: &str,
) -> PyResult<Value> {
    let key = vm.intern("__builtins__");
    if vm.dict_get(globals, key)?.is_none() {
        let b = vm.builtins;
        vm.dict_set(globals, key, b)?;
    }
    let code_v = if source.is::<CodeObj>() {
        source
    } else if let Some(s) = source.get::<StrObj>() {
        let text = s.as_str();
        let compiled = if is_eval {
            crate::runtime::compiler::compile_eval(text, "<string>")
        } else {
            crate::runtime::compiler::compile_exec(text, "<string>")
        };
        match compiled {
            Ok(unit) => vm.load_code(unit),
            Err(e) => {
                let kind = match e.kind {
                    "IndentationError" => ExcName::IndentationError,
                    "TabError" => ExcName::TabError,
                    "RecursionError" => ExcName::RecursionError,
                    _ => ExcName::SyntaxError,
                };
                let msg = format!("{} ({}, line {})", e.msg, e.filename, e.line);
                return Err(vm.err(kind, msg));
            }
        }
    } else {
        return Err(vm.type_error(format!(
            "{fname}() arg 1 must be a string, bytes or code object"
        )));
    };
    let mark = vm.root(code_v);
    let code = code_v.get::<CodeObj>().expect("code");
    let mut slots = Vec::with_capacity(code.nlocals + code.ncells + code.unit.stacksize as usize);
    slots.resize(code.nlocals + code.ncells, Value::NULL);
    let frame = Frame {
        code,
        code_value: code_v,
        func: Value::NULL,
        globals,
        locals_ns: if locals == globals {
            Value::NULL
        } else {
            locals
        },
        slots,
        ip: 0,
        lasti: 0,
        is_entry: true,
    };
    let r = vm.run_frame(frame);
    vm.unroot_to(mark);
    r
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`
fn builtin_import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind_params(
        vm,
        args.pos(),
        &args,
        &["name", "globals", "locals", "fromlist", "level"],
        "__import__",
    )?;
    let Some(name) = p[0] else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    if !name.is::<StrObj>() {
        let tn = vm.type_name(name);
        return Err(vm.type_error(format!("__import__() argument 1 must be str, not {tn}")));
    }
    let globals = match p[1] {
        Some(g) if g.is::<DictObj>() => g,
        _ => caller_globals(vm)?,
    };
    let fromlist = p[3].unwrap_or(Value::NONE);
    let level = p[4].unwrap_or(Value::small_int(0));
    vm.import_name(name, fromlist, level, globals)
}

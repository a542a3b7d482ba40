//! User classes: the `class` statement (`__build_class__`), C3 method resolution order,
//! instantiation (`__new__` then `__init__`), `super()`, and the methods of `object` and
//! `BaseException` that user classes inherit.

use super::{Args, PyResult, Vm};
use crate::runtime::bytecode::code_flags;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use std::cell::{Cell, RefCell};

impl Vm {
    /// Is `v` an object whose behaviour user code may define (an instance of a class made by a
    /// `class` statement, including user exceptions)?
    #[inline]
    pub fn is_user_object(&self, v: Value) -> bool {
        match v.kind() {
            Some(crate::runtime::heap::Kind::Instance) => true,
            Some(crate::runtime::heap::Kind::Exception) => v
                .get::<ExceptionObj>()
                .and_then(|e| e.class.get().get::<TypeObj>())
                .map(|t| !t.is_builtin)
                .unwrap_or(false),
            _ => false,
        }
    }

    /// A special method defined by Python code on `v`'s class (not builtin behaviour).
    pub fn user_special(&mut self, v: Value, name: &str) -> Option<Value> {
        if !self.is_user_object(v) {
            return None;
        }
        let ty = self.type_of(v);
        let key = self.intern(name);
        let f = self.lookup_in_mro(ty, key)?;
        if f.is_none() {
            return None;
        }
        // Builtin fallbacks on `object`/`BaseException` are the defaults, not user code.
        if f.get::<BuiltinObj>()
            .map(|b| b.owner == "object" || b.owner == "BaseException")
            .unwrap_or(false)
        {
            return None;
        }
        Some(f)
    }

    /// Call special method `name` of a user object with `args`; None if it has none.
    pub fn call_user_special(
        &mut self,
        v: Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(f) = self.user_special(v, name) else {
            return Ok(None);
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(v);
        all.extend_from_slice(args);
        self.call_method_value(f, v, &all).map(Some)
    }

    /// Call an attribute found on a type, as a method of `obj` (handles staticmethod and
    /// classmethod wrappers); `args` already starts with `obj`.
    pub fn call_method_value(&mut self, f: Value, obj: Value, args: &[Value]) -> PyResult<Value> {
        if let Some(p) = f.get::<PropertyObj>() {
            match p.kind {
                DescriptorKind::StaticMethod => return self.call_value(p.fget.get(), &args[1..]),
                DescriptorKind::ClassMethod => {
                    let mut with_cls = args.to_vec();
                    with_cls[0] = self.type_of(obj);
                    return self.call_value(p.fget.get(), &with_cls);
                }
                DescriptorKind::Property => {}
            }
        }
        self.call_value(f, args)
    }

    /// `__build_class__(func, name, *bases, **kwds)`: run the class body, make the type.
    pub fn build_class(
        &mut self,
        func: Value,
        name: Value,
        bases: Vec<Value>,
        kwnames: &[Value],
        kwvalues: &[Value],
    ) -> PyResult<Value> {
        let mut metaclass = Value::NULL;
        for (k, v) in kwnames.iter().zip(kwvalues) {
            if Vm::str_of(*k) == "metaclass" {
                metaclass = *v;
            }
        }
        let ns = self.new_dict();
        let mark = self.root(ns);
        let mut frame = self.make_frame(func, &[], &[])?;
        frame.locals_ns = ns;
        let r = self.run_frame(frame);
        self.unroot_to(mark);
        r?;
        if !metaclass.is_null() && metaclass != self.t.type_ && !metaclass.is::<TypeObj>() {
            let b = self.new_tuple(bases);
            return self.call_value(metaclass, &[name, b, ns]);
        }
        let cls = self.make_class(name, bases, ns)?;
        // Fill the `__class__` cell that zero-argument super() reads.
        let cell_key = self.names.classcell;
        if let Some(cell) = self.dict_del(ns, cell_key)? {
            if let Some(c) = cell.get::<CellObj>() {
                c.value.set(cls);
            }
        }
        self.init_subclass(cls)?;
        Ok(cls)
    }

    /// Make a class from its name, bases and namespace (also `type(name, bases, dict)`).
    pub fn make_class(&mut self, name: Value, mut bases: Vec<Value>, ns: Value) -> PyResult<Value> {
        if bases.is_empty() {
            bases.push(self.t.object);
        }
        let mut layout = Layout::Object;
        for &b in &bases {
            let Some(bt) = b.get::<TypeObj>() else {
                let tn = self.type_name(b);
                return Err(self.type_error(format!("bases must be types, not {tn}")));
            };
            match bt.layout {
                Layout::Object => {}
                Layout::Exception => layout = Layout::Exception,
                Layout::List
                | Layout::Dict
                | Layout::Tuple
                | Layout::Str
                | Layout::Int
                | Layout::Float
                | Layout::Set
                | Layout::FrozenSet => {
                    if layout != Layout::Object && layout != bt.layout {
                        return Err(
                            self.type_error("multiple bases have instance lay-out conflict")
                        );
                    }
                    layout = bt.layout;
                }
                other => {
                    let bn = bt.name();
                    if !matches!(other, Layout::Type) {
                        return Err(
                            self.type_error(format!("type '{bn}' is not an acceptable base type"))
                        );
                    }
                    return Err(self.type_error(
                        "stitch does not support metaclasses derived from 'type' yet",
                    ));
                }
            }
        }
        let mro = self.c3_mro(&bases)?;
        let name_s = Vm::str_of(name).to_string();
        let qualname_key = self.names.qualname;
        let qualname = match self.dict_del(ns, qualname_key)? {
            Some(q) => Vm::str_of(q).to_string(),
            None => name_s.clone(),
        };
        // A class that defines __eq__ without __hash__ is unhashable, as in CPython.
        let eq_key = self.intern("__eq__");
        let hash_key = self.intern("__hash__");
        if self.dict_get(ns, eq_key)?.is_some() && self.dict_get(ns, hash_key)?.is_none() {
            self.dict_set(ns, hash_key, Value::NONE)?;
        }
        // Plain functions named __new__ / __init_subclass__ / __class_getitem__ are implicitly
        // static/class methods.
        for (n, kind) in [
            ("__new__", DescriptorKind::StaticMethod),
            ("__init_subclass__", DescriptorKind::ClassMethod),
            ("__class_getitem__", DescriptorKind::ClassMethod),
        ] {
            let key = self.intern(n);
            if let Some(f) = self.dict_get(ns, key)? {
                if f.is::<FunctionObj>() {
                    let d = self.alloc(PropertyObj {
                        header: Default::default(),
                        kind,
                        fget: Cell::new(f),
                        fset: Cell::new(Value::NULL),
                        fdel: Cell::new(Value::NULL),
                        doc: Cell::new(Value::NONE),
                    });
                    self.dict_set(ns, key, d)?;
                }
            }
        }
        let cls = self.alloc(TypeObj {
            header: Default::default(),
            name: RefCell::new(name_s),
            qualname: RefCell::new(qualname),
            layout,
            bases: RefCell::new(bases),
            mro: RefCell::new(Vec::new()),
            dict: ns,
            version: Cell::new(crate::runtime::object::types::next_type_version()),
            is_builtin: false,
            slots_cache: RefCell::new(None),
        });
        let t = cls.get::<TypeObj>().expect("type");
        let mut full = vec![cls];
        full.extend(mro);
        *t.mro.borrow_mut() = full;
        // __set_name__ on descriptors defined in the body.
        let entries: Vec<(Value, Value)> = ns
            .get::<DictObj>()
            .map(|d| d.table.borrow().iter().map(|e| (e.key, e.value)).collect())
            .unwrap_or_default();
        for (k, v) in entries {
            if self.is_user_object(v) {
                if let Some(f) = self.user_special(v, "__set_name__") {
                    self.call_value(f, &[v, cls, k])?;
                }
            }
        }
        Ok(cls)
    }

    fn init_subclass(&mut self, cls: Value) -> PyResult<()> {
        let key = self.intern("__init_subclass__");
        let parent_mro: Vec<Value> = cls
            .get::<TypeObj>()
            .map(|t| t.mro.borrow()[1..].to_vec())
            .unwrap_or_default();
        for m in parent_mro {
            let Some(mt) = m.get::<TypeObj>() else {
                continue;
            };
            if let Some(f) = self.dict_get_str(mt.dict, key) {
                if let Some(p) = f.get::<PropertyObj>() {
                    self.call_value(p.fget.get(), &[cls])?;
                }
                return Ok(());
            }
        }
        Ok(())
    }

    /// C3 linearisation of the bases' MROs (the class itself is prepended by the caller).
    pub fn c3_mro(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut seqs: Vec<Vec<Value>> = bases
            .iter()
            .map(|b| {
                b.get::<TypeObj>()
                    .map(|t| t.mro.borrow().clone())
                    .unwrap_or_default()
            })
            .collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let candidate = seqs
                .iter()
                .map(|s| s[0])
                .find(|&c| !seqs.iter().any(|s| s[1..].contains(&c)));
            let Some(c) = candidate else {
                let names: Vec<String> = bases
                    .iter()
                    .map(|b| b.get::<TypeObj>().map(|t| t.name()).unwrap_or_default())
                    .collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            out.push(c);
            for s in seqs.iter_mut() {
                if s[0] == c {
                    s.remove(0);
                }
            }
        }
    }

    /// `cls(*args, **kwargs)` for a user class.
    pub fn instantiate(
        &mut self,
        cls: Value,
        values: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let t = cls.get::<TypeObj>().expect("type");
        let new_key = self.intern("__new__");
        let init_key = self.intern("__init__");
        let user_new = self
            .lookup_in_mro(cls, new_key)
            .and_then(|n| n.get::<PropertyObj>().map(|p| p.fget.get()))
            .filter(|f| f.is::<FunctionObj>());
        let obj = match user_new {
            Some(f) => {
                let mut a = Vec::with_capacity(values.len() + 1);
                a.push(cls);
                a.extend_from_slice(values);
                let obj = self.call_with_kwargs(f, &a, kwnames)?;
                let oty = self.type_of(obj);
                if !self.is_subtype(oty, cls) {
                    return Ok(obj);
                }
                obj
            }
            None => {
                if t.layout == Layout::Exception {
                    let pos = Args { values, kwnames }.pos().to_vec();
                    self.new_exception(cls, pos)
                } else if let Some(builtin) = self.builtin_base_type(cls) {
                    // Mutable containers start empty and are filled by `__init__` (theirs or
                    // the builtin one); immutable values are made by the builtin `__new__`.
                    let mutable = matches!(t.layout, Layout::List | Layout::Dict | Layout::Set);
                    let inner = if mutable {
                        self.call_value(builtin, &[])?
                    } else {
                        self.call_with_kwargs(builtin, values, kwnames)?
                    };
                    self.wrap_builtin_value(cls, inner)
                } else {
                    self.alloc(InstanceObj::new(cls))
                }
            }
        };
        let mark = self.root(obj);
        let init = self.lookup_in_mro(cls, init_key);
        let builtin_init = init
            .and_then(|f| f.get::<BuiltinObj>())
            .map(|b| matches!(b.owner, "list" | "dict" | "set"))
            .unwrap_or(false);
        let r = match init {
            Some(f) if f.is::<FunctionObj>() || builtin_init => {
                let mut a = Vec::with_capacity(values.len() + 1);
                a.push(obj);
                a.extend_from_slice(values);
                match self.call_with_kwargs(f, &a, kwnames) {
                    Ok(r) if !r.is_none() => {
                        let tn = self.type_name(r);
                        Err(self.type_error(format!("__init__() should return None, not '{tn}'")))
                    }
                    Ok(_) => Ok(obj),
                    Err(e) => Err(e),
                }
            }
            _ => {
                if (!values.is_empty() || !kwnames.is_empty())
                    && user_new.is_none()
                    && t.layout == Layout::Object
                {
                    let n = t.name();
                    Err(self.type_error(format!("{n}() takes no arguments")))
                } else {
                    Ok(obj)
                }
            }
        };
        self.unroot_to(mark);
        r
    }

    /// The builtin type a user class derives its data layout from (`dict` for `class D(dict)`).
    pub fn builtin_base_type(&self, cls: Value) -> Option<Value> {
        let t = cls.get::<TypeObj>()?;
        if matches!(t.layout, Layout::Object | Layout::Exception) {
            return None;
        }
        let mro = t.mro.borrow();
        mro.iter().copied().find(|m| {
            m.get::<TypeObj>()
                .map(|mt| mt.is_builtin && mt.layout == t.layout)
                .unwrap_or(false)
        })
    }

    /// An instance of user class `cls` around a builtin value.
    pub fn wrap_builtin_value(&mut self, cls: Value, inner: Value) -> Value {
        let inst = InstanceObj::new(cls);
        inst.base.set(inner);
        self.alloc(inst)
    }

    /// The builtin value inside an instance of a subclass of a builtin type, else `v`.
    #[inline]
    pub fn unwrap_base(v: Value) -> Value {
        match v.get::<InstanceObj>() {
            Some(i) if !i.base.get().is_null() => i.base.get(),
            _ => v,
        }
    }

    /// Zero-argument `super()`: the calling frame's `__class__` cell and first argument.
    fn super_from_frame(&mut self) -> PyResult<(Value, Value)> {
        if self.frames.is_empty() {
            return Err(self.runtime_error("super(): no current frame"));
        }
        let frame = &self.frame;
        let code = frame.code;
        let u = &code.unit;
        let idx = u.freevars.iter().position(|n| n == "__class__");
        let Some(idx) = idx else {
            return Err(self.runtime_error("super(): __class__ cell not found"));
        };
        let cell = frame.slots[code.nlocals + u.cellvars.len() + idx];
        let cls = cell
            .get::<CellObj>()
            .map(|c| c.value.get())
            .unwrap_or(Value::NULL);
        if u.argcount == 0 && u.flags & code_flags::VARARGS == 0 {
            return Err(self.runtime_error("super(): no arguments"));
        }
        // The first argument may itself live in a cell if a closure captured it.
        let mut first = frame.slots[0];
        if let Some(ci) = u.cell_from_arg.iter().position(|a| *a == Some(0)) {
            first = frame.slots[code.nlocals + ci]
                .get::<CellObj>()
                .map(|c| c.value.get())
                .unwrap_or(first);
        }
        if cls.is_null() {
            return Err(self.runtime_error("super(): empty __class__ cell"));
        }
        Ok((cls, first))
    }

    /// Attribute lookup through a super object: the MRO of `obj`'s type after `cls`.
    pub fn super_getattr(&mut self, cls: Value, obj: Value, name: Value) -> PyResult<Value> {
        let start_type = if obj.is::<TypeObj>() && self.is_subtype(obj, cls) {
            obj
        } else {
            self.type_of(obj)
        };
        let mro: Vec<Value> = start_type
            .get::<TypeObj>()
            .map(|t| t.mro.borrow().clone())
            .unwrap_or_default();
        let pos = mro
            .iter()
            .position(|&m| m == cls)
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for &m in &mro[pos..] {
            let Some(mt) = m.get::<TypeObj>() else {
                continue;
            };
            if let Some(attr) = self.dict_get_str(mt.dict, name) {
                if obj.is::<TypeObj>() {
                    // super() in a classmethod: functions stay plain, classmethods bind to obj.
                    if let Some(p) = attr.get::<PropertyObj>() {
                        return Ok(match p.kind {
                            DescriptorKind::ClassMethod => self.alloc(BoundMethodObj {
                                header: Default::default(),
                                func: p.fget.get(),
                                receiver: obj,
                            }),
                            DescriptorKind::StaticMethod => p.fget.get(),
                            DescriptorKind::Property => attr,
                        });
                    }
                    return Ok(attr);
                }
                return self.bind_attribute(attr, obj, start_type);
            }
        }
        let n = Vm::str_of(name).to_string();
        Err(self.attribute_error(format!("'super' object has no attribute '{n}'")))
    }
}

// ---- builtins: __build_class__, super, object's and BaseException's methods -------------------

fn build_class_builtin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let kwvalues = &args.values[args.values.len() - args.kwnames.len()..];
    vm.build_class(pos[0], pos[1], pos[2..].to_vec(), args.kwnames, kwvalues)
}

/// `super()` / `super(cls, obj)`.
fn super_builtin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let (cls, obj) = match pos.len() {
        0 => vm.super_from_frame()?,
        2 => (pos[0], pos[1]),
        _ => return Err(vm.type_error("super() takes 0 or 2 arguments in stitch")),
    };
    Ok(vm.alloc(SuperObj {
        header: Default::default(),
        cls,
        obj,
    }))
}

fn object_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&cls) = args.pos().first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let Some(t) = cls.get::<TypeObj>() else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    if t.is_builtin && cls != vm.t.object {
        let n = t.name();
        return Err(vm.type_error(format!(
            "object.__new__({n}) is not safe, use {n}.__new__()"
        )));
    }
    if t.layout == Layout::Exception {
        return Ok(vm.new_exception(cls, args.pos()[1..].to_vec()));
    }
    Ok(vm.alloc(InstanceObj::new(cls)))
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect(vm, "__setattr__", 3, 3)?;
    let p = args.pos();
    vm.generic_set_attr(p[0], p[1], p[2])?;
    Ok(Value::NONE)
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect(vm, "__getattribute__", 2, 2)?;
    let p = args.pos();
    vm.get_attr(p[0], p[1])
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect(vm, "__delattr__", 2, 2)?;
    let p = args.pos();
    vm.generic_del_attr(p[0], p[1])?;
    Ok(Value::NONE)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos().first().copied().unwrap_or(Value::NONE);
    let s = vm.default_repr(v);
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos().first().copied().unwrap_or(Value::NONE);
    let s = vm.repr(v)?;
    Ok(vm.new_str(s))
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect(vm, "__eq__", 2, 2)?;
    let p = args.pos();
    Ok(if p[0] == p[1] {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect(vm, "__ne__", 2, 2)?;
    let p = args.pos();
    let r = vm.compare(p[0], p[1], crate::runtime::bytecode::CompareOp::Eq)?;
    Ok(Value::bool(!r.as_bool()))
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos().first().copied().unwrap_or(Value::NONE);
    Ok(vm.new_int((v.0 >> 4) as i64))
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect(vm, "__format__", 2, 2)?;
    let p = args.pos();
    if !Vm::str_of(p[1]).is_empty() {
        let tn = vm.type_name(p[0]);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        )));
    }
    let s = vm.to_str(p[0])?;
    Ok(vm.new_str(s))
}

fn object_init_subclass(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn exception_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if let Some(e) = p.first().and_then(|v| v.get::<ExceptionObj>()) {
        let t = vm.new_tuple(p[1..].to_vec());
        e.args.set(t);
    }
    Ok(Value::NONE)
}

fn exception_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos().first().copied().unwrap_or(Value::NONE);
    let s = vm.builtin_exception_message(v);
    Ok(vm.new_str(s))
}

fn exception_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos().first().copied().unwrap_or(Value::NONE);
    let name = vm.type_name(v);
    let items: Vec<Value> = v
        .get::<ExceptionObj>()
        .and_then(|e| e.args.get().get::<TupleObj>().map(|t| t.items.to_vec()))
        .unwrap_or_default();
    let mut parts = Vec::new();
    for i in items {
        parts.push(vm.repr(i)?);
    }
    let s = format!("{name}({})", parts.join(", "));
    Ok(vm.new_str(s))
}

fn exception_with_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos().first().copied().unwrap_or(Value::NONE))
}

fn type_call_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // type(x) or type(name, bases, dict)
    args.no_kwargs(vm, "type")?;
    let p = args.pos();
    match p.len() {
        2 => Ok(vm.type_of(p[1])),
        4 => {
            let bases = vm.collect_iter(p[2])?;
            let ns = vm.new_dict();
            vm.dict_merge(ns, p[3], false)?;
            vm.make_class(p[1], bases, ns)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "list")?;
    args.expect(vm, "list", 1, 2)?;
    let p = args.pos();
    let items = match p.get(1) {
        Some(&it) => vm.collect_iter(it)?,
        None => Vec::new(),
    };
    if let Some(l) = p[0].get::<ListObj>() {
        *l.items.borrow_mut() = items;
    }
    Ok(Value::NONE)
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = p[0];
    let update = vm.get_attr_str(d, "update")?;
    vm.call_with_kwargs(update, &args.values[1..], args.kwnames)?;
    Ok(Value::NONE)
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "set")?;
    args.expect(vm, "set", 1, 2)?;
    let p = args.pos();
    if let Some(s) = p[0].get::<SetObj>() {
        *s.table.borrow_mut() = SetTable::new();
    }
    if let Some(&it) = p.get(1) {
        vm.set_update(p[0], it)?;
    }
    Ok(Value::NONE)
}

/// Register `__build_class__`, `super`, and the methods of `object` and `BaseException`.
pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    let f = vm.alloc(BuiltinObj {
        header: Default::default(),
        name: "__build_class__",
        func: build_class_builtin,
        bound: Value::NULL,
        owner: "",
    });
    let k = vm.intern("__build_class__");
    let _ = vm.dict_set(b, k, f);
    let f = vm.alloc(BuiltinObj {
        header: Default::default(),
        name: "super",
        func: super_builtin,
        bound: Value::NULL,
        owner: "",
    });
    let k = vm.intern("super");
    let _ = vm.dict_set(b, k, f);
    let object_methods: [(&'static str, BuiltinFn); 12] = [
        ("__init__", object_init),
        ("__setattr__", object_setattr),
        ("__getattribute__", object_getattribute),
        ("__delattr__", object_delattr),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__hash__", object_hash),
        ("__format__", object_format),
        ("__new__", object_new),
        ("__init_subclass__", object_init_subclass),
    ];
    let object = vm.t.object;
    for (name, func) in object_methods {
        add_method(vm, object, "object", name, func);
    }
    let base_exc = vm.exc_class(ExcName::BaseException);
    let exc_methods: [(&'static str, BuiltinFn); 4] = [
        ("__init__", exception_init),
        ("__str__", exception_str),
        ("__repr__", exception_repr),
        ("with_traceback", exception_with_traceback),
    ];
    for (name, func) in exc_methods {
        add_method(vm, base_exc, "BaseException", name, func);
    }
    let (list, dict, set) = (vm.t.list, vm.t.dict, vm.t.set);
    add_method(vm, list, "list", "__init__", list_init);
    add_method(vm, dict, "dict", "__init__", dict_init);
    add_method(vm, set, "set", "__init__", set_init);
    let type_ = vm.t.type_;
    add_method(vm, type_, "type", "__new__", type_call_new);
}

fn add_method(vm: &mut Vm, ty: Value, owner: &'static str, name: &'static str, func: BuiltinFn) {
    let dict = ty.get::<TypeObj>().expect("type").dict;
    let f = vm.alloc(BuiltinObj {
        header: Default::default(),
        name,
        func,
        bound: Value::NULL,
        owner,
    });
    let key = vm.intern(name);
    let _ = vm.dict_set(dict, key, f);
}

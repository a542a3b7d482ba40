//! User classes: the `class` statement (`__build_class__`), C3 method resolution order,
//! instantiation (`__new__` then `__init__`), `super()`, and the methods of `object` and
//! `BaseException` that user classes inherit.

use super::{Args, PyErr, PyResult, Vm};
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
            // A class whose metaclass is a user class (its dunders come from the metaclass).
            Some(crate::runtime::heap::Kind::Type) => v
                .get::<TypeObj>()
                .map(|t| !t.meta.get().is_null())
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
        // Cached next to the MRO lookups, under the name's bits with the low bit set (heap
        // pointers are aligned, so no real name has it); cleared with them.
        let cache_key = (ty.0, key.0 | 1);
        if let Some(&hit) = self.mro_cache.borrow().get(&cache_key) {
            return hit;
        }
        let found = self.lookup_in_mro(ty, key).filter(|f| {
            // Methods of builtin types (`object.__repr__`, `dict.__getitem__`) found in a
            // builtin type's dict are the default behaviour, not user code; stored in a user
            // class (`__str__ = int.__repr__`) they are called like any method.
            !f.is_none()
                && !(f
                    .get::<BuiltinObj>()
                    .map(|b| !b.owner.is_empty())
                    .unwrap_or(false)
                    && !self.defined_in_user_class(ty, key))
        });
        self.mro_cache.borrow_mut().insert(cache_key, found);
        found
    }

    /// Is `name` found along `ty`'s MRO in a user class's dict (not a builtin type's)?
    fn defined_in_user_class(&self, ty: Value, name: Value) -> bool {
        let Some(t) = ty.get::<TypeObj>() else {
            return false;
        };
        for &m in t.mro.borrow().iter() {
            if let Some(mt) = m.get::<TypeObj>() {
                if self.dict_get_str(mt.dict, name).is_some() {
                    return !mt.is_builtin;
                }
            }
        }
        false
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
                DescriptorKind::Property | DescriptorKind::GetSet => {}
            }
        }
        if self.is_user_object(f) && !args.is_empty() {
            // A user descriptor: call what its `__get__` returns.
            if let Some(get) = self.user_special(f, "__get__") {
                let ty = self.type_of(obj);
                let mark = self.roots_mark();
                for &a in args {
                    self.root(a);
                }
                let r = self
                    .call_value(get, &[f, obj, ty])
                    .and_then(|bound| self.call_value(bound, &args[1..]));
                self.unroot_to(mark);
                return r;
            }
        }
        self.call_value(f, args)
    }

    /// `call_method_value` with keyword arguments (`args` starts with `obj`).
    pub fn call_method_value_kw(
        &mut self,
        f: Value,
        obj: Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        if kwnames.is_empty() {
            return self.call_method_value(f, obj, args);
        }
        if f.is::<FunctionObj>() || f.is::<BuiltinObj>() {
            return self.call_with_kwargs(f, args, kwnames);
        }
        let ty = self.type_of(obj);
        let bound = self.bind_attribute(f, obj, ty)?;
        self.call_with_kwargs(bound, &args[1..], kwnames)
    }

    /// `__build_class__(func, name, *bases, **kwds)`: resolve `__mro_entries__`, choose the
    /// metaclass (the explicit one or the most derived metaclass of the bases), prepare the
    /// namespace (`__prepare__`), run the class body in it and call the metaclass.
    pub fn build_class(
        &mut self,
        func: Value,
        name: Value,
        bases: Vec<Value>,
        kwnames: &[Value],
        kwvalues: &[Value],
    ) -> PyResult<Value> {
        let mark = self.roots_mark();
        let r = self.build_class_rooted(func, name, bases, kwnames, kwvalues);
        self.unroot_to(mark);
        r
    }

    fn build_class_rooted(
        &mut self,
        func: Value,
        name: Value,
        orig_bases: Vec<Value>,
        kwnames: &[Value],
        kwvalues: &[Value],
    ) -> PyResult<Value> {
        for &v in [func, name].iter().chain(&orig_bases).chain(kwvalues) {
            self.root(v);
        }
        // `__mro_entries__` of bases that are not classes (`class A(list[int])`).
        let mut bases = Vec::with_capacity(orig_bases.len());
        let mut replaced = false;
        let orig_tuple = self.new_tuple(orig_bases.clone());
        self.root(orig_tuple);
        for &b in &orig_bases {
            if b.is::<TypeObj>() {
                bases.push(b);
                continue;
            }
            let me = match self.get_attr_str(b, "__mro_entries__") {
                Ok(f) => f,
                Err(e) if self.exc_is(e.0, ExcName::AttributeError) => {
                    bases.push(b);
                    continue;
                }
                Err(e) => return Err(e),
            };
            let r = self.call_value(me, &[orig_tuple])?;
            let Some(t) = r.get::<TupleObj>() else {
                return Err(self.type_error("__mro_entries__ must return a tuple"));
            };
            for &x in t.items.iter() {
                self.root(x);
                bases.push(x);
            }
            replaced = true;
        }
        let mut metaclass = Value::NULL;
        let mut kn = Vec::new();
        let mut kv = Vec::new();
        for (k, v) in kwnames.iter().zip(kwvalues) {
            if Vm::str_of(*k) == "metaclass" {
                metaclass = *v;
            } else {
                kn.push(*k);
                kv.push(*v);
            }
        }
        if metaclass.is_null() {
            metaclass = match bases.first() {
                Some(&b) => self.type_of(b),
                None => self.t.type_,
            };
        }
        if metaclass.is::<TypeObj>() {
            metaclass = self.calculate_meta(metaclass, &bases)?;
        }
        let bases_t = self.new_tuple(bases);
        self.root(bases_t);
        let ns = self.prepare_namespace(metaclass, name, bases_t, &kn, &kv)?;
        self.root(ns);
        let mut frame = self.make_frame(func, &[], &[])?;
        frame.locals_ns = ns;
        self.run_frame(frame)?;
        if replaced {
            let key = self.intern("__orig_bases__");
            self.dict_set(ns, key, orig_tuple)?;
        }
        let mut args = vec![name, bases_t, ns];
        args.extend_from_slice(&kv);
        self.call_with_kwargs(metaclass, &args, &kn)
    }

    /// `meta.__prepare__(name, bases, **kwds)`, or a new dict when there is none.
    fn prepare_namespace(
        &mut self,
        meta: Value,
        name: Value,
        bases: Value,
        kwnames: &[Value],
        kwvalues: &[Value],
    ) -> PyResult<Value> {
        if meta == self.t.type_ {
            return Ok(self.new_dict());
        }
        let prep = match self.get_attr_str(meta, "__prepare__") {
            Ok(p) => p,
            Err(e) if self.exc_is(e.0, ExcName::AttributeError) => return Ok(self.new_dict()),
            Err(e) => return Err(e),
        };
        if prep
            .get::<BuiltinObj>()
            .map(|b| b.owner == "type")
            .unwrap_or(false)
        {
            return Ok(self.new_dict());
        }
        let mut args = vec![name, bases];
        args.extend_from_slice(kwvalues);
        let ns = self.call_with_kwargs(prep, &args, kwnames)?;
        let is_mapping = ns.is::<DictObj>() || {
            let k = self.intern("__getitem__");
            let t = self.type_of(ns);
            self.lookup_in_mro(t, k).is_some()
        };
        if !is_mapping {
            let mn = match meta.get::<TypeObj>() {
                Some(t) => t.name(),
                None => "<metaclass>".to_string(),
            };
            let tn = self.type_name(ns);
            return Err(self.type_error(format!(
                "{mn}.__prepare__() must return a mapping, not {tn}"
            )));
        }
        Ok(ns)
    }

    /// The most derived of `meta` and the metaclasses of `bases` (CPython's
    /// `_PyType_CalculateMetaclass`).
    pub fn calculate_meta(&mut self, meta: Value, bases: &[Value]) -> PyResult<Value> {
        let mut winner = meta;
        for &b in bases {
            let bt = self.type_of(b);
            if self.is_subtype(winner, bt) {
                continue;
            }
            if self.is_subtype(bt, winner) {
                winner = bt;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// A `__new__` defined in Python on metaclass `meta` (not `type.__new__`).
    fn user_meta_new(&mut self, meta: Value) -> Option<Value> {
        let key = self.intern("__new__");
        let f = self.lookup_in_mro(meta, key)?;
        let inner = f.get::<PropertyObj>().map(|p| p.fget.get()).unwrap_or(f);
        if inner.is::<BuiltinObj>() {
            None
        } else {
            Some(inner)
        }
    }

    /// `type.__new__(mcs, name, bases, namespace, **kwds)`: make a class whose metaclass is
    /// the most derived of `mcs` and its bases' metaclasses, call `__set_name__` on its
    /// attributes and `__init_subclass__(**kwds)` on its parent.
    pub fn type_new(&mut self, mcs: Value, values: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let npos = values.len() - kwnames.len();
        if npos != 3 {
            return Err(self.type_error(format!(
                "type.__new__() takes exactly 3 arguments ({npos} given)"
            )));
        }
        let (name, bases, ns) = (values[0], values[1], values[2]);
        let kwvalues = &values[3..];
        if !name.is::<StrObj>() {
            let tn = self.type_name(name);
            return Err(self.type_error(format!("type.__new__() argument 1 must be str, not {tn}")));
        }
        let Some(bt) = bases.get::<TupleObj>() else {
            let tn = self.type_name(bases);
            return Err(
                self.type_error(format!("type.__new__() argument 2 must be tuple, not {tn}"))
            );
        };
        let dict_src = Vm::unwrap_base(ns);
        if !dict_src.is::<DictObj>() {
            let tn = self.type_name(ns);
            return Err(
                self.type_error(format!("type.__new__() argument 3 must be dict, not {tn}"))
            );
        }
        let base_list = bt.items.to_vec();
        let winner = self.calculate_meta(mcs, &base_list)?;
        if winner != mcs {
            if let Some(f) = self.user_meta_new(winner) {
                let mut args = vec![winner];
                args.extend_from_slice(values);
                return self.call_with_kwargs(f, &args, kwnames);
            }
        }
        // The class gets its own copy of the namespace.
        let dict = self.new_dict();
        let mark = self.root(dict);
        let r = self.dict_merge(dict, dict_src, false).and_then(|_| {
            let cls = self.make_class(winner, name, base_list, dict)?;
            self.root(cls);
            self.set_names(cls)?;
            self.init_subclass(cls, kwnames, kwvalues)?;
            Ok(cls)
        });
        self.unroot_to(mark);
        r
    }

    /// `__set_name__(owner, name)` on every attribute of a new class that defines it.
    fn set_names(&mut self, cls: Value) -> PyResult<()> {
        let Some(t) = cls.get::<TypeObj>() else {
            return Ok(());
        };
        let entries: Vec<(Value, Value)> = t
            .dict
            .get::<DictObj>()
            .map(|d| d.table.borrow().iter().map(|e| (e.key, e.value)).collect())
            .unwrap_or_default();
        let mark = self.roots_mark();
        for &(k, v) in &entries {
            self.root(k);
            self.root(v);
        }
        let mut r = Ok(());
        for (k, v) in entries {
            if !self.is_user_object(v) {
                continue;
            }
            let Some(f) = self.user_special(v, "__set_name__") else {
                continue;
            };
            if let Err(e) = self.call_value(f, &[v, cls, k]) {
                // CPython 3.11 wraps the error.
                let tn = self.type_name(v);
                let kr = self.repr(k).unwrap_or_default();
                let cn = t.name();
                let wrapped = self.runtime_error(format!(
                    "Error calling __set_name__ on '{tn}' instance {kr} in '{cn}'"
                ));
                if let Some(w) = wrapped.0.get::<ExceptionObj>() {
                    w.cause.set(e.0);
                    w.context.set(e.0);
                    w.suppress_context.set(true);
                }
                r = Err(wrapped);
                break;
            }
        }
        self.unroot_to(mark);
        r
    }

    /// Make a class from its metaclass, name, bases and namespace (which it takes over).
    pub fn make_class(
        &mut self,
        meta: Value,
        name: Value,
        mut bases: Vec<Value>,
        ns: Value,
    ) -> PyResult<Value> {
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
                Layout::List
                | Layout::Dict
                | Layout::Tuple
                | Layout::Str
                | Layout::Int
                | Layout::Float
                | Layout::Set
                | Layout::FrozenSet
                | Layout::Exception
                | Layout::Type => {
                    if layout != Layout::Object && layout != bt.layout {
                        return Err(
                            self.type_error("multiple bases have instance lay-out conflict")
                        );
                    }
                    layout = bt.layout;
                }
                _ => {
                    let bn = bt.name();
                    return Err(
                        self.type_error(format!("type '{bn}' is not an acceptable base type"))
                    );
                }
            }
        }
        for (i, &b) in bases.iter().enumerate() {
            if bases[..i].contains(&b) {
                let bn = b.get::<TypeObj>().map(|t| t.name()).unwrap_or_default();
                return Err(self.type_error(format!("duplicate base class {bn}")));
            }
        }
        let mro = self.c3_mro(&bases)?;
        let name_s = Vm::str_of(name).to_string();
        let qualname_key = self.names.qualname;
        let qualname = match self.dict_del(ns, qualname_key)? {
            Some(q) if q.is::<StrObj>() => Vm::str_of(q).to_string(),
            Some(q) => {
                let tn = self.type_name(q);
                return Err(self.type_error(format!("type __qualname__ must be a str, not {tn}")));
            }
            None => name_s.clone(),
        };
        // `type(name, bases, ns)` takes `__module__` from the calling code's globals.
        let module_key = self.names.module;
        if self.dict_get(ns, module_key)?.is_none() {
            if let Some(g) = self.current_frame().map(|f| f.globals) {
                let name_key = self.names.name;
                if let Some(m) = self.dict_get(g, name_key)? {
                    self.dict_set(ns, module_key, m)?;
                }
            }
        }
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
        let classcell = {
            let cell_key = self.names.classcell;
            self.dict_del(ns, cell_key)?
        };
        let abstract_key = self.intern("__abstractmethods__");
        let is_abstract = match self.dict_get(ns, abstract_key)? {
            Some(v) => self.truthy(v)?,
            None => false,
        };
        let cls = self.alloc(TypeObj {
            header: Default::default(),
            name: RefCell::new(name_s),
            qualname: RefCell::new(qualname),
            layout,
            bases: RefCell::new(bases.clone()),
            mro: RefCell::new(Vec::new()),
            dict: ns,
            version: Cell::new(crate::runtime::object::types::next_type_version()),
            is_builtin: false,
            slots_cache: RefCell::new(None),
            meta: Cell::new(if meta == self.t.type_ {
                Value::NULL
            } else {
                meta
            }),
            subclasses: RefCell::new(Vec::new()),
            is_abstract: Cell::new(is_abstract),
            getattribute_cache: Cell::new(0),
        });
        let t = cls.get::<TypeObj>().expect("type");
        let mut full = vec![cls];
        full.extend(mro);
        *t.mro.borrow_mut() = full;
        for &b in &bases {
            if let Some(bt) = b.get::<TypeObj>() {
                if !bt.is_builtin {
                    bt.subclasses.borrow_mut().push(cls);
                }
            }
        }
        self.add_instance_descriptors(cls, &bases, layout)?;
        let doc_key = self.names.doc;
        if self.dict_get(ns, doc_key)?.is_none() {
            self.dict_set(ns, doc_key, Value::NONE)?;
        }
        // Fill the `__class__` cell that zero-argument super() reads.
        if let Some(cell) = classcell {
            match cell.get::<CellObj>() {
                Some(c) => c.value.set(cls),
                None => {
                    let tn = self.type_name(cell);
                    return Err(
                        self.type_error(format!("__classcell__ must be a nonlocal cell, not {tn}"))
                    );
                }
            }
        }
        Ok(cls)
    }

    /// `__dict__` and `__weakref__` descriptors, added (as CPython does) to a class whose
    /// bases do not give its instances a dict or weak references already.
    fn add_instance_descriptors(
        &mut self,
        cls: Value,
        bases: &[Value],
        layout: Layout,
    ) -> PyResult<()> {
        let t = cls.get::<TypeObj>().expect("type");
        let slots_key = self.intern("__slots__");
        let slots = self.dict_get_str(t.dict, slots_key);
        let (mut want_dict, mut want_weakref) = (true, true);
        if let Some(s) = slots {
            let names: Vec<Value> = if s.is::<StrObj>() {
                vec![s]
            } else {
                self.collect_iter(s)?
            };
            want_dict = names.iter().any(|n| Vm::str_of(*n) == "__dict__");
            want_weakref = names.iter().any(|n| Vm::str_of(*n) == "__weakref__");
        }
        // What instances of the bases already have.
        let dict_key = self.intern("__dict__");
        let weakref_key = self.intern("__weakref__");
        let (mut has_dict, mut has_weakref) = (false, false);
        for &b in bases {
            let Some(bt) = b.get::<TypeObj>() else {
                continue;
            };
            for &m in bt.mro.borrow().iter() {
                let Some(mt) = m.get::<TypeObj>() else {
                    continue;
                };
                if mt.is_builtin {
                    match mt.layout {
                        Layout::Exception => has_dict = true,
                        Layout::Type => {
                            has_dict = true;
                            has_weakref = true;
                        }
                        _ => {}
                    }
                    continue;
                }
                if self.dict_get_str(mt.dict, dict_key).is_some() {
                    has_dict = true;
                }
                if self.dict_get_str(mt.dict, weakref_key).is_some() {
                    has_weakref = true;
                }
            }
        }
        if matches!(layout, Layout::Int | Layout::Tuple) {
            want_weakref = false;
        }
        let owner = cls;
        if want_dict && !has_dict {
            let d = self.getset_descriptor(owner, "__dict__", instance_dict_getter);
            self.dict_set(t.dict, dict_key, d)?;
        }
        if want_weakref && !has_weakref {
            let d = self.getset_descriptor(owner, "__weakref__", instance_weakref_getter);
            self.dict_set(t.dict, weakref_key, d)?;
        }
        Ok(())
    }

    /// A `getset_descriptor`: a data descriptor whose getter is a builtin (the owner class
    /// is kept in `doc`, for its repr).
    fn getset_descriptor(&mut self, owner: Value, name: &'static str, get: BuiltinFn) -> Value {
        let f = self.alloc(BuiltinObj {
            header: Default::default(),
            name,
            func: get,
            bound: Value::NULL,
            owner: "",
        });
        self.alloc(PropertyObj {
            header: Default::default(),
            kind: DescriptorKind::GetSet,
            fget: Cell::new(f),
            fset: Cell::new(Value::NULL),
            fdel: Cell::new(Value::NULL),
            doc: Cell::new(owner),
        })
    }

    /// `super(cls, cls).__init_subclass__(**kwds)` for a new class.
    fn init_subclass(&mut self, cls: Value, kwnames: &[Value], kwvalues: &[Value]) -> PyResult<()> {
        let key = self.intern("__init_subclass__");
        let parent_mro: Vec<Value> = cls
            .get::<TypeObj>()
            .map(|t| t.mro.borrow()[1..].to_vec())
            .unwrap_or_default();
        for m in parent_mro {
            let Some(mt) = m.get::<TypeObj>() else {
                continue;
            };
            let Some(f) = self.dict_get_str(mt.dict, key) else {
                continue;
            };
            let mut args = Vec::with_capacity(kwvalues.len() + 1);
            if let Some(p) = f.get::<PropertyObj>() {
                if p.kind == DescriptorKind::ClassMethod {
                    args.push(cls);
                }
                args.extend_from_slice(kwvalues);
                self.call_with_kwargs(p.fget.get(), &args, kwnames)?;
            } else if f.is::<BuiltinObj>() {
                if !kwnames.is_empty() {
                    let q = cls
                        .get::<TypeObj>()
                        .map(|t| t.qualname.borrow().clone())
                        .unwrap_or_default();
                    return Err(self.type_error(format!(
                        "{q}.__init_subclass__() takes no keyword arguments"
                    )));
                }
            } else {
                args.push(cls);
                args.extend_from_slice(kwvalues);
                let bound = self.bind_attribute(f, cls, self.type_of(cls))?;
                self.call_with_kwargs(bound, &args[1..], kwnames)?;
            }
            return Ok(());
        }
        Ok(())
    }

    /// An attribute of the `_stitch_types` support module (mappingproxy, GenericAlias, …).
    pub fn support_attr(&mut self, name: &str) -> PyResult<Value> {
        let modname = self.intern("_stitch_types");
        let b = self.builtins;
        let m = self.import_name(modname, Value::NONE, Value::small_int(0), b)?;
        self.get_attr_str(m, name)
    }

    /// `a | b` for classes and None (`int | None`): a `types.UnionType`.
    pub fn type_union(&mut self, a: Value, b: Value) -> PyResult<Value> {
        let mark = self.roots_mark();
        self.root(a);
        self.root(b);
        let r = self
            .support_attr("_union")
            .and_then(|f| self.call_value(f, &[a, b]));
        self.unroot_to(mark);
        r
    }

    /// `cls.__dict__`: a read-only `mappingproxy` over the class namespace.
    pub fn mappingproxy(&mut self, dict: Value) -> PyResult<Value> {
        let mark = self.root(dict);
        let r = self
            .support_attr("mappingproxy")
            .and_then(|mp| self.call_value(mp, &[dict]));
        self.unroot_to(mark);
        r
    }

    /// A class changed (an attribute was set or deleted): bump its version and the version of
    /// every class that inherits from it, and forget cached lookups.
    pub fn type_modified(&mut self, cls: Value) {
        let mut stack = vec![cls];
        let mut guard = 0usize;
        while let Some(c) = stack.pop() {
            guard += 1;
            if guard > 1_000_000 {
                break;
            }
            if let Some(t) = c.get::<TypeObj>() {
                // A fresh number, never reused: tier 1's guards compare versions alone.
                t.version
                    .set(crate::runtime::object::types::next_type_version());
                *t.slots_cache.borrow_mut() = None;
                t.getattribute_cache.set(0);
                stack.extend(t.subclasses.borrow().iter().copied());
            }
        }
        self.invalidate_type_caches();
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
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
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

    /// `cls(*args, **kwargs)` for a user class (`type.__call__`): `__new__`, then `__init__`
    /// if `__new__` returned an instance of `cls`.
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
            .filter(|f| !f.is::<BuiltinObj>());
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
                if t.is_abstract.get() {
                    return Err(self.abstract_instantiation_error(cls));
                }
                if t.layout == Layout::Exception {
                    let pos = Args { values, kwnames }.pos().to_vec();
                    self.new_exception(cls, pos)
                } else if t.layout == Layout::Type {
                    // A metaclass without its own __new__: type.__new__ makes the class (and
                    // `M(x)` with one argument is `type(x)` only for `type` itself).
                    let obj = self.type_new(cls, values, kwnames)?;
                    let oty = self.type_of(obj);
                    if !self.is_subtype(oty, cls) {
                        return Ok(obj);
                    }
                    obj
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
            Some(f) if builtin_init || !f.is::<BuiltinObj>() => {
                let mut a = Vec::with_capacity(values.len() + 1);
                a.push(obj);
                a.extend_from_slice(values);
                let r = if builtin_init || f.is::<FunctionObj>() {
                    self.call_with_kwargs(f, &a, kwnames)
                } else {
                    let ty = self.type_of(obj);
                    self.bind_attribute(f, obj, ty)
                        .and_then(|b| self.call_with_kwargs(b, &a[1..], kwnames))
                };
                match r {
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

    /// "Can't instantiate abstract class X with abstract methods a, b"
    pub fn abstract_instantiation_error(&mut self, cls: Value) -> PyErr {
        let key = self.intern("__abstractmethods__");
        let t = cls.get::<TypeObj>().expect("type");
        let mut names: Vec<String> = match self.dict_get_str(t.dict, key) {
            Some(v) => match self.collect_iter(v) {
                Ok(items) => items.iter().map(|n| Vm::str_of(*n).to_string()).collect(),
                Err(e) => return e,
            },
            None => Vec::new(),
        };
        names.sort();
        let plural = if names.len() == 1 { "" } else { "s" };
        let n = t.name();
        self.type_error(format!(
            "Can't instantiate abstract class {n} with abstract method{plural} {}",
            names.join(", ")
        ))
    }

    /// `type.__call__(cls, *args, **kwargs)`: `type(x)`, `type(name, bases, ns)`, builtin
    /// constructors, and `__new__`/`__init__` for user classes.
    pub fn type_call(
        &mut self,
        cls: Value,
        values: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        if cls == self.t.type_ {
            let npos = values.len() - kwnames.len();
            if npos == 1 {
                if !kwnames.is_empty() {
                    return Err(self.type_error("type() takes no keyword arguments"));
                }
                return Ok(self.type_of(values[0]));
            }
            if npos != 3 {
                return Err(self.type_error("type() takes 1 or 3 arguments"));
            }
            let obj = self.type_new(cls, values, kwnames)?;
            return Ok(obj);
        }
        self.call_type_default(cls, values, kwnames)
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
                if obj.is::<TypeObj>() && self.is_subtype(obj, cls) {
                    // super() in a classmethod: functions stay plain, classmethods bind to obj.
                    if let Some(p) = attr.get::<PropertyObj>() {
                        return Ok(match p.kind {
                            DescriptorKind::ClassMethod => self.alloc(BoundMethodObj {
                                header: Default::default(),
                                func: p.fget.get(),
                                receiver: obj,
                            }),
                            DescriptorKind::StaticMethod => p.fget.get(),
                            DescriptorKind::Property | DescriptorKind::GetSet => attr,
                        });
                    }
                    // Builtin methods such as `__init_subclass__` bind to the class, except
                    // `__new__` (a static method).
                    if let Some(b) = attr.get::<BuiltinObj>() {
                        if b.name != "__new__" && b.bound.is_null() && !b.owner.is_empty() {
                            return self.bind_attribute(attr, obj, start_type);
                        }
                    }
                    if self.is_user_object(attr) {
                        if let Some(get) = self.user_special(attr, "__get__") {
                            return self.call_value(get, &[attr, Value::NONE, obj]);
                        }
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
    if t.is_abstract.get() {
        return Err(vm.abstract_instantiation_error(cls));
    }
    if t.layout == Layout::Exception {
        return Ok(vm.new_exception(cls, args.pos()[1..].to_vec()));
    }
    if t.layout == Layout::Type {
        return Err(vm.type_error("object.__new__(X): X is a metaclass; use type.__new__()"));
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
    if !p[1].is::<StrObj>() {
        let tn = vm.type_name(p[1]);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    }
    match p[0].get::<InstanceObj>() {
        Some(inst) => vm.instance_get_attr_generic(p[0], inst, p[1], false),
        None => vm.get_attr(p[0], p[1]),
    }
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

/// `object.__init_subclass__()` (a classmethod): accepts no keyword arguments.
fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        let q = args
            .pos()
            .first()
            .and_then(|c| c.get::<TypeObj>())
            .map(|t| t.qualname.borrow().clone())
            .unwrap_or_else(|| "object".to_string());
        return Err(vm.type_error(format!(
            "{q}.__init_subclass__() takes no keyword arguments"
        )));
    }
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

/// `type.__new__(mcs, ...)`; `type.__new__(type, x)` is `type(x)`.
fn type_new_builtin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&mcs) = args.values.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    let Some(mt) = mcs.get::<TypeObj>() else {
        let tn = vm.type_name(mcs);
        return Err(vm.type_error(format!("type.__new__(X): X is not a type object ({tn})")));
    };
    if !vm.is_subtype(mcs, vm.t.type_) {
        let n = mt.name();
        return Err(vm.type_error(format!("type.__new__({n}): {n} is not a subtype of type")));
    }
    let rest = &args.values[1..];
    if mcs == vm.t.type_ && rest.len() == 1 && args.kwnames.is_empty() {
        return Ok(vm.type_of(rest[0]));
    }
    vm.type_new(mcs, rest, args.kwnames)
}

/// `type.__call__(cls, *args, **kwargs)`.
fn type_call_builtin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&cls) = args.values.first() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    if !cls.is::<TypeObj>() {
        let tn = vm.type_name(cls);
        return Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{tn}'"
        )));
    }
    vm.type_call(cls, &args.values[1..], args.kwnames)
}

/// `type.__init__(cls, ...)`: checks the argument count only.
fn type_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.pos().len().saturating_sub(1);
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::NONE)
}

/// `type.__prepare__(name, bases, **kwds)`: a new dict.
fn type_prepare(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_dict())
}

fn receiver_type(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    match args.pos().first() {
        Some(&c) if c.is::<TypeObj>() => Ok(c),
        Some(&c) => {
            let tn = vm.type_name(c);
            Err(vm.type_error(format!(
                "descriptor '{name}' requires a 'type' object but received a '{tn}'"
            )))
        }
        None => Err(vm.type_error(format!("unbound method type.{name}() needs an argument"))),
    }
}

/// `cls.mro()`
fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = receiver_type(vm, &args, "mro")?;
    let m = cls
        .get::<TypeObj>()
        .map(|t| t.mro.borrow().clone())
        .unwrap_or_default();
    Ok(vm.new_list(m))
}

/// `cls.__subclasses__()`: the user classes that name `cls` as a base.
fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = receiver_type(vm, &args, "__subclasses__")?;
    let subs = cls
        .get::<TypeObj>()
        .map(|t| t.subclasses.borrow().clone())
        .unwrap_or_default();
    Ok(vm.new_list(subs))
}

/// `type.__instancecheck__(cls, obj)`: the plain check, without hooks.
fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect(vm, "__instancecheck__", 2, 2)?;
    let cls = receiver_type(vm, &args, "__instancecheck__")?;
    let ty = vm.type_of(args.pos()[1]);
    Ok(Value::bool(vm.is_subtype(ty, cls)))
}

/// `type.__subclasscheck__(cls, sub)`: the plain check, without hooks.
fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect(vm, "__subclasscheck__", 2, 2)?;
    let cls = receiver_type(vm, &args, "__subclasscheck__")?;
    let sub = args.pos()[1];
    if !sub.is::<TypeObj>() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Value::bool(vm.is_subtype(sub, cls)))
}

/// `object.__subclasshook__(sub)`: NotImplemented (a classmethod).
fn object_subclasshook(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

/// The getter of a class's `__dict__` descriptor: the instance's attribute dict.
fn instance_dict_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&obj) = args.pos().first() else {
        return Err(vm.type_error("__dict__ getter needs an argument"));
    };
    if let Some(inst) = obj.get::<InstanceObj>() {
        return vm.instance_dict_mode(inst);
    }
    if let Some(e) = obj.get::<ExceptionObj>() {
        if e.dict.get().is_null() {
            let d = vm.new_dict();
            e.dict.set(d);
        }
        return Ok(e.dict.get());
    }
    let tn = vm.type_name(obj);
    Err(vm.attribute_error(format!("'{tn}' object has no attribute '__dict__'")))
}

/// The getter of a class's `__weakref__` descriptor (stitch has no weak references).
fn instance_weakref_getter(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NONE)
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
    let type_methods: [(&'static str, BuiltinFn); 8] = [
        ("__new__", type_new_builtin),
        ("__call__", type_call_builtin),
        ("__init__", type_init),
        ("__prepare__", type_prepare),
        ("mro", type_mro),
        ("__subclasses__", type_subclasses),
        ("__instancecheck__", type_instancecheck),
        ("__subclasscheck__", type_subclasscheck),
    ];
    for (name, func) in type_methods {
        add_method(vm, type_, "type", name, func);
    }
    // object.__subclasshook__ is a classmethod.
    let hook = vm.alloc(BuiltinObj {
        header: Default::default(),
        name: "__subclasshook__",
        func: object_subclasshook,
        bound: Value::NULL,
        owner: "object",
    });
    let hook = vm.alloc(PropertyObj {
        header: Default::default(),
        kind: DescriptorKind::ClassMethod,
        fget: Cell::new(hook),
        fset: Cell::new(Value::NULL),
        fdel: Cell::new(Value::NULL),
        doc: Cell::new(Value::NONE),
    });
    let odict = vm.t.object.get::<TypeObj>().expect("type").dict;
    let k = vm.intern("__subclasshook__");
    let _ = vm.dict_set(odict, k, hook);
    // object.__init_subclass__ is a classmethod too.
    let k = vm.intern("__init_subclass__");
    if let Some(f) = vm.dict_get_str(odict, k) {
        let cm = vm.alloc(PropertyObj {
            header: Default::default(),
            kind: DescriptorKind::ClassMethod,
            fget: Cell::new(f),
            fset: Cell::new(Value::NULL),
            fdel: Cell::new(Value::NULL),
            doc: Cell::new(Value::NONE),
        });
        let _ = vm.dict_set(odict, k, cm);
    }
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

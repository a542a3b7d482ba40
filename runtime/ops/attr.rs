//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, and method lookup for calls.

use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

impl Vm {
    pub fn get_attr_str(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.get_attr(obj, n)
    }

    pub fn get_attr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        let n = Vm::str_of(name);
        if n == "__class__" {
            return Ok(self.type_of(obj));
        }
        if let Some(m) = obj.get::<ModuleObj>() {
            if let Some(v) = self.dict_get_str(m.dict, name) {
                return Ok(v);
            }
            if n == "__dict__" {
                return Ok(m.dict);
            }
            let mn = Vm::str_of(m.name).to_string();
            return Err(self.attribute_error(format!("module '{mn}' has no attribute '{n}'")));
        }
        if obj.is::<TypeObj>() {
            return self.type_get_attr(obj, name);
        }
        if let Some(inst) = obj.get::<InstanceObj>() {
            return self.instance_get_attr(obj, inst, name);
        }
        if let Some(s) = obj.get::<SuperObj>() {
            return self.super_getattr(s.cls, s.obj, name);
        }
        if let Some(v) = self.special_attr(obj, n)? {
            return Ok(v);
        }
        // Instance dicts (functions and exceptions carry one).
        let dict = instance_dict(obj);
        if !dict.is_null() {
            if let Some(v) = self.dict_get_str(dict, name) {
                return Ok(v);
            }
        }
        let ty = self.type_of(obj);
        if let Some(attr) = self.lookup_in_mro(ty, name) {
            return self.bind_attribute(attr, obj, ty);
        }
        if let Some(r) = self.call_getattr_hook(obj, ty, name)? {
            return Ok(r);
        }
        let tn = self.type_name(obj);
        Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
    }

    /// A user class's `__getattr__`, the fallback after normal lookup fails.
    fn call_getattr_hook(&mut self, obj: Value, ty: Value, name: Value) -> PyResult<Option<Value>> {
        if !self.is_user_object(obj) {
            return Ok(None);
        }
        let key = self.intern("__getattr__");
        match self.lookup_in_mro(ty, key) {
            Some(f) if f.is::<FunctionObj>() => self.call_value(f, &[obj, name]).map(Some),
            _ => Ok(None),
        }
    }

    /// Attribute read on an instance of a user class: data descriptors on the class, then the
    /// instance's own attributes, then the class (methods bind), then `__getattr__`.
    fn instance_get_attr(
        &mut self,
        obj: Value,
        inst: &InstanceObj,
        name: Value,
    ) -> PyResult<Value> {
        let cls = inst.class.get();
        if self.has_user_getattribute(cls) {
            return self.call_user_getattribute(obj, cls, name);
        }
        self.instance_get_attr_generic(obj, inst, name, true)
    }

    /// Does `cls` (or a base) define `__getattribute__` in Python? Cached on the class.
    fn has_user_getattribute(&mut self, cls: Value) -> bool {
        let Some(t) = cls.get::<TypeObj>() else {
            return false;
        };
        match t.getattribute_cache.get() {
            1 => false,
            2 => true,
            _ => {
                let key = self.intern("__getattribute__");
                let has = self
                    .lookup_in_mro(cls, key)
                    .map(|f| !f.is::<BuiltinObj>())
                    .unwrap_or(false);
                t.getattribute_cache.set(if has { 2 } else { 1 });
                has
            }
        }
    }

    /// `type(obj).__getattribute__(obj, name)`, then `__getattr__` if that raised
    /// AttributeError.
    fn call_user_getattribute(&mut self, obj: Value, cls: Value, name: Value) -> PyResult<Value> {
        let key = self.intern("__getattribute__");
        let f = self.lookup_in_mro(cls, key).expect("__getattribute__");
        match self.call_method_value(f, obj, &[obj, name]) {
            Ok(v) => Ok(v),
            Err(e) if self.exc_is(e.0, crate::runtime::vm::types::ExcName::AttributeError) => {
                let mark = self.root(e.0);
                let r = self.call_getattr_hook(obj, cls, name);
                self.unroot_to(mark);
                match r? {
                    Some(v) => Ok(v),
                    None => Err(e),
                }
            }
            Err(e) => Err(e),
        }
    }

    /// `object.__getattribute__` for an instance of a user class: data descriptors on the
    /// class, then the instance's own attributes, then the class (methods bind, non-data
    /// descriptors run `__get__`), then `__getattr__`.
    pub fn instance_get_attr_generic(
        &mut self,
        obj: Value,
        inst: &InstanceObj,
        name: Value,
        getattr_hook: bool,
    ) -> PyResult<Value> {
        let cls = inst.class.get();
        let found = match self.instance_lookup(obj, inst, name) {
            Ok(found) => found,
            // An AttributeError raised by a property or descriptor also falls back to
            // __getattr__.
            Err(e)
                if getattr_hook
                    && self.exc_is(e.0, crate::runtime::vm::types::ExcName::AttributeError) =>
            {
                let mark = self.root(e.0);
                let r = self.call_getattr_hook(obj, cls, name);
                self.unroot_to(mark);
                return match r? {
                    Some(v) => Ok(v),
                    None => Err(e),
                };
            }
            Err(e) => return Err(e),
        };
        if let Some(v) = found {
            return Ok(v);
        }
        if getattr_hook {
            if let Some(r) = self.call_getattr_hook(obj, cls, name)? {
                return Ok(r);
            }
        }
        let tn = self.type_name(obj);
        let n = Vm::str_of(name).to_string();
        Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
    }

    /// The lookup part of `object.__getattribute__`: None when nothing is found.
    fn instance_lookup(
        &mut self,
        obj: Value,
        inst: &InstanceObj,
        name: Value,
    ) -> PyResult<Option<Value>> {
        let cls = inst.class.get();
        let class_attr = self.lookup_in_mro(cls, name);
        if let Some(a) = class_attr {
            if self.is_data_descriptor(a) {
                return self.bind_attribute(a, obj, cls).map(Some);
            }
        }
        if let Some(v) = self.instance_own_attr(inst, name)? {
            return Ok(Some(v));
        }
        if let Some(a) = class_attr {
            return self.bind_attribute(a, obj, cls).map(Some);
        }
        if Vm::str_of(name) == "__dict__"
            && cls
                .get::<TypeObj>()
                .and_then(|t| t.slot_restriction())
                .is_none()
        {
            return self.instance_dict_mode(inst).map(Some);
        }
        Ok(None)
    }

    /// The instance's own attribute `name`, if set.
    pub fn instance_own_attr(
        &mut self,
        inst: &InstanceObj,
        name: Value,
    ) -> PyResult<Option<Value>> {
        let shape = inst.shape.get();
        if shape == crate::runtime::object::instance::DICT_MODE {
            let d = inst.dict.get();
            return self.dict_get(d, name);
        }
        Ok(self
            .shapes
            .lookup(shape, name)
            .map(|i| inst.values.borrow()[i]))
    }

    /// Switch an instance to dict mode (its `__dict__` was asked for) and return the dict.
    pub fn instance_dict_mode(&mut self, inst: &InstanceObj) -> PyResult<Value> {
        if inst.shape.get() == crate::runtime::object::instance::DICT_MODE {
            return Ok(inst.dict.get());
        }
        let d = self.new_dict();
        let names = self.shapes.names(inst.shape.get());
        let values = inst.values.borrow().clone();
        for (k, v) in names.into_iter().zip(values) {
            self.dict_set(d, k, v)?;
        }
        inst.dict.set(d);
        inst.values.borrow_mut().clear();
        inst.shape.set(crate::runtime::object::instance::DICT_MODE);
        Ok(d)
    }

    /// `object.__setattr__`: properties, `__slots__` limits, then the instance's attributes.
    pub fn generic_set_attr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        if let Some(a) = self.lookup_in_mro(ty, name) {
            if self.is_user_object(a) {
                if let Some(set) = self.user_special(a, "__set__") {
                    self.call_value(set, &[a, obj, v])?;
                    return Ok(());
                }
                if self.user_special(a, "__delete__").is_some() {
                    return Err(self.attribute_error("__set__"));
                }
            }
            if let Some(p) = a.get::<PropertyObj>() {
                if p.kind == DescriptorKind::GetSet {
                    let (n, tn) = (Vm::str_of(name).to_string(), self.getset_owner_name(p));
                    return Err(self.attribute_error(format!(
                        "attribute '{n}' of '{tn}' objects is not writable"
                    )));
                }
                if p.kind == DescriptorKind::Property {
                    let setter = p.fset.get();
                    if setter.is_null() || setter.is_none() {
                        let (n, tn) = (Vm::str_of(name).to_string(), self.type_name(obj));
                        return Err(self.attribute_error(format!(
                            "property '{n}' of '{tn}' object has no setter"
                        )));
                    }
                    self.call_value(setter, &[obj, v])?;
                    return Ok(());
                }
            }
        }
        let Some(inst) = obj.get::<InstanceObj>() else {
            return self.set_attr_builtin(obj, name, v);
        };
        let n = Vm::str_of(name);
        if n == "__class__" {
            return self.set_instance_class(obj, inst, v);
        }
        if let Some(t) = ty.get::<TypeObj>() {
            if !t.slot_allows(n) {
                let (n, tn) = (n.to_string(), self.type_name(obj));
                if self.lookup_in_mro(ty, name).is_some() {
                    return Err(
                        self.attribute_error(format!("'{tn}' object attribute '{n}' is read-only"))
                    );
                }
                return Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")));
            }
        }
        let shape = inst.shape.get();
        if shape == crate::runtime::object::instance::DICT_MODE {
            return self.dict_set(inst.dict.get(), name, v);
        }
        match self.shapes.lookup(shape, name) {
            Some(i) => inst.values.borrow_mut()[i] = v,
            None => {
                let key = self.intern(n);
                let next = self.shapes.add(shape, key);
                inst.shape.set(next);
                inst.values.borrow_mut().push(v);
            }
        }
        Ok(())
    }

    /// `obj.__class__ = cls` for an instance of a user class: allowed between user classes
    /// with the same layout.
    fn set_instance_class(&mut self, obj: Value, inst: &InstanceObj, v: Value) -> PyResult<()> {
        let Some(new_t) = v.get::<TypeObj>() else {
            let tn = self.type_name(v);
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{tn}' object"
            )));
        };
        let old = inst.class.get();
        let old_t = old.get::<TypeObj>().expect("type");
        if new_t.is_builtin {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        let compatible = new_t.layout == old_t.layout
            && self.builtin_base_type(v) == self.builtin_base_type(old)
            && new_t.slot_restriction() == old_t.slot_restriction();
        if !compatible {
            let (a, b) = (new_t.name(), old_t.name());
            return Err(self.type_error(format!(
                "__class__ assignment: '{a}' object layout differs from '{b}'"
            )));
        }
        let _ = obj;
        inst.class.set(v);
        Ok(())
    }

    /// `object.__delattr__`.
    pub fn generic_del_attr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        if let Some(a) = self.lookup_in_mro(ty, name) {
            if self.is_user_object(a) {
                if let Some(del) = self.user_special(a, "__delete__") {
                    self.call_value(del, &[a, obj])?;
                    return Ok(());
                }
                if self.user_special(a, "__set__").is_some() {
                    return Err(self.attribute_error("__delete__"));
                }
            }
            if let Some(p) = a.get::<PropertyObj>() {
                if p.kind == DescriptorKind::Property {
                    let deleter = p.fdel.get();
                    if deleter.is_null() || deleter.is_none() {
                        let (n, tn) = (Vm::str_of(name).to_string(), self.type_name(obj));
                        return Err(self.attribute_error(format!(
                            "property '{n}' of '{tn}' object has no deleter"
                        )));
                    }
                    self.call_value(deleter, &[obj])?;
                    return Ok(());
                }
            }
        }
        if let Some(inst) = obj.get::<InstanceObj>() {
            if self.instance_own_attr(inst, name)?.is_some() {
                let d = self.instance_dict_mode(inst)?;
                self.dict_del(d, name)?;
                return Ok(());
            }
            let (n, tn) = (Vm::str_of(name).to_string(), self.type_name(obj));
            return Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")));
        }
        self.del_attr_builtin(obj, name)
    }

    /// What a class attribute becomes when read through an instance: functions bind, builtin
    /// methods bind, properties call their getter.
    pub(crate) fn bind_attribute(&mut self, attr: Value, obj: Value, ty: Value) -> PyResult<Value> {
        if attr.is::<FunctionObj>() {
            return Ok(self.alloc(BoundMethodObj {
                header: Default::default(),
                func: attr,
                receiver: obj,
            }));
        }
        if let Some(b) = attr.get::<BuiltinObj>() {
            if b.bound.is_null() && !b.owner.is_empty() {
                return Ok(self.alloc(BuiltinObj {
                    header: Default::default(),
                    name: b.name,
                    func: b.func,
                    bound: obj,
                    owner: b.owner,
                }));
            }
            return Ok(attr);
        }
        if let Some(p) = attr.get::<PropertyObj>() {
            return match p.kind {
                DescriptorKind::Property => {
                    let g = p.fget.get();
                    if g.is_null() || g.is_none() {
                        return Err(self.attribute_error("property has no getter"));
                    }
                    self.call_value(g, &[obj])
                }
                DescriptorKind::GetSet => self.call_value(p.fget.get(), &[obj]),
                DescriptorKind::StaticMethod => Ok(p.fget.get()),
                DescriptorKind::ClassMethod => Ok(self.alloc(BoundMethodObj {
                    header: Default::default(),
                    func: p.fget.get(),
                    receiver: ty,
                })),
            };
        }
        if self.is_user_object(attr) {
            if let Some(get) = self.user_special(attr, "__get__") {
                return self.call_value(get, &[attr, obj, ty]);
            }
        }
        Ok(attr)
    }

    /// Is `attr` (found on a class) a data descriptor: a property, or an object whose type
    /// defines `__set__` or `__delete__`?
    pub fn is_data_descriptor(&mut self, attr: Value) -> bool {
        if let Some(p) = attr.get::<PropertyObj>() {
            return matches!(p.kind, DescriptorKind::Property | DescriptorKind::GetSet);
        }
        // (Without a `__get__` it does not take precedence over the instance dict.)
        self.is_user_object(attr)
            && self.user_special(attr, "__get__").is_some()
            && (self.user_special(attr, "__set__").is_some()
                || self.user_special(attr, "__delete__").is_some())
    }

    /// The name of the class a `getset_descriptor` belongs to.
    pub fn getset_owner_name(&self, p: &PropertyObj) -> String {
        p.doc
            .get()
            .get::<TypeObj>()
            .map(|t| t.name())
            .unwrap_or_default()
    }

    /// What a class attribute is when read through the class itself (no instance):
    /// `__get__(None, cls)`.
    fn class_attribute(&mut self, attr: Value, cls: Value) -> PyResult<Value> {
        if let Some(p) = attr.get::<PropertyObj>() {
            return Ok(match p.kind {
                DescriptorKind::Property | DescriptorKind::GetSet => attr,
                DescriptorKind::StaticMethod => p.fget.get(),
                DescriptorKind::ClassMethod => self.alloc(BoundMethodObj {
                    header: Default::default(),
                    func: p.fget.get(),
                    receiver: cls,
                }),
            });
        }
        if self.is_user_object(attr) {
            if let Some(get) = self.user_special(attr, "__get__") {
                return self.call_value(get, &[attr, Value::NONE, cls]);
            }
        }
        Ok(attr)
    }

    /// `type.__getattribute__`: data descriptors of the metaclass, then the class's MRO
    /// (descriptors get `__get__(None, cls)`), then the metaclass's other attributes (its
    /// methods bind to the class), then the metaclass's `__getattr__`.
    fn type_get_attr(&mut self, ty: Value, name: Value) -> PyResult<Value> {
        let t = ty.get::<TypeObj>().expect("type");
        let n = Vm::str_of(name);
        if n.starts_with("__") {
            match n {
                "__name__" => {
                    let s = t.name();
                    return Ok(self.new_str(s));
                }
                "__qualname__" => {
                    let s = t.qualname.borrow().clone();
                    return Ok(self.new_str(s));
                }
                "__mro__" => {
                    let m = t.mro.borrow().clone();
                    return Ok(self.new_tuple(m));
                }
                "__bases__" => {
                    let b = t.bases.borrow().clone();
                    return Ok(self.new_tuple(b));
                }
                "__base__" => return Ok(t.bases.borrow().first().copied().unwrap_or(Value::NONE)),
                "__dict__" => return self.mappingproxy(t.dict),
                "__module__" if t.is_builtin => return Ok(self.intern("builtins")),
                "__doc__" if t.is_builtin => return Ok(Value::NONE),
                "__abstractmethods__" => {
                    // Only the class's own entry counts (`type` has none).
                    if let Some(v) = self.dict_get_str(t.dict, name) {
                        if ty != self.t.type_ {
                            return Ok(v);
                        }
                    }
                    return Err(self.attribute_error("__abstractmethods__"));
                }
                _ => {}
            }
        }
        let meta = self.type_of(ty);
        let meta_attr = self.lookup_in_mro(meta, name);
        if let Some(ma) = meta_attr {
            if self.is_data_descriptor(ma) {
                return self.bind_attribute(ma, ty, meta);
            }
        }
        if let Some(attr) = self.lookup_in_mro(ty, name) {
            return self.class_attribute(attr, ty);
        }
        if let Some(ma) = meta_attr {
            return self.bind_attribute(ma, ty, meta);
        }
        if meta != self.t.type_ {
            if let Some(r) = self.call_getattr_hook(ty, meta, name)? {
                return Ok(r);
            }
        }
        let tn = t.name();
        Err(self.attribute_error(format!("type object '{tn}' has no attribute '{n}'")))
    }

    /// Attributes that live in an object's fields rather than a dict.
    fn special_attr(&mut self, obj: Value, n: &str) -> PyResult<Option<Value>> {
        if let Some(f) = obj.get::<FunctionObj>() {
            return Ok(match n {
                "__name__" => Some(f.name.get()),
                "__qualname__" => Some(f.qualname.get()),
                "__doc__" => Some(f.doc.get()),
                "__module__" => Some(f.module),
                "__defaults__" => Some(none_if_null(f.defaults.get())),
                "__kwdefaults__" => Some(none_if_null(f.kwdefaults.get())),
                "__code__" => Some(f.code),
                "__globals__" => Some(f.globals),
                "__closure__" => Some(none_if_null(f.closure)),
                "__dict__" => {
                    if f.dict.get().is_null() {
                        let d = self.new_dict();
                        f.dict.set(d);
                    }
                    Some(f.dict.get())
                }
                "__annotations__" => {
                    // Set by the code that made the function, else a new empty dict kept.
                    if f.dict.get().is_null() {
                        let d = self.new_dict();
                        f.dict.set(d);
                    }
                    let key = self.intern("__annotations__");
                    match self.dict_get_str(f.dict.get(), key) {
                        Some(a) => Some(a),
                        None => {
                            let a = self.new_dict();
                            self.dict_set(f.dict.get(), key, a)?;
                            Some(a)
                        }
                    }
                }
                _ => None,
            });
        }
        if let Some(e) = obj.get::<ExceptionObj>() {
            let args: Vec<Value> = e
                .args
                .get()
                .get::<TupleObj>()
                .map(|t| t.items.to_vec())
                .unwrap_or_default();
            let first_or_none = args.first().copied().unwrap_or(Value::NONE);
            if n == "code" && self.exc_is(obj, crate::runtime::vm::types::ExcName::SystemExit) {
                return Ok(Some(if args.len() > 1 {
                    e.args.get()
                } else {
                    first_or_none
                }));
            }
            if n == "value" && self.exc_is(obj, crate::runtime::vm::types::ExcName::StopIteration) {
                return Ok(Some(first_or_none));
            }
            return Ok(match n {
                "args" => Some(e.args.get()),
                "__cause__" => Some(none_if_null(e.cause.get())),
                "__context__" => Some(none_if_null(e.context.get())),
                "__suppress_context__" => Some(Value::bool(e.suppress_context.get())),
                "__traceback__" => Some(Value::NONE),
                _ => None,
            });
        }
        if let Some(m) = obj.get::<BoundMethodObj>() {
            return Ok(match n {
                "__self__" => Some(m.receiver),
                "__func__" => Some(m.func),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    let f = m.func;
                    let name = self.intern(n);
                    return self.get_attr(f, name).map(Some);
                }
                _ => None,
            });
        }
        if let Some(b) = obj.get::<BuiltinObj>() {
            return Ok(match n {
                "__name__" | "__qualname__" => Some(self.intern(b.name)),
                "__self__" => Some(none_if_null(b.bound)),
                "__doc__" => Some(Value::NONE),
                _ => None,
            });
        }
        if let Some(p) = obj.get::<PropertyObj>() {
            return Ok(match n {
                "fget" => Some(none_if_null(p.fget.get())),
                "fset" => Some(none_if_null(p.fset.get())),
                "fdel" => Some(none_if_null(p.fdel.get())),
                "__func__" => Some(p.fget.get()),
                "__doc__" => Some(none_if_null(p.doc.get())),
                _ => None,
            });
        }
        if let Some(c) = obj.get::<CodeObj>() {
            let u = &c.unit;
            let strs = |vm: &mut Vm, names: &[String]| {
                let items: Vec<Value> = names.iter().map(|n| vm.intern(n)).collect();
                vm.new_tuple(items)
            };
            return Ok(match n {
                "co_name" => Some(c.name),
                "co_qualname" => Some(c.qualname),
                "co_filename" => Some(self.new_str(u.filename.as_str())),
                "co_firstlineno" => Some(Value::small_int(u.first_line as i64)),
                "co_argcount" => Some(Value::small_int(u.argcount as i64)),
                "co_posonlyargcount" => Some(Value::small_int(u.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::small_int(u.kwonlyargcount as i64)),
                "co_flags" => Some(Value::small_int(u.flags as i64)),
                "co_nlocals" => Some(Value::small_int(u.varnames.len() as i64)),
                "co_varnames" => Some(strs(self, &u.varnames)),
                "co_cellvars" => Some(strs(self, &u.cellvars)),
                "co_freevars" => Some(strs(self, &u.freevars)),
                "co_names" => Some(strs(self, &u.names)),
                _ => None,
            });
        }
        if let Some(r) = obj.get::<RangeObj>() {
            return Ok(match n {
                "start" => Some(self.new_int_i128(r.start)),
                "stop" => Some(self.new_int_i128(r.stop)),
                "step" => Some(self.new_int_i128(r.step)),
                _ => None,
            });
        }
        if let Some(s) = obj.get::<SliceObj>() {
            return Ok(match n {
                "start" => Some(s.start),
                "stop" => Some(s.stop),
                "step" => Some(s.step),
                _ => None,
            });
        }
        if Vm::is_int(obj) {
            return Ok(match n {
                "real" | "numerator" => Some(if obj.is_bool() {
                    Value::small_int(obj.as_bool() as i64)
                } else {
                    obj
                }),
                "imag" => Some(Value::small_int(0)),
                "denominator" => Some(Value::small_int(1)),
                _ => None,
            });
        }
        if obj.is_float() {
            return Ok(match n {
                "real" => Some(obj),
                "imag" => Some(Value::float(0.0)),
                _ => None,
            });
        }
        Ok(None)
    }

    pub fn set_attr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        if self.is_user_object(obj) {
            if let Some(f) = self.user_special(obj, "__setattr__") {
                self.call_value(f, &[obj, name, v])?;
                return Ok(());
            }
            if obj.is::<InstanceObj>() || obj.is::<TypeObj>() {
                return self.generic_set_attr(obj, name, v);
            }
        }
        self.set_attr_builtin(obj, name, v)
    }

    fn set_attr_builtin(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        let n = Vm::str_of(name).to_string();
        if let Some(m) = obj.get::<ModuleObj>() {
            return self.dict_set(m.dict, name, v);
        }
        if let Some(t) = obj.get::<TypeObj>() {
            if t.is_builtin {
                let tn = t.name();
                return Err(self.type_error(format!(
                    "cannot set '{n}' attribute of immutable type '{tn}'"
                )));
            }
            match n.as_str() {
                "__name__" | "__qualname__" => {
                    let Some(s) = v.get::<StrObj>() else {
                        let (tn, vt) = (t.name(), self.type_name(v));
                        return Err(self.type_error(format!(
                            "can only assign string to {tn}.{n}, not '{vt}'"
                        )));
                    };
                    if n == "__name__" {
                        *t.name.borrow_mut() = s.as_str().to_string();
                    } else {
                        *t.qualname.borrow_mut() = s.as_str().to_string();
                    }
                    self.type_modified(obj);
                    return Ok(());
                }
                "__abstractmethods__" => {
                    let abs = self.truthy(v)?;
                    t.is_abstract.set(abs);
                }
                "__bases__" => {
                    return Err(self.type_error("__bases__ assignment is not supported by stitch"));
                }
                "__mro__" | "__dict__" | "__base__" => {
                    return Err(self.attribute_error(format!(
                        "attribute '{n}' of 'type' objects is not writable"
                    )));
                }
                _ => {}
            }
            *t.slots_cache.borrow_mut() = None;
            let r = self.dict_set(t.dict, name, v);
            self.type_modified(obj);
            return r;
        }
        if let Some(f) = obj.get::<FunctionObj>() {
            match n.as_str() {
                "__name__" => f.name.set(v),
                "__qualname__" => f.qualname.set(v),
                "__doc__" => f.doc.set(v),
                "__defaults__" => f.defaults.set(if v.is_none() { Value::NULL } else { v }),
                "__kwdefaults__" => f.kwdefaults.set(if v.is_none() { Value::NULL } else { v }),
                _ => {
                    if f.dict.get().is_null() {
                        let d = self.new_dict();
                        f.dict.set(d);
                    }
                    return self.dict_set(f.dict.get(), name, v);
                }
            }
            return Ok(());
        }
        if let Some(e) = obj.get::<ExceptionObj>() {
            match n.as_str() {
                "args" => {
                    let items = self.collect_iter(v)?;
                    let t = self.new_tuple(items);
                    e.args.set(t);
                }
                "__cause__" => {
                    e.cause.set(v);
                    e.suppress_context.set(true);
                }
                "__context__" => e.context.set(v),
                "__suppress_context__" => {
                    let b = self.truthy(v)?;
                    e.suppress_context.set(b);
                }
                "__traceback__" => {}
                _ => {
                    if e.dict.get().is_null() {
                        let d = self.new_dict();
                        e.dict.set(d);
                    }
                    return self.dict_set(e.dict.get(), name, v);
                }
            }
            return Ok(());
        }
        let tn = self.type_name(obj);
        if self.lookup_in_mro(self.type_of(obj), name).is_some() {
            return Err(self.attribute_error(format!("'{tn}' object attribute '{n}' is read-only")));
        }
        Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
    }

    pub fn del_attr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        if self.is_user_object(obj) {
            if let Some(f) = self.user_special(obj, "__delattr__") {
                self.call_value(f, &[obj, name])?;
                return Ok(());
            }
            return self.generic_del_attr(obj, name);
        }
        self.del_attr_builtin(obj, name)
    }

    fn del_attr_builtin(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let n = Vm::str_of(name).to_string();
        let dict = if let Some(m) = obj.get::<ModuleObj>() {
            m.dict
        } else if let Some(t) = obj.get::<TypeObj>() {
            if t.is_builtin {
                let tn = t.name();
                return Err(self.type_error(format!(
                    "cannot delete '{n}' attribute of immutable type '{tn}'"
                )));
            }
            *t.slots_cache.borrow_mut() = None;
            if n == "__abstractmethods__" {
                t.is_abstract.set(false);
            }
            self.type_modified(obj);
            t.dict
        } else {
            instance_dict(obj)
        };
        if !dict.is_null() && self.dict_del(dict, name)?.is_some() {
            return Ok(());
        }
        if let Some(t) = obj.get::<TypeObj>() {
            let tn = t.name();
            return Err(self.attribute_error(format!("type object '{tn}' has no attribute '{n}'")));
        }
        let tn = self.type_name(obj);
        Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
    }

    /// For `obj.name(...)`: the function to call with `obj` as first argument, if `name` is a
    /// plain method found on the type (no bound-method object needed); else None.
    pub fn lookup_method(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        if obj.is::<ModuleObj>() || obj.is::<TypeObj>() {
            return Ok(None);
        }
        let dict = instance_dict(obj);
        if !dict.is_null() && self.dict_get_str(dict, name).is_some() {
            return Ok(None);
        }
        if let Some(inst) = obj.get::<InstanceObj>() {
            if self.has_user_getattribute(inst.class.get()) {
                return Ok(None);
            }
            if self.instance_own_attr(inst, name)?.is_some() {
                return Ok(None);
            }
        }
        if obj.is::<SuperObj>() {
            return Ok(None);
        }
        let ty = self.type_of(obj);
        match self.lookup_in_mro(ty, name) {
            Some(f) if f.is::<FunctionObj>() => Ok(Some(f)),
            Some(f)
                if f.get::<BuiltinObj>()
                    .map(|b| b.bound.is_null() && !b.owner.is_empty())
                    .unwrap_or(false) =>
            {
                Ok(Some(f))
            }
            _ => Ok(None),
        }
    }
}

fn none_if_null(v: Value) -> Value {
    if v.is_null() {
        Value::NONE
    } else {
        v
    }
}

/// The `__dict__` of objects that have one inline (functions, exceptions), or NULL.
fn instance_dict(obj: Value) -> Value {
    if let Some(f) = obj.get::<FunctionObj>() {
        return f.dict.get();
    }
    if let Some(e) = obj.get::<ExceptionObj>() {
        return e.dict.get();
    }
    Value::NULL
}

//! `type(x)`, type names, `isinstance`, and lookups along a type's MRO.

use crate::runtime::heap::Kind;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

impl Vm {
    /// The type object of any value.
    pub fn type_of(&self, v: Value) -> Value {
        let t = &self.t;
        if v.is_float() {
            return t.float;
        }
        if v.is_small_int() {
            return t.int;
        }
        match v.kind() {
            None => {
                if v.is_bool() {
                    t.bool_
                } else if v.is_none() {
                    t.none
                } else if v == Value::NOT_IMPLEMENTED {
                    t.not_implemented_type
                } else if v == Value::ELLIPSIS {
                    t.ellipsis_type
                } else {
                    t.object
                }
            }
            Some(k) => match k {
                Kind::Free => t.object,
                Kind::Str => t.str_,
                Kind::BigInt => t.int,
                Kind::List => t.list,
                Kind::Tuple => t.tuple,
                Kind::Dict => t.dict,
                Kind::Set => {
                    if v.get::<SetObj>().map(|s| s.frozen).unwrap_or(false) {
                        t.frozenset
                    } else {
                        t.set
                    }
                }
                Kind::Range => t.range,
                Kind::Slice => t.slice,
                Kind::Code => t.code,
                Kind::Function => t.function,
                Kind::Cell => t.cell,
                Kind::Builtin => t.builtin_function,
                Kind::BoundMethod => t.method,
                Kind::Exception => v
                    .get::<ExceptionObj>()
                    .map(|e| e.class.get())
                    .unwrap_or(t.object),
                Kind::Type => match v.get::<TypeObj>().map(|c| c.meta.get()) {
                    Some(m) if !m.is_null() => m,
                    _ => t.type_,
                },
                Kind::Module => t.module,
                Kind::Iter => {
                    let name = v
                        .get::<IterObj>()
                        .map(|i| i.type_name())
                        .unwrap_or("iterator");
                    t.iterators.get(name).copied().unwrap_or(t.object)
                }
                Kind::DictView => match v.get::<DictViewObj>().map(|d| d.kind) {
                    Some(ViewKind::Keys) => t.dict_keys,
                    Some(ViewKind::Values) => t.dict_values,
                    _ => t.dict_items,
                },
                Kind::Instance => v
                    .get::<InstanceObj>()
                    .map(|i| i.class.get())
                    .unwrap_or(t.object),
                Kind::Super => t.super_,
                Kind::Generator => {
                    if v.get::<GeneratorObj>()
                        .map(|g| g.is_coroutine)
                        .unwrap_or(false)
                    {
                        t.coroutine
                    } else {
                        t.generator
                    }
                }
                Kind::Property => match v.get::<PropertyObj>().map(|p| p.kind) {
                    Some(DescriptorKind::StaticMethod) => t.staticmethod,
                    Some(DescriptorKind::ClassMethod) => t.classmethod,
                    Some(DescriptorKind::GetSet) => t.getset_descriptor,
                    _ => t.property,
                },
            },
        }
    }

    /// `type(v).__name__`
    pub fn type_name(&self, v: Value) -> String {
        self.type_of(v)
            .get::<TypeObj>()
            .map(|t| t.name())
            .unwrap_or_default()
    }

    /// `isinstance(v, cls)` for a class, a tuple of classes, or an object whose type defines
    /// `__instancecheck__` (a metaclass such as `ABCMeta`, a union).
    pub fn isinstance(&mut self, v: Value, cls: Value) -> PyResult<bool> {
        if let Some(t) = cls.get::<TupleObj>() {
            let items = t.items.to_vec();
            for c in items {
                if self.isinstance(v, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let ty = self.type_of(v);
        if ty == cls {
            return Ok(true);
        }
        if let Some(hook) = self.check_hook(cls, "__instancecheck__") {
            let r = self.call_method_value(hook, cls, &[cls, v])?;
            return self.truthy(r);
        }
        if !cls.is::<TypeObj>() {
            return Err(
                self.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
            );
        }
        Ok(self.is_subtype(ty, cls))
    }

    /// `issubclass(sub, cls)` with the same hooks (`__subclasscheck__`).
    pub fn issubclass(&mut self, sub: Value, cls: Value) -> PyResult<bool> {
        if let Some(t) = cls.get::<TupleObj>() {
            let items = t.items.to_vec();
            for c in items {
                if self.issubclass(sub, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(hook) = self.check_hook(cls, "__subclasscheck__") {
            let r = self.call_method_value(hook, cls, &[cls, sub])?;
            return self.truthy(r);
        }
        if !sub.is::<TypeObj>() {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        }
        if !cls.is::<TypeObj>() {
            return Err(self
                .type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        }
        Ok(self.is_subtype(sub, cls))
    }

    /// A `__instancecheck__`/`__subclasscheck__` defined in Python on `type(cls)`.
    fn check_hook(&mut self, cls: Value, name: &str) -> Option<Value> {
        if let Some(t) = cls.get::<TypeObj>() {
            if t.meta.get().is_null() {
                return None;
            }
        } else if !self.is_user_object(cls) {
            return None;
        }
        self.user_special(cls, name)
    }

    /// Look `name` up in the dicts along `ty`'s MRO.
    pub fn lookup_in_mro(&self, ty: Value, name: Value) -> Option<Value> {
        // Cached per (type, name): attribute and method lookups on instances hit this on
        // every access. The cache is cleared whenever a class is mutated and at every
        // collection (so no entry outlives its type or name).
        let key = (ty.0, name.0);
        if let Some(&hit) = self.mro_cache.borrow().get(&key) {
            return hit;
        }
        let t = ty.get::<TypeObj>()?;
        let mut found = None;
        for &m in t.mro.borrow().iter() {
            if let Some(mt) = m.get::<TypeObj>() {
                if let Some(v) = self.dict_get_str(mt.dict, name) {
                    found = Some(v);
                    break;
                }
            }
        }
        // Only interned names are cached: another str with the same text has other bits.
        if self.is_interned(name) {
            self.mro_cache.borrow_mut().insert(key, found);
        }
        found
    }

    /// Dict lookup by a str key without running Python code (keys compared as strings).
    pub fn dict_get_str(&self, dict: Value, name: Value) -> Option<Value> {
        let d = dict.get::<DictObj>()?;
        let s = name.get::<StrObj>()?;
        let hash = s.hash();
        let mut eq = |a: Value, b: Value| -> Result<bool, ()> {
            Ok(match (a.get::<StrObj>(), b.get::<StrObj>()) {
                (Some(x), Some(y)) => x.as_str() == y.as_str(),
                _ => false,
            })
        };
        d.table.borrow().get(name, hash, &mut eq).ok().flatten()
    }
}

//! The data-model protocols for user classes: binary operators with reflected fallbacks and
//! `NotImplemented`, rich comparisons, and the default behaviours of `object`.

use crate::runtime::bytecode::{BinaryOp, CompareOp};
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

impl Vm {
    /// `a op b` through `__op__` / `__rop__`; None when neither side handles it.
    pub fn binary_user(
        &mut self,
        a: Value,
        b: Value,
        op: BinaryOp,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        let (name, rname, iname) = op.dunders();
        if inplace {
            if let Some(r) = self.call_user_special(a, iname, &[b])? {
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(Some(r));
                }
            }
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let b_first = ta != tb && self.is_subtype(tb, ta) && self.user_special(b, rname).is_some();
        if b_first {
            if let Some(r) = self.call_user_special(b, rname, &[a])? {
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(Some(r));
                }
            }
        }
        if let Some(r) = self.call_user_special(a, name, &[b])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
        if ta != tb && !b_first {
            if let Some(r) = self.call_user_special(b, rname, &[a])? {
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// Rich comparison involving a user object, with reflection and the identity defaults.
    pub fn compare_user(&mut self, a: Value, b: Value, op: CompareOp) -> PyResult<bool> {
        let r = self.compare_user_value(a, b, op)?;
        if r.is_bool() {
            return Ok(r.as_bool());
        }
        self.truthy(r)
    }

    /// Rich comparison involving a user object: the special method's result as is.
    pub fn compare_user_value(&mut self, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
        let reflected = op.swapped();
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let b_first = ta != tb
            && self.is_subtype(tb, ta)
            && self.user_special(b, reflected.dunder()).is_some();
        let order = if b_first {
            [(b, reflected, a), (a, op, b)]
        } else {
            [(a, op, b), (b, reflected, a)]
        };
        for (x, o, y) in order {
            if let Some(r) = self.call_user_special(x, o.dunder(), &[y])? {
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        // `!=` defaults to the inverse of a user `__eq__`.
        if op == CompareOp::Ne {
            for (x, y) in [(a, b), (b, a)] {
                if let Some(r) = self.call_user_special(x, "__eq__", &[y])? {
                    if r != Value::NOT_IMPLEMENTED {
                        return Ok(Value::bool(!self.truthy(r)?));
                    }
                }
            }
        }
        let (ua, ub) = (Vm::unwrap_base(a), Vm::unwrap_base(b));
        if ua != a || ub != b {
            return self.compare(ua, ub, op);
        }
        match op {
            CompareOp::Eq => Ok(Value::bool(a == b)),
            CompareOp::Ne => Ok(Value::bool(a != b)),
            _ => {
                let (na, nb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{na}' and '{nb}'",
                    op.symbol()
                )))
            }
        }
    }

    /// `<__main__.Foo object at 0x…>`
    pub fn default_repr(&mut self, v: Value) -> String {
        let ty = self.type_of(v);
        let q = ty
            .get::<TypeObj>()
            .map(|t| t.qualname.borrow().clone())
            .unwrap_or_default();
        let key = self.names.module;
        let module = ty.get::<TypeObj>().and_then(|t| {
            if t.is_builtin {
                None
            } else {
                self.dict_get_str(t.dict, key)
            }
        });
        let addr = v.0 & crate::runtime::abi::PAYLOAD_MASK;
        match module {
            Some(m) if Vm::str_of(m) != "builtins" => {
                format!("<{}.{q} object at {addr:#x}>", Vm::str_of(m))
            }
            _ => format!("<{q} object at {addr:#x}>"),
        }
    }

    /// Check a special method returned a str (`__repr__`, `__str__`, `__format__`).
    pub fn expect_str_result(&mut self, r: Value, method: &str) -> PyResult<String> {
        match r.get::<StrObj>() {
            Some(s) => Ok(s.as_str().to_string()),
            None => {
                let tn = self.type_name(r);
                Err(self.type_error(format!("{method} returned non-string (type {tn})")))
            }
        }
    }

    /// A user object's `__index__` result (an int), if it defines one.
    pub fn user_index(&mut self, v: Value) -> PyResult<Option<Value>> {
        if !self.is_user_object(v) {
            return Ok(None);
        }
        let base = Vm::unwrap_base(v);
        if base != v && Vm::is_int(base) && self.user_special(v, "__index__").is_none() {
            return Ok(Some(base));
        }
        match self.call_user_special(v, "__index__", &[])? {
            Some(r) if Vm::is_int(r) => Ok(Some(r)),
            Some(r) => {
                let tn = self.type_name(r);
                Err(self.type_error(format!("__index__ returned non-int (type {tn})")))
            }
            None => Ok(None),
        }
    }

    /// `len()` through `__len__`.
    pub fn user_len(&mut self, v: Value) -> PyResult<Option<usize>> {
        let Some(r) = self.call_user_special(v, "__len__", &[])? else {
            let base = Vm::unwrap_base(v);
            if base != v {
                return self.len(base).map(Some);
            }
            return Ok(None);
        };
        match self.to_i64(r) {
            Some(n) if n >= 0 => Ok(Some(n as usize)),
            Some(_) => Err(self.value_error("__len__() should return >= 0")),
            None => {
                let tn = self.type_name(r);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }
}

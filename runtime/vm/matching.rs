//! The runtime side of `match` statements: which subjects count as mappings and sequences,
//! key lookup for mapping patterns and attribute extraction for class patterns.

use super::{PyResult, Vm};
use crate::runtime::object::*;
use crate::runtime::value::Value;

impl Vm {
    pub fn is_mapping_for_match(&mut self, v: Value) -> bool {
        v.is::<DictObj>()
            || (self.is_user_object(v)
                && self.user_special(v, "keys").is_some()
                && self.user_special(v, "__getitem__").is_some())
    }

    pub fn is_sequence_for_match(&mut self, v: Value) -> bool {
        if v.is::<ListObj>() || v.is::<TupleObj>() || v.is::<RangeObj>() {
            return true;
        }
        self.is_user_object(v)
            && self.user_special(v, "__getitem__").is_some()
            && self.user_special(v, "__len__").is_some()
            && !self.is_mapping_for_match(v)
    }

    /// The values of `keys` in `subject`, as a tuple, or None if one is missing.
    pub fn match_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let keys: Vec<Value> = keys
            .get::<TupleObj>()
            .map(|t| t.items.to_vec())
            .unwrap_or_default();
        let mut values = Vec::with_capacity(keys.len());
        for k in keys {
            let v = if subject.is::<DictObj>() {
                self.dict_get(subject, k)?
            } else {
                match self.get_item(subject, k) {
                    Ok(v) => Some(v),
                    Err(e) if self.exc_is(e.0, super::types::ExcName::KeyError) => None,
                    Err(e) => return Err(e),
                }
            };
            match v {
                Some(v) => values.push(v),
                None => return Ok(Value::NONE),
            }
        }
        Ok(self.new_tuple(values))
    }

    /// A class pattern `cls(p1, …, k=pk)`: the attribute values to match, or None.
    pub fn match_class(
        &mut self,
        subject: Value,
        cls: Value,
        npos: usize,
        kwnames: Value,
    ) -> PyResult<Value> {
        if !cls.is::<TypeObj>() {
            return Err(self.type_error("called match pattern must be a class"));
        }
        if !self.isinstance(subject, cls)? {
            return Ok(Value::NONE);
        }
        let mut out = Vec::new();
        if npos > 0 {
            let key = self.intern("__match_args__");
            match self.lookup_in_mro(cls, key) {
                Some(args) => {
                    let names = self.collect_iter(args)?;
                    if npos > names.len() {
                        let cn = cls.get::<TypeObj>().map(|t| t.name()).unwrap_or_default();
                        return Err(self.type_error(format!(
                            "{cn}() accepts {} positional sub-pattern{} ({npos} given)",
                            names.len(),
                            if names.len() == 1 { "" } else { "s" }
                        )));
                    }
                    for &n in &names[..npos] {
                        match self.get_attr(subject, n) {
                            Ok(v) => out.push(v),
                            Err(e) if self.exc_is(e.0, super::types::ExcName::AttributeError) => {
                                return Ok(Value::NONE)
                            }
                            Err(e) => return Err(e),
                        }
                    }
                }
                None => {
                    let self_matching = cls.get::<TypeObj>().map(|t| {
                        t.is_builtin
                            && matches!(
                                t.layout,
                                Layout::Bool
                                    | Layout::Int
                                    | Layout::Float
                                    | Layout::Str
                                    | Layout::Bytes
                                    | Layout::ByteArray
                                    | Layout::List
                                    | Layout::Tuple
                                    | Layout::Dict
                                    | Layout::Set
                                    | Layout::FrozenSet
                            )
                    });
                    if self_matching == Some(true) && npos == 1 {
                        out.push(subject);
                    } else {
                        let cn = cls.get::<TypeObj>().map(|t| t.name()).unwrap_or_default();
                        let accepts = if self_matching == Some(true) { 1 } else { 0 };
                        return Err(self.type_error(format!(
                            "{cn}() accepts {accepts} positional sub-pattern{} ({npos} given)",
                            if accepts == 1 { "" } else { "s" }
                        )));
                    }
                }
            }
        }
        let names: Vec<Value> = kwnames
            .get::<TupleObj>()
            .map(|t| t.items.to_vec())
            .unwrap_or_default();
        for n in names {
            match self.get_attr(subject, n) {
                Ok(v) => out.push(v),
                Err(e) if self.exc_is(e.0, super::types::ExcName::AttributeError) => {
                    return Ok(Value::NONE)
                }
                Err(e) => return Err(e),
            }
        }
        Ok(self.new_tuple(out))
    }
}

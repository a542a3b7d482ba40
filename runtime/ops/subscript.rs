//! `obj[key]`, `obj[key] = v`, `del obj[key]`, and slice arithmetic.

use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};
use num_traits::{Signed, ToPrimitive};

/// A slice resolved against a length: CPython's `PySlice_Unpack` + `AdjustIndices`.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    pub fn indices(&self) -> impl Iterator<Item = usize> {
        let (start, step) = (self.start, self.step);
        (0..self.len).map(move |i| (start + i as i64 * step) as usize)
    }
}

impl Vm {
    /// A slice bound: None, or an int clamped to i64.
    fn slice_bound(&mut self, v: Value) -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        if let Some(i) = self.to_i64(v) {
            return Ok(Some(i));
        }
        if let Some(b) = self.to_bigint(v) {
            return Ok(Some(if b.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }));
        }
        Err(self.type_error("slice indices must be integers or None or have an __index__ method"))
    }

    pub fn slice_indices(&mut self, slice: &SliceObj, len: usize) -> PyResult<SliceIndices> {
        let len = len as i64;
        let step = self.slice_bound(slice.step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let step = step.max(-i64::MAX);
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let adjust = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(mut x) => {
                    if x < 0 {
                        x += len;
                        if x < lower {
                            x = lower;
                        }
                    } else if x > upper {
                        x = upper;
                    }
                    x
                }
            }
        };
        let start = adjust(
            self.slice_bound(slice.start)?,
            if step < 0 { upper } else { lower },
        );
        let stop = adjust(
            self.slice_bound(slice.stop)?,
            if step < 0 { lower } else { upper },
        );
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIndices {
            start,
            stop,
            step,
            len: n as usize,
        })
    }

    /// A sequence index, normalised (negative counts from the end); None if out of range.
    fn seq_index(&mut self, key: Value, len: usize, type_name: &str) -> PyResult<Option<usize>> {
        let key = self.user_index(key)?.unwrap_or(key);
        let i = match self.to_i64(key) {
            Some(i) => i,
            None => {
                if self.to_bigint(key).is_some() {
                    return Err(
                        self.index_error(format!("cannot fit 'int' into an index-sized integer"))
                    );
                }
                let tn = self.type_name(key);
                let what = if type_name == "str" {
                    "string"
                } else {
                    type_name
                };
                return Err(self.type_error(format!(
                    "{what} indices must be integers or slices, not {tn}"
                )));
            }
        };
        let i = if i < 0 { i + len as i64 } else { i };
        Ok(if i >= 0 && (i as usize) < len {
            Some(i as usize)
        } else {
            None
        })
    }

    pub fn get_item(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if self.is_user_object(obj) {
            if let Some(r) = self.call_user_special(obj, "__getitem__", &[key])? {
                return Ok(r);
            }
            let base = Vm::unwrap_base(obj);
            if base != obj {
                return match self.get_item(base, key) {
                    Err(e)
                        if base.is::<DictObj>()
                            && self.exc_is(e.0, crate::runtime::vm::types::ExcName::KeyError) =>
                    {
                        match self.call_user_special(obj, "__missing__", &[key])? {
                            Some(v) => Ok(v),
                            None => Err(e),
                        }
                    }
                    r => r,
                };
            }
        }
        if let Some(l) = obj.get::<ListObj>() {
            if key.is_small_int() {
                let i = key.as_small_int();
                let items = l.items.borrow();
                let idx = if i < 0 { i + items.len() as i64 } else { i };
                if idx >= 0 && (idx as usize) < items.len() {
                    return Ok(items[idx as usize]);
                }
                drop(items);
                return Err(self.index_error("list index out of range"));
            }
            if let Some(s) = key.get::<SliceObj>() {
                let len = l.len();
                let si = self.slice_indices(s, len)?;
                // Slice straight out of the borrowed items (copying the whole list per slice
                // made `xs[i:i+k]` loops quadratic).
                let out: Vec<Value> = {
                    let items = l.items.borrow();
                    if si.step == 1 {
                        let start = si.start.max(0) as usize;
                        items[start..start + si.len].to_vec()
                    } else {
                        si.indices().map(|i| items[i]).collect()
                    }
                };
                return Ok(self.new_list(out));
            }
            let len = l.len();
            return match self.seq_index(key, len, "list")? {
                Some(i) => Ok(l.get(i).unwrap_or(Value::NONE)),
                None => Err(self.index_error("list index out of range")),
            };
        }
        if let Some(t) = obj.get::<TupleObj>() {
            if let Some(s) = key.get::<SliceObj>() {
                let si = self.slice_indices(s, t.items.len())?;
                let out = si.indices().map(|i| t.items[i]).collect();
                return Ok(self.new_tuple(out));
            }
            return match self.seq_index(key, t.items.len(), "tuple")? {
                Some(i) => Ok(t.items[i]),
                None => Err(self.index_error("tuple index out of range")),
            };
        }
        if let Some(d) = obj.get::<DictObj>() {
            let _ = d;
            return match self.dict_get(obj, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key)),
            };
        }
        if let Some(s) = obj.get::<StrObj>() {
            if let Some(sl) = key.get::<SliceObj>() {
                let si = self.slice_indices(sl, s.char_len)?;
                let out: String = if si.step == 1 {
                    s.slice_chars(
                        si.start.max(0) as usize,
                        (si.start.max(0) as usize) + si.len,
                    )
                    .to_string()
                } else if s.is_ascii() {
                    let b = s.as_str().as_bytes();
                    si.indices().map(|i| b[i] as char).collect()
                } else {
                    let chars: Vec<char> = s.as_str().chars().collect();
                    si.indices().map(|i| chars[i]).collect()
                };
                return Ok(self.new_str(out));
            }
            return match self.seq_index(key, s.char_len, "str")? {
                Some(i) => {
                    let c = s.char_at(i);
                    let mut buf = [0u8; 4];
                    let cs: &str = c.encode_utf8(&mut buf);
                    Ok(self.intern_char(cs))
                }
                None => Err(self.index_error("string index out of range")),
            };
        }
        if let Some(b) = obj.get::<BytesObj>() {
            return crate::runtime::builtins::bytes_methods::get_item(self, b, key);
        }
        if let Some(r) = obj.get::<RangeObj>() {
            if let Some(sl) = key.get::<SliceObj>() {
                let si = self.slice_indices(sl, r.len() as usize)?;
                let start = r.start + si.start as i128 * r.step;
                let step = r.step * si.step as i128;
                let stop = r.start + si.stop as i128 * r.step;
                return Ok(self.alloc(RangeObj::new(start, stop, step)));
            }
            // Ranges may be longer than usize: index with i128.
            let key = self.user_index(key)?.unwrap_or(key);
            let Some(i) = self.to_bigint(key) else {
                let tn = self.type_name(key);
                return Err(self.type_error(format!(
                    "range indices must be integers or slices, not {tn}"
                )));
            };
            let len = r.len();
            let i = i128::try_from(i).unwrap_or(i128::MAX);
            let i = if i < 0 { i + len } else { i };
            if i < 0 || i >= len {
                return Err(self.index_error("range object index out of range"));
            }
            return Ok(self.new_int_i128(r.get(i)));
        }
        if let Some(t) = obj.get::<TypeObj>() {
            // `Foo[int]` on a user class: __class_getitem__.
            let k = self.intern("__class_getitem__");
            if let Some(f) = self.lookup_in_mro(obj, k) {
                if let Some(p) = f.get::<PropertyObj>() {
                    return self.call_value(p.fget.get(), &[obj, key]);
                }
                if !f.is::<BuiltinObj>() {
                    return self.call_value(f, &[key]);
                }
            }
            // `list[int]`: a types.GenericAlias.
            if t.is_builtin
                && matches!(
                    t.layout,
                    Layout::List
                        | Layout::Dict
                        | Layout::Tuple
                        | Layout::Set
                        | Layout::FrozenSet
                        | Layout::Type
                )
            {
                let mark = self.roots_mark();
                self.root(obj);
                self.root(key);
                let r = self
                    .support_attr("GenericAlias")
                    .and_then(|ga| self.call_value(ga, &[obj, key]));
                self.unroot_to(mark);
                return r;
            }
        }
        let tn = self.type_name(obj);
        if obj.is::<TypeObj>() {
            return Err(self.type_error(format!(
                "type '{}' is not subscriptable",
                obj.get::<TypeObj>().map(|t| t.name()).unwrap_or_default()
            )));
        }
        Err(self.type_error(format!("'{tn}' object is not subscriptable")))
    }

    pub fn set_item(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        if self.is_user_object(obj) {
            if self
                .call_user_special(obj, "__setitem__", &[key, v])?
                .is_some()
            {
                return Ok(());
            }
            let base = Vm::unwrap_base(obj);
            if base != obj {
                return self.set_item(base, key, v);
            }
        }
        if let Some(l) = obj.get::<ListObj>() {
            if let Some(s) = key.get::<SliceObj>() {
                return self.list_set_slice(l, s, v);
            }
            let len = l.len();
            return match self.seq_index(key, len, "list")? {
                Some(i) => {
                    l.items.borrow_mut()[i] = v;
                    Ok(())
                }
                None => Err(self.index_error("list assignment index out of range")),
            };
        }
        if obj.is::<DictObj>() {
            return self.dict_set(obj, key, v);
        }
        if let Some(b) = obj.get::<BytesObj>().filter(|b| b.mutable) {
            return crate::runtime::builtins::bytes_methods::set_item(self, b, key, v);
        }
        let tn = self.type_name(obj);
        Err(self.type_error(format!("'{tn}' object does not support item assignment")))
    }

    fn list_set_slice(&mut self, l: &ListObj, s: &SliceObj, v: Value) -> PyResult<()> {
        let new_items = if v
            .get::<ListObj>()
            .map(|x| std::ptr::eq(x, l))
            .unwrap_or(false)
        {
            l.to_vec()
        } else {
            if !self.is_iterable(v) {
                let step_one = s.step.is_none() || self.to_i64(s.step) == Some(1);
                return Err(self.type_error(if step_one {
                    "can only assign an iterable"
                } else {
                    "must assign iterable to extended slice"
                }));
            }
            self.collect_iter(v)?
        };
        let len = l.len();
        let si = self.slice_indices(s, len)?;
        if si.step == 1 {
            let start = si.start.clamp(0, len as i64) as usize;
            let stop = (si.stop.max(si.start)).clamp(0, len as i64) as usize;
            l.items.borrow_mut().splice(start..stop, new_items);
            return Ok(());
        }
        if new_items.len() != si.len {
            return Err(self.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                si.len
            )));
        }
        let mut items = l.items.borrow_mut();
        for (i, idx) in si.indices().enumerate() {
            items[idx] = new_items[i];
        }
        Ok(())
    }

    pub fn del_item(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if self.is_user_object(obj) {
            if self
                .call_user_special(obj, "__delitem__", &[key])?
                .is_some()
            {
                return Ok(());
            }
            let base = Vm::unwrap_base(obj);
            if base != obj {
                return self.del_item(base, key);
            }
        }
        if let Some(l) = obj.get::<ListObj>() {
            let len = l.len();
            if let Some(s) = key.get::<SliceObj>() {
                let si = self.slice_indices(s, len)?;
                let drop: std::collections::HashSet<usize> = si.indices().collect();
                let mut items = l.items.borrow_mut();
                let mut i = 0;
                items.retain(|_| {
                    let keep = !drop.contains(&i);
                    i += 1;
                    keep
                });
                return Ok(());
            }
            return match self.seq_index(key, len, "list")? {
                Some(i) => {
                    l.items.borrow_mut().remove(i);
                    Ok(())
                }
                None => Err(self.index_error("list assignment index out of range")),
            };
        }
        if let Some(b) = obj.get::<BytesObj>().filter(|b| b.mutable) {
            return crate::runtime::builtins::bytes_methods::del_item(self, b, key);
        }
        if obj.is::<DictObj>() {
            return match self.dict_del(obj, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key)),
            };
        }
        let tn = self.type_name(obj);
        Err(self.type_error(format!("'{tn}' object doesn't support item deletion")))
    }

    /// `len(v)`
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        if let Some(s) = v.get::<StrObj>() {
            return Ok(s.char_len);
        }
        if let Some(l) = v.get::<ListObj>() {
            return Ok(l.len());
        }
        if let Some(t) = v.get::<TupleObj>() {
            return Ok(t.items.len());
        }
        if let Some(b) = v.get::<BytesObj>() {
            return Ok(b.len());
        }
        if let Some(d) = v.get::<DictObj>() {
            return Ok(d.len());
        }
        if let Some(s) = v.get::<SetObj>() {
            return Ok(s.len());
        }
        if let Some(r) = v.get::<RangeObj>() {
            let n = r.len();
            if n > i64::MAX as i128 {
                return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
            }
            return Ok(n as usize);
        }
        if let Some(dv) = v.get::<DictViewObj>() {
            return Ok(dv.dict.get::<DictObj>().map(|d| d.len()).unwrap_or(0));
        }
        if let Some(n) = self.user_len(v)? {
            return Ok(n);
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("object of type '{tn}' has no len()")))
    }

    /// `bool(v)`
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if v.is_bool() {
            return Ok(v.as_bool());
        }
        if v.is_small_int() {
            return Ok(v.as_small_int() != 0);
        }
        if v.is_float() {
            return Ok(v.as_float() != 0.0);
        }
        if v.is_none() {
            return Ok(false);
        }
        if let Some(s) = v.get::<StrObj>() {
            return Ok(!s.s.is_empty());
        }
        if let Some(b) = v.get::<BigIntObj>() {
            return Ok(b.value.to_i64() != Some(0));
        }
        match v.kind() {
            Some(crate::runtime::heap::Kind::List)
            | Some(crate::runtime::heap::Kind::Tuple)
            | Some(crate::runtime::heap::Kind::Dict)
            | Some(crate::runtime::heap::Kind::Set)
            | Some(crate::runtime::heap::Kind::Range)
            | Some(crate::runtime::heap::Kind::DictView)
            | Some(crate::runtime::heap::Kind::Bytes) => Ok(self.len(v)? != 0),
            _ if self.is_user_object(v) => {
                if let Some(r) = self.call_user_special(v, "__bool__", &[])? {
                    if !r.is_bool() {
                        let tn = self.type_name(r);
                        return Err(
                            self.type_error(format!("__bool__ should return bool, returned {tn}"))
                        );
                    }
                    return Ok(r.as_bool());
                }
                if self.user_special(v, "__len__").is_some() {
                    return Ok(self.user_len(v)?.map(|n| n != 0).unwrap_or(true));
                }
                let base = Vm::unwrap_base(v);
                if base != v {
                    return self.truthy(base);
                }
                Ok(true)
            }
            _ => Ok(true),
        }
    }
}

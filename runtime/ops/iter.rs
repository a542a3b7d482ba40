//! The iterator protocol: `iter()`, `next()`, materialising iterables, and unpacking.

use crate::runtime::object::*;
use crate::runtime::value::Value;

use crate::runtime::vm::{PyResult, Vm};

impl Vm {
    /// `iter(v)`
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        let state = if v.is::<ListObj>() {
            IterState::List { list: v, index: 0 }
        } else if v.is::<TupleObj>() {
            IterState::Tuple { tuple: v, index: 0 }
        } else if let Some(r) = v.get::<RangeObj>() {
            IterState::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            }
        } else if v.is::<StrObj>() {
            IterState::Str { s: v, byte_pos: 0 }
        } else if v.is::<BytesObj>() {
            IterState::Bytes { b: v, index: 0 }
        } else if let Some(d) = v.get::<DictObj>() {
            IterState::Dict {
                dict: v,
                pos: 0,
                kind: ViewKind::Keys,
                expected_len: d.len(),
            }
        } else if let Some(dv) = v.get::<DictViewObj>() {
            let len = dv.dict.get::<DictObj>().map(|d| d.len()).unwrap_or(0);
            IterState::Dict {
                dict: dv.dict,
                pos: 0,
                kind: dv.kind,
                expected_len: len,
            }
        } else if let Some(s) = v.get::<SetObj>() {
            IterState::Set {
                set: v,
                pos: 0,
                expected_len: s.len(),
            }
        } else if v.is::<IterObj>() || v.is::<GeneratorObj>() {
            return Ok(v);
        } else if self.is_user_object(v) {
            let base = Vm::unwrap_base(v);
            if base != v
                && self.user_special(v, "__iter__").is_none()
                && self.user_special(v, "__getitem__").is_none()
            {
                return self.get_iter(base);
            }
            if let Some(it) = self.call_user_special(v, "__iter__", &[])? {
                if !self.is_iterator(it) {
                    let tn = self.type_name(it);
                    return Err(
                        self.type_error(format!("iter() returned non-iterator of type '{tn}'"))
                    );
                }
                return Ok(it);
            }
            if self.user_special(v, "__getitem__").is_some() {
                IterState::SeqIndex {
                    seq: v,
                    index: 0,
                    step: 1,
                }
            } else {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("'{tn}' object is not iterable")));
            }
        } else {
            let tn = self.type_name(v);
            return Err(self.type_error(format!("'{tn}' object is not iterable")));
        };
        Ok(self.new_iter(state))
    }

    /// `next(it)`: `None` when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        if it.is::<GeneratorObj>() {
            return match self.gen_resume(it, Value::NONE, None)? {
                crate::runtime::vm::generator::GenStep::Yielded(v) => Ok(Some(v)),
                crate::runtime::vm::generator::GenStep::Returned(_) => Ok(None),
            };
        }
        if self.is_user_object(it) {
            return match self.call_user_special(it, "__next__", &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => {
                    let tn = self.type_name(it);
                    Err(self.type_error(format!("'{tn}' object is not an iterator")))
                }
                Err(e) if self.exc_is(e.0, crate::runtime::vm::types::ExcName::StopIteration) => {
                    Ok(None)
                }
                Err(e) => Err(e),
            };
        }
        let Some(io) = it.get::<IterObj>() else {
            let tn = self.type_name(it);
            return Err(self.type_error(format!("'{tn}' object is not an iterator")));
        };
        // Simple states advance under one borrow; states that call back into Python copy
        // what they need out first and never hold the borrow across the call.
        let mut st = io.state.borrow_mut();
        match &mut *st {
            IterState::List { list, index } => {
                let l = list.get::<ListObj>().expect("list");
                let v = l.get(*index);
                match v {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::ListReversed { list, index } => {
                let l = list.get::<ListObj>().expect("list");
                if *index == 0 || *index > l.len() {
                    *st = IterState::Exhausted;
                    return Ok(None);
                }
                *index -= 1;
                Ok(l.get(*index))
            }
            IterState::Tuple { tuple, index } => {
                let t = tuple.get::<TupleObj>().expect("tuple");
                match t.items.get(*index) {
                    Some(&v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => Ok(None),
                }
            }
            IterState::Range { next, stop, step } => {
                let n = *next;
                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                    *next = n + *step;
                    drop(st);
                    Ok(Some(self.new_int_i128(n)))
                } else {
                    Ok(None)
                }
            }
            IterState::Str { s, byte_pos } => {
                let so = s.get::<StrObj>().expect("str");
                match so.as_str()[*byte_pos..].chars().next() {
                    Some(c) => {
                        *byte_pos += c.len_utf8();
                        drop(st);
                        let mut buf = [0u8; 4];
                        let cs: &str = c.encode_utf8(&mut buf);
                        Ok(Some(self.intern_char(cs)))
                    }
                    None => Ok(None),
                }
            }
            IterState::Bytes { b, index } => {
                let c = b.get::<BytesObj>().and_then(|x| x.get(*index));
                match c {
                    Some(c) => {
                        *index += 1;
                        Ok(Some(Value::small_int(c as i64)))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::Dict {
                dict,
                pos,
                kind,
                expected_len,
            } => {
                let d = dict.get::<DictObj>().expect("dict");
                let t = d.table.borrow();
                if t.len() != *expected_len {
                    *expected_len = usize::MAX; // keep raising
                    drop(t);
                    drop(st);
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                while *pos < t.slot_count() {
                    let e = t.slot(*pos).expect("slot");
                    *pos += 1;
                    if e.key.is_null() {
                        continue;
                    }
                    let kind = *kind;
                    drop(t);
                    drop(st);
                    return Ok(Some(match kind {
                        ViewKind::Keys => e.key,
                        ViewKind::Values => e.value,
                        ViewKind::Items => self.new_tuple(vec![e.key, e.value]),
                    }));
                }
                Ok(None)
            }
            IterState::Set {
                set,
                pos,
                expected_len,
            } => {
                let s = set.get::<SetObj>().expect("set");
                let t = s.table.borrow();
                if t.len() != *expected_len {
                    *expected_len = usize::MAX;
                    drop(t);
                    drop(st);
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                while *pos < t.slot_count() {
                    let k = t.slot(*pos);
                    *pos += 1;
                    if let Some(k) = k {
                        return Ok(Some(k));
                    }
                }
                Ok(None)
            }
            IterState::SeqIndex { seq, index, step } => {
                let (seq, i, step) = (*seq, *index, *step);
                if i < 0 {
                    *st = IterState::Exhausted;
                    return Ok(None);
                }
                drop(st);
                if self.is_user_object(seq) && step > 0 {
                    // The old sequence protocol: __getitem__(0), (1), … until IndexError.
                    let key = Value::small_int(i);
                    return match self.get_item(seq, key) {
                        Ok(v) => {
                            if let IterState::SeqIndex { index, .. } = &mut *io.state.borrow_mut() {
                                *index = i + step;
                            }
                            Ok(Some(v))
                        }
                        Err(e)
                            if self.exc_is(e.0, crate::runtime::vm::types::ExcName::IndexError)
                                || self.exc_is(
                                    e.0,
                                    crate::runtime::vm::types::ExcName::StopIteration,
                                ) =>
                        {
                            *io.state.borrow_mut() = IterState::Exhausted;
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    };
                }
                let len = self.len(seq)? as i64;
                if i >= len {
                    *io.state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                if let IterState::SeqIndex { index, .. } = &mut *io.state.borrow_mut() {
                    *index = i + step;
                }
                let key = Value::small_int(i);
                Ok(Some(self.get_item(seq, key)?))
            }
            IterState::Enumerate { iter, count } => {
                let (inner, c) = (*iter, *count);
                drop(st);
                match self.iter_next(inner)? {
                    Some(v) => {
                        let next = self.binary_op(
                            c,
                            Value::small_int(1),
                            crate::runtime::bytecode::BinaryOp::Add,
                        )?;
                        if let IterState::Enumerate { count, .. } = &mut *io.state.borrow_mut() {
                            *count = next;
                        }
                        Ok(Some(self.new_tuple(vec![c, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { iters, strict } => {
                let (iters, strict) = (iters.clone(), *strict);
                drop(st);
                if iters.is_empty() {
                    return Ok(None);
                }
                // Items gathered so far stay rooted: the next iterator may run Python code.
                let mark = self.roots_mark();
                let r = (|| {
                    let mut items = Vec::with_capacity(iters.len());
                    for (i, &sub) in iters.iter().enumerate() {
                        match self.iter_next(sub)? {
                            Some(v) => {
                                self.root(v);
                                items.push(v);
                            }
                            None => {
                                *io.state.borrow_mut() = IterState::Exhausted;
                                if strict {
                                    if let Some(e) = self.zip_strict_error(i, &iters)? {
                                        return Err(e);
                                    }
                                }
                                return Ok(None);
                            }
                        }
                    }
                    Ok(Some(self.new_tuple(items)))
                })();
                self.unroot_to(mark);
                r
            }
            IterState::Map { func, iters } => {
                let (func, iters) = (*func, iters.clone());
                drop(st);
                let mark = self.roots_mark();
                let mut args = Vec::with_capacity(iters.len());
                for &sub in &iters {
                    match self.iter_next(sub) {
                        Ok(Some(v)) => {
                            self.root(v);
                            args.push(v);
                        }
                        Ok(None) => {
                            self.unroot_to(mark);
                            return Ok(None);
                        }
                        Err(e) => {
                            self.unroot_to(mark);
                            return Err(e);
                        }
                    }
                }
                let r = self.call_value(func, &args);
                self.unroot_to(mark);
                r.map(Some)
            }
            IterState::Filter { func, iter } => {
                let (func, inner) = (*func, *iter);
                drop(st);
                loop {
                    let Some(v) = self.iter_next(inner)? else {
                        return Ok(None);
                    };
                    let keep = if func.is_none() {
                        self.truthy(v)?
                    } else {
                        let mark = self.root(v);
                        let r = self.call_value(func, &[v]);
                        self.unroot_to(mark);
                        let r = r?;
                        self.truthy(r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterState::CallSentinel { func, sentinel } => {
                let (func, sentinel) = (*func, *sentinel);
                drop(st);
                let v = self.call_value(func, &[])?;
                if self.eq(v, sentinel)? {
                    *io.state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::Exhausted => Ok(None),
        }
    }

    /// `zip(strict=True)`: the error for iterator `i` running out first, if the others are
    /// not exhausted too.
    fn zip_strict_error(
        &mut self,
        i: usize,
        iters: &[Value],
    ) -> PyResult<Option<crate::runtime::vm::PyErr>> {
        if i > 0 {
            let plural = if i == 1 { " " } else { "s 1-" };
            return Ok(Some(self.value_error(format!(
                "zip() argument {} is shorter than argument{plural}{}",
                i + 1,
                i
            ))));
        }
        for (j, &sub) in iters.iter().enumerate().skip(1) {
            if self.iter_next(sub)?.is_some() {
                let plural = if j == 1 { " " } else { "s 1-" };
                return Ok(Some(self.value_error(format!(
                    "zip() argument {} is longer than argument{plural}{}",
                    j + 1,
                    j
                ))));
            }
        }
        Ok(None)
    }

    /// A one-character string (ASCII ones are interned so iteration allocates nothing).
    pub fn intern_char(&mut self, c: &str) -> Value {
        if c.len() == 1 {
            // ASCII: the per-VM table of interned one-character strs (no hashing).
            self.ascii_char(c.as_bytes()[0])
        } else {
            self.new_str(c)
        }
    }

    /// All items of an iterable, in order.
    pub fn collect_iter(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Some(l) = v.get::<ListObj>() {
            return Ok(l.to_vec());
        }
        if let Some(t) = v.get::<TupleObj>() {
            return Ok(t.items.to_vec());
        }
        if let Some(d) = v.get::<DictObj>() {
            return Ok(d.table.borrow().keys());
        }
        if let Some(s) = v.get::<SetObj>() {
            return Ok(s.table.borrow().iter().collect());
        }
        if let Some(b) = v.get::<BytesObj>() {
            return Ok(b
                .bytes()
                .iter()
                .map(|&c| Value::small_int(c as i64))
                .collect());
        }
        let it = self.get_iter(v)?;
        // The partial result lives in a rooted list: the iterator may run Python code.
        let acc = self.new_list(Vec::new());
        let mark = self.roots_mark();
        self.root(it);
        self.root(acc);
        let r = (|| {
            while let Some(x) = self.iter_next(it)? {
                acc.get::<ListObj>()
                    .expect("list")
                    .items
                    .borrow_mut()
                    .push(x);
            }
            Ok(())
        })();
        self.unroot_to(mark);
        r?;
        Ok(acc.get::<ListObj>().expect("list").to_vec())
    }

    /// Exactly `n` items of `seq` for `a, b = seq`.
    pub fn unpack(&mut self, seq: Value, n: usize) -> PyResult<Vec<Value>> {
        if !self.is_iterable(seq) {
            let tn = self.type_name(seq);
            return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
        }
        if let Some(t) = seq.get::<TupleObj>() {
            if t.items.len() == n {
                return Ok(t.items.to_vec());
            }
        }
        let items = self.collect_iter(seq)?;
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(items)
    }

    /// `a, *b, c = seq`: `before` items, a list of the middle, `after` items, in order.
    pub fn unpack_ex(&mut self, seq: Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        if !self.is_iterable(seq) {
            let tn = self.type_name(seq);
            return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
        }
        let items = self.collect_iter(seq)?;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = items[..before].to_vec();
        let middle = items[before..items.len() - after].to_vec();
        let l = self.new_list(middle);
        out.push(l);
        out.extend_from_slice(&items[items.len() - after..]);
        Ok(out)
    }

    /// Has `__next__` (builtin iterators, generators, user iterators).
    pub fn is_iterator(&mut self, v: Value) -> bool {
        v.is::<IterObj>() || v.is::<GeneratorObj>() || self.user_special(v, "__next__").is_some()
    }

    pub fn is_iterable(&self, v: Value) -> bool {
        v.is::<ListObj>()
            || v.is::<TupleObj>()
            || v.is::<StrObj>()
            || v.is::<BytesObj>()
            || v.is::<RangeObj>()
            || v.is::<DictObj>()
            || v.is::<SetObj>()
            || v.is::<DictViewObj>()
            || v.is::<IterObj>()
            || v.is::<GeneratorObj>()
            || self.is_user_object(v)
    }
}

//! Raising, matching and printing Python exceptions.

use super::types::ExcName;
use super::Vm;
use crate::runtime::object::*;
use crate::runtime::value::Value;

pub type ExcKind = ExcName;

/// A raised Python exception: the exception instance.
#[derive(Clone, Copy, Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn exc(&self) -> &'static ExceptionObj {
        self.0
            .get::<ExceptionObj>()
            .expect("PyErr holds an exception")
    }
}

impl Vm {
    pub fn exc_class(&self, name: ExcName) -> Value {
        self.t.exc[&name]
    }

    /// A new exception instance of `class` with these args.
    pub fn new_exception(&mut self, class: Value, args: Vec<Value>) -> Value {
        let args = self.new_tuple(args);
        self.alloc(ExceptionObj::new(class, args))
    }

    /// An exception of a builtin class with a message.
    pub fn err(&mut self, name: ExcName, msg: impl Into<String>) -> PyErr {
        let class = self.exc_class(name);
        let msg = self.new_str(msg.into());
        PyErr(self.new_exception(class, vec![msg]))
    }

    pub fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err(ExcName::TypeError, msg)
    }
    pub fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err(ExcName::ValueError, msg)
    }
    pub fn index_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err(ExcName::IndexError, msg)
    }
    pub fn overflow_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err(ExcName::OverflowError, msg)
    }
    pub fn zero_division(&mut self, msg: impl Into<String>) -> PyErr {
        self.err(ExcName::ZeroDivisionError, msg)
    }
    pub fn attribute_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err(ExcName::AttributeError, msg)
    }
    pub fn runtime_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err(ExcName::RuntimeError, msg)
    }
    /// KeyError carries the key itself.
    pub fn key_error(&mut self, key: Value) -> PyErr {
        let class = self.exc_class(ExcName::KeyError);
        PyErr(self.new_exception(class, vec![key]))
    }
    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let class = self.exc_class(ExcName::StopIteration);
        let args = if value.is_null() { vec![] } else { vec![value] };
        PyErr(self.new_exception(class, args))
    }

    /// Is `ty` a subclass of `base` (both type objects)?
    pub fn is_subtype(&self, ty: Value, base: Value) -> bool {
        if ty == base {
            return true;
        }
        match ty.get::<TypeObj>() {
            Some(t) => t.mro.borrow().iter().any(|&m| m == base),
            None => false,
        }
    }

    /// Is `exc` (an exception instance) an instance of `name`?
    pub fn exc_is(&self, exc: Value, name: ExcName) -> bool {
        let class = self.type_of(exc);
        self.is_subtype(class, self.exc_class(name))
    }

    /// `except <spec>` matching: spec is an exception class or a tuple of them.
    pub fn exception_matches(&mut self, exc: Value, spec: Value) -> PyResult<bool> {
        if let Some(t) = spec.get::<TupleObj>() {
            for &s in t.items.iter() {
                if self.exception_matches(exc, s)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let base_exc = self.exc_class(ExcName::BaseException);
        if !spec.is::<TypeObj>() || !self.is_subtype(spec, base_exc) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        let class = self.type_of(exc);
        Ok(self.is_subtype(class, spec))
    }

    /// Turn the operand of `raise` into an exception instance (instantiating a class).
    pub fn make_raisable(&mut self, v: Value) -> PyResult<Value> {
        let base_exc = self.exc_class(ExcName::BaseException);
        if v.is::<ExceptionObj>() {
            return Ok(v);
        }
        if v.is::<TypeObj>() && self.is_subtype(v, base_exc) {
            let inst = self.call_value(v, &[])?;
            if inst.is::<ExceptionObj>() {
                return Ok(inst);
            }
            let tn = self.type_name(inst);
            return Err(self.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {tn}",
                self.repr_type(v)
            )));
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    fn repr_type(&self, ty: Value) -> String {
        format!(
            "<class '{}'>",
            ty.get::<TypeObj>().map(|t| t.name()).unwrap_or_default()
        )
    }

    /// `str(exc)` as the traceback's last line shows it (a user `__str__` included).
    pub fn exception_message(&mut self, exc: Value) -> String {
        match self.to_str(exc) {
            Ok(s) => s,
            Err(_) => String::from("<exception str() failed>"),
        }
    }

    /// `BaseException.__str__`: from the args.
    pub fn builtin_exception_message(&mut self, exc: Value) -> String {
        let e = match exc.get::<ExceptionObj>() {
            Some(e) => e,
            None => return String::new(),
        };
        let args = e.args.get();
        let items: Vec<Value> = args
            .get::<TupleObj>()
            .map(|t| t.items.to_vec())
            .unwrap_or_default();
        if let Some(m) = crate::runtime::builtins::codecs::unicode_error_message(self, exc) {
            return m;
        }
        let is_key_error = self.exc_is(exc, ExcName::KeyError);
        match items.len() {
            0 => String::new(),
            1 if is_key_error => self.repr(items[0]).unwrap_or_default(),
            1 => self.to_str(items[0]).unwrap_or_default(),
            _ => self.repr(args).unwrap_or_default(),
        }
    }

    /// The name an exception's class is printed with (module-qualified outside builtins and
    /// `__main__`).
    pub fn exception_type_name(&mut self, exc: Value) -> String {
        let class = self.type_of(exc);
        let name = class
            .get::<TypeObj>()
            .map(|t| t.qualname.borrow().clone())
            .unwrap_or_default();
        let module = self.type_module(class);
        match module.as_deref() {
            None | Some("builtins") | Some("__main__") => name,
            Some(m) => format!("{m}.{name}"),
        }
    }

    fn type_module(&mut self, class: Value) -> Option<String> {
        let t = class.get::<TypeObj>()?;
        if t.is_builtin {
            return None;
        }
        let key = self.names.module;
        let v = self.dict_get_str(t.dict, key)?;
        v.get::<StrObj>().map(|s| s.as_str().to_string())
    }

    /// The full `Traceback (most recent call last): …` text for an uncaught exception,
    /// including chained causes and contexts.
    pub fn format_exception(&mut self, exc: Value) -> String {
        let mut chain = Vec::new();
        let mut cur = exc;
        let mut seen = std::collections::HashSet::new();
        while let Some(e) = cur.get::<ExceptionObj>() {
            if !seen.insert(cur.0) {
                break;
            }
            chain.push(cur);
            let cause = e.cause.get();
            if !cause.is_null() && !cause.is_none() {
                cur = cause;
            } else if !e.suppress_context.get()
                && !e.context.get().is_null()
                && !e.context.get().is_none()
            {
                cur = e.context.get();
            } else {
                break;
            }
        }
        // A user __str__ may run Python code (and collect): keep the whole chain rooted.
        let mark = self.roots_mark();
        for &e in &chain {
            self.root(e);
        }
        let mut out = String::new();
        for (i, &exc) in chain.iter().enumerate().rev() {
            out.push_str(&self.format_one_exception(exc));
            if i > 0 {
                let newer = chain[i - 1].get::<ExceptionObj>().expect("exception");
                let via_cause = !newer.cause.get().is_null() && !newer.cause.get().is_none();
                out.push_str(if via_cause {
                    "\nThe above exception was the direct cause of the following exception:\n\n"
                } else {
                    "\nDuring handling of the above exception, another exception occurred:\n\n"
                });
            }
        }
        self.unroot_to(mark);
        out
    }

    fn format_one_exception(&mut self, exc: Value) -> String {
        let mut out = String::new();
        let e = exc.get::<ExceptionObj>().expect("exception");
        let tb: Vec<TracebackEntry> = e.traceback.borrow().iter().rev().copied().collect();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for entry in tb {
                let code = entry.code.get::<CodeObj>().expect("code");
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    code.unit.filename, entry.line, code.unit.name
                ));
                if let Some(src) = self.sources.get(&code.unit.filename) {
                    if let Some(text) = src.lines().nth(entry.line.saturating_sub(1) as usize) {
                        let text = text.trim();
                        if !text.is_empty() {
                            out.push_str(&format!("    {text}\n"));
                        }
                    }
                }
            }
        }
        let name = self.exception_type_name(exc);
        let msg = self.exception_message(exc);
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
        out
    }
}

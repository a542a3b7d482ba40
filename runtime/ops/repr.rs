//! `repr()`, `str()`, `ascii()`, `format()` and `%`-formatting of values.

use crate::runtime::format::{self, ErrorKind, FormatError, PercentArgs, PercentError};
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;

impl Vm {
    /// Raise the Python exception a formatting error names.
    pub fn format_error(&mut self, e: FormatError) -> PyErr {
        let kind = match e.kind {
            ErrorKind::ValueError => ExcName::ValueError,
            ErrorKind::TypeError => ExcName::TypeError,
            ErrorKind::OverflowError => ExcName::OverflowError,
        };
        self.err(kind, e.message)
    }

    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        if v.is_small_int() {
            return Ok(v.as_small_int().to_string());
        }
        if v.is_float() {
            return Ok(format::float_repr(v.as_float()));
        }
        if let Some(s) = v.get::<StrObj>() {
            return Ok(str_repr(s.as_str()));
        }
        if let Some(b) = v.get::<BytesObj>() {
            return Ok(crate::runtime::builtins::bytes_methods::repr_of(b));
        }
        if !v.is_ptr() {
            return Ok(match v {
                Value::NONE => "None",
                Value::TRUE => "True",
                Value::FALSE => "False",
                Value::NOT_IMPLEMENTED => "NotImplemented",
                Value::ELLIPSIS => "Ellipsis",
                _ => "<NULL>",
            }
            .to_string());
        }
        if let Some(b) = v.get::<BigIntObj>() {
            return format::int_to_decimal(&b.value).map_err(|e| self.format_error(e));
        }
        if self.is_user_object(v) {
            self.enter_native()?;
            let r = self.call_user_special(v, "__repr__", &[]);
            self.leave_native();
            match r? {
                Some(r) => return self.expect_str_result(r, "__repr__"),
                None if Vm::unwrap_base(v) != v => return self.repr(Vm::unwrap_base(v)),
                None if v.is::<InstanceObj>() => return Ok(self.default_repr(v)),
                None => {}
            }
        }
        // Containers: guard against self-reference and deep nesting.
        if self.repr_stack.contains(&v.0) {
            return Ok(match v.kind() {
                Some(crate::runtime::heap::Kind::List) => "[...]",
                Some(crate::runtime::heap::Kind::Dict) => "{...}",
                _ => "...",
            }
            .to_string());
        }
        self.enter_native()?;
        self.repr_stack.push(v.0);
        let r = self.repr_object(v);
        self.repr_stack.pop();
        self.leave_native();
        r
    }

    fn repr_items(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for &item in items {
            parts.push(self.repr(item)?);
        }
        Ok(parts.join(", "))
    }

    fn repr_object(&mut self, v: Value) -> PyResult<String> {
        if let Some(l) = v.get::<ListObj>() {
            let items = l.to_vec();
            return Ok(format!("[{}]", self.repr_items(&items)?));
        }
        if let Some(t) = v.get::<TupleObj>() {
            let items = t.items.to_vec();
            let inner = self.repr_items(&items)?;
            return Ok(if items.len() == 1 {
                format!("({inner},)")
            } else {
                format!("({inner})")
            });
        }
        if let Some(d) = v.get::<DictObj>() {
            let entries: Vec<_> = d.table.borrow().iter().collect();
            let mut parts = Vec::with_capacity(entries.len());
            for e in entries {
                let k = self.repr(e.key)?;
                let val = self.repr(e.value)?;
                parts.push(format!("{k}: {val}"));
            }
            return Ok(format!("{{{}}}", parts.join(", ")));
        }
        if let Some(s) = v.get::<SetObj>() {
            let items: Vec<Value> = s.table.borrow().iter().collect();
            let name = if s.frozen { "frozenset" } else { "set" };
            if items.is_empty() {
                return Ok(format!("{name}()"));
            }
            let inner = self.repr_items(&items)?;
            return Ok(if s.frozen {
                format!("frozenset({{{inner}}})")
            } else {
                format!("{{{inner}}}")
            });
        }
        if let Some(r) = v.get::<RangeObj>() {
            return Ok(if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            });
        }
        if let Some(s) = v.get::<SliceObj>() {
            let (a, b, c) = (self.repr(s.start)?, self.repr(s.stop)?, self.repr(s.step)?);
            return Ok(format!("slice({a}, {b}, {c})"));
        }
        if let Some(t) = v.get::<TypeObj>() {
            let module = self.type_module_name(v);
            let q = t.qualname.borrow().clone();
            return Ok(match module {
                Some(m) if m != "builtins" => format!("<class '{m}.{q}'>"),
                _ => format!("<class '{q}'>"),
            });
        }
        if let Some(e) = v.get::<ExceptionObj>() {
            let name = self.type_name(v);
            let args = e.args.get();
            let items: Vec<Value> = args
                .get::<TupleObj>()
                .map(|t| t.items.to_vec())
                .unwrap_or_default();
            let inner = self.repr_items(&items)?;
            return Ok(format!("{name}({inner})"));
        }
        if let Some(f) = v.get::<FunctionObj>() {
            return Ok(format!(
                "<function {} at {:#x}>",
                Vm::str_of(f.qualname.get()),
                address(v)
            ));
        }
        if let Some(b) = v.get::<BuiltinObj>() {
            let slot = b.name.len() > 4
                && b.name.starts_with("__")
                && b.name.ends_with("__")
                && !matches!(b.name, "__new__" | "__init_subclass__" | "__subclasshook__")
                && !b.owner.is_empty();
            if b.bound.is_null() {
                return Ok(if b.owner.is_empty() {
                    format!("<built-in function {}>", b.name)
                } else if slot {
                    format!("<slot wrapper '{}' of '{}' objects>", b.name, b.owner)
                } else {
                    format!("<method '{}' of '{}' objects>", b.name, b.owner)
                });
            }
            if slot && !b.bound.is::<TypeObj>() {
                let tn = self.type_name(b.bound);
                return Ok(format!(
                    "<method-wrapper '{}' of {tn} object at {:#x}>",
                    b.name,
                    address(b.bound)
                ));
            }
            let tn = self.type_name(b.bound);
            return Ok(format!(
                "<built-in method {} of {tn} object at {:#x}>",
                b.name,
                address(b.bound)
            ));
        }
        if let Some(m) = v.get::<BoundMethodObj>() {
            let fname = m
                .func
                .get::<FunctionObj>()
                .map(|f| Vm::str_of(f.qualname.get()).to_string())
                .unwrap_or_default();
            let r = self.repr(m.receiver)?;
            return Ok(format!("<bound method {fname} of {r}>"));
        }
        if let Some(m) = v.get::<ModuleObj>() {
            return Ok(format!("<module '{}'>", Vm::str_of(m.name)));
        }
        if let Some(dv) = v.get::<DictViewObj>() {
            let name = match dv.kind {
                ViewKind::Keys => "dict_keys",
                ViewKind::Values => "dict_values",
                ViewKind::Items => "dict_items",
            };
            let items = self.collect_iter(v)?;
            return Ok(format!("{name}([{}])", self.repr_items(&items)?));
        }
        if let Some(g) = v.get::<GeneratorObj>() {
            let what = if g.is_coroutine {
                "coroutine"
            } else {
                "generator"
            };
            return Ok(format!(
                "<{what} object {} at {:#x}>",
                Vm::str_of(g.qualname),
                address(v)
            ));
        }
        if let Some(d) = v.get::<DigestObj>() {
            let name = d.state.borrow().name();
            return Ok(format!("<{name} _hashlib.HASH object @ {:#x}>", address(v)));
        }
        if let Some(c) = v.get::<CodeObj>() {
            return Ok(format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.unit.name,
                address(v),
                c.unit.filename,
                c.unit.first_line
            ));
        }
        let tn = self.type_name(v);
        Ok(format!("<{tn} object at {:#x}>", address(v)))
    }

    fn type_module_name(&mut self, ty: Value) -> Option<String> {
        let t = ty.get::<TypeObj>()?;
        if t.is_builtin {
            return None;
        }
        let key = self.names.module;
        self.dict_get_str(t.dict, key)
            .map(|m| Vm::str_of(m).to_string())
    }

    /// `str(v)`
    pub fn to_str(&mut self, v: Value) -> PyResult<String> {
        if let Some(s) = v.get::<StrObj>() {
            return Ok(s.as_str().to_string());
        }
        if self.is_user_object(v) {
            if let Some(r) = self.call_user_special(v, "__str__", &[])? {
                return self.expect_str_result(r, "__str__");
            }
            // A str subclass is its text (str.__str__); other builtin bases have no __str__
            // of their own, so repr() applies (a user __repr__ included).
            if let Some(s) = Vm::unwrap_base(v).get::<StrObj>() {
                return Ok(s.as_str().to_string());
            }
        }
        if v.is::<ExceptionObj>() {
            return Ok(self.builtin_exception_message(v));
        }
        self.repr(v)
    }

    /// `ascii(v)`
    pub fn ascii(&mut self, v: Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(format::ascii_escape(&r))
    }

    /// `format(v, spec)`
    pub fn format_value(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if self.is_user_object(v) {
            let s = self.new_str(spec);
            if let Some(r) = self.call_user_special(v, "__format__", &[s])? {
                return self.expect_str_result(r, "__format__");
            }
            if spec.is_empty() {
                // Every builtin __format__ with an empty spec is str(self).
                return self.to_str(v);
            }
            if Vm::unwrap_base(v) != v {
                return self.format_value(Vm::unwrap_base(v), spec);
            }
        }
        let tn = self.type_name(v);
        let r = if v.is_bool() && spec.is_empty() {
            Ok(self.repr(v)?)
        } else if let Some(b) = self.to_bigint(v) {
            format::format_int(&b, spec, &tn)
        } else if v.is_float() {
            format::format_float(v.as_float(), spec, &tn)
        } else if let Some(s) = v.get::<StrObj>() {
            format::format_str(s.as_str(), spec, &tn)
        } else if spec.is_empty() {
            return self.to_str(v);
        } else {
            return Err(self.type_error(format!(
                "unsupported format string passed to {tn}.__format__"
            )));
        };
        r.map_err(|e| self.format_error(e))
    }

    /// `fmt % args` for a str `fmt`.
    pub fn percent_format_value(&mut self, fmt: Value, args: Value) -> PyResult<Value> {
        let f = Vm::str_of(fmt).to_string();
        let mut source = PercentSource {
            vm: self,
            operand: args,
        };
        match format::percent_format(&f, &mut source) {
            Ok(s) => Ok(self.new_str(s)),
            Err(PercentError::Format(e)) => Err(self.format_error(e)),
            Err(PercentError::Raised(e)) => Err(e),
        }
    }
}

/// The address shown in default reprs (`<function f at 0x…>`).
fn address(v: Value) -> u64 {
    v.0 & crate::runtime::abi::PAYLOAD_MASK
}

/// The right operand of `%`, seen through the VM.
struct PercentSource<'a> {
    vm: &'a mut Vm,
    operand: Value,
}

impl PercentArgs for PercentSource<'_> {
    type Arg = Value;
    type Error = PyErr;

    fn tuple_len(&self) -> Option<usize> {
        Vm::unwrap_base(self.operand)
            .get::<TupleObj>()
            .map(|t| t.items.len())
    }
    fn tuple_item(&mut self, index: usize) -> Value {
        Vm::unwrap_base(self.operand)
            .get::<TupleObj>()
            .map(|t| t.items[index])
            .unwrap_or(Value::NONE)
    }
    fn operand(&mut self) -> Value {
        self.operand
    }
    fn is_mapping(&mut self) -> bool {
        let v = self.operand;
        if v.is::<TupleObj>() || v.is::<StrObj>() {
            return false;
        }
        v.is::<DictObj>()
            || v.is::<ListObj>()
            || (self.vm.is_user_object(v)
                && (self.vm.user_special(v, "__getitem__").is_some()
                    || !Vm::unwrap_base(v).is::<StrObj>()
                        && !Vm::unwrap_base(v).is::<TupleObj>()
                        && Vm::unwrap_base(v) != v))
    }
    fn get_item(&mut self, key: &str) -> Result<Value, PyErr> {
        let k = self.vm.new_str(key);
        self.vm.get_item(self.operand, k)
    }
    fn type_name(&mut self, arg: &Value) -> String {
        self.vm.type_name(*arg)
    }
    fn to_str(&mut self, arg: &Value) -> Result<String, PyErr> {
        self.vm.to_str(*arg)
    }
    fn to_repr(&mut self, arg: &Value) -> Result<String, PyErr> {
        self.vm.repr(*arg)
    }
    fn int_instance(&mut self, arg: &Value) -> Option<BigInt> {
        self.vm.to_bigint(Vm::unwrap_base(*arg))
    }
    fn str_instance(&mut self, arg: &Value) -> Option<String> {
        arg.get::<StrObj>().map(|s| s.as_str().to_string())
    }
    fn to_int(&mut self, arg: &Value, index_only: bool) -> Result<Option<BigInt>, PyErr> {
        if let Some(b) = self.vm.to_bigint(*arg) {
            return Ok(Some(b));
        }
        if self.vm.is_user_object(*arg) {
            if let Some(i) = self.vm.user_index(*arg)? {
                return Ok(self.vm.to_bigint(i));
            }
            if !index_only {
                if let Some(r) = self.vm.call_user_special(*arg, "__int__", &[])? {
                    return Ok(self.vm.to_bigint(r));
                }
            }
        }
        let arg = &Vm::unwrap_base(*arg);
        if !index_only && arg.is_float() {
            let f = arg.as_float();
            if f.is_nan() {
                return Err(self.vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(self
                    .vm
                    .overflow_error("cannot convert float infinity to integer"));
            }
            return Ok(num_traits::FromPrimitive::from_f64(f.trunc()));
        }
        Ok(None)
    }
    fn to_float(&mut self, arg: &Value) -> Result<Option<f64>, PyErr> {
        if self.vm.is_user_object(*arg) {
            if let Some(r) = self.vm.call_user_special(*arg, "__float__", &[])? {
                if r.is_float() {
                    return Ok(Some(r.as_float()));
                }
            }
        }
        let arg = &Vm::unwrap_base(*arg);
        if arg.is_float() {
            return Ok(Some(arg.as_float()));
        }
        if Vm::is_int(*arg) {
            return self.vm.to_f64(*arg).map(Some);
        }
        Ok(None)
    }
}

/// CPython's `repr(str)`: pick the quote, escape what is not printable.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (c as u32) < 0x7f => out.push(c),
            c if is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// An approximation of CPython's `str.isprintable` for non-ASCII characters: controls,
/// separators other than the space, format characters and unassigned/private code points are
/// not printable.
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if c.is_control() {
        return false;
    }
    if c.is_whitespace() {
        return c == ' ';
    }
    !matches!(u,
        0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x200b..=0x200f | 0x202a..=0x202e
        | 0x2060..=0x206f | 0xd800..=0xf8ff | 0xfeff | 0xfff0..=0xfffb | 0xe0000..=0xe0fff
        | 0xf0000..=0x10ffff)
}

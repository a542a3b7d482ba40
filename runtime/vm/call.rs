//! Calling: binding arguments to a Python function's frame, calling builtins, bound methods
//! and types, and calling back into Python from Rust.

use super::{Args, Frame, PyResult, Vm};
use crate::runtime::bytecode::code_flags;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;

/// Deepest nesting of Rust-level re-entries into the interpreter (builtins calling Python,
/// recursive repr, …) before RecursionError; keeps the native stack bounded.
pub const MAX_NATIVE_DEPTH: usize = 3000;

impl Vm {
    /// Call `f` with positional arguments, from Rust.
    pub fn call_value(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        self.call_with_kwargs(f, args, &[])
    }

    /// Call `f` with `values` = positional values then keyword values named by `kwnames`.
    pub fn call_with_kwargs(
        &mut self,
        f: Value,
        values: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        if f.is::<FunctionObj>() {
            let frame = self.make_frame(f, values, kwnames)?;
            if Vm::is_generator_code(frame.code) {
                return Ok(self.new_generator(frame));
            }
            return self.run_frame(frame);
        }
        self.call_native(f, values, kwnames)
    }

    /// Calls that are not Python functions entered by the interpreter: builtins, bound
    /// methods, types. Python functions reached from here run in a nested interpreter loop.
    pub fn call_native(
        &mut self,
        f: Value,
        values: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        match f.kind() {
            Some(crate::runtime::heap::Kind::Builtin) => {
                let b = f.get::<BuiltinObj>().expect("builtin");
                // Common case: an unbound builtin called on builtin values needs no copying.
                if b.bound.is_null()
                    && !(b.name == "__new__"
                        || values
                            .first()
                            .map(|v| v.is::<InstanceObj>())
                            .unwrap_or(false))
                {
                    return (b.func)(self, Args { values, kwnames });
                }
                let mut all = Vec::with_capacity(values.len() + 1);
                if !b.bound.is_null() {
                    all.push(b.bound);
                }
                all.extend_from_slice(values);
                // A builtin type's method called on an instance of a subclass works on the
                // builtin value inside it; its `__new__` called for a subclass makes the
                // builtin value and wraps it.
                let builtin_owner = matches!(
                    b.owner,
                    "list" | "dict" | "tuple" | "str" | "int" | "float" | "set" | "frozenset"
                );
                let mut wrap_as = Value::NULL;
                if builtin_owner && !all.is_empty() {
                    if b.name == "__new__" {
                        if let Some(t) = all[0].get::<TypeObj>() {
                            if !t.is_builtin {
                                if let Some(bt) = self.builtin_base_type(all[0]) {
                                    wrap_as = all[0];
                                    all[0] = bt;
                                }
                            }
                        }
                    } else if !(b.name == "__getitem__" && b.owner == "dict") {
                        all[0] = Vm::unwrap_base(all[0]);
                    }
                }
                let r = (b.func)(
                    self,
                    Args {
                        values: &all,
                        kwnames,
                    },
                )?;
                if wrap_as.is_null() {
                    Ok(r)
                } else {
                    Ok(self.wrap_builtin_value(wrap_as, r))
                }
            }
            Some(crate::runtime::heap::Kind::Function) => self.call_with_kwargs(f, values, kwnames),
            Some(crate::runtime::heap::Kind::BoundMethod) => {
                let m = f.get::<BoundMethodObj>().expect("method");
                let mut with_self = Vec::with_capacity(values.len() + 1);
                with_self.push(m.receiver);
                with_self.extend_from_slice(values);
                self.call_with_kwargs(m.func, &with_self, kwnames)
            }
            Some(crate::runtime::heap::Kind::Type) => self.call_type(f, values, kwnames),
            Some(crate::runtime::heap::Kind::Instance)
                if self.user_special(f, "__call__").is_some() =>
            {
                let m = self.user_special(f, "__call__").expect("__call__");
                let mut with_self = Vec::with_capacity(values.len() + 1);
                with_self.push(f);
                with_self.extend_from_slice(values);
                self.call_with_kwargs(m, &with_self, kwnames)
            }
            _ => {
                let tn = self.type_name(f);
                Err(self.type_error(format!("'{tn}' object is not callable")))
            }
        }
    }

    /// `cls(args…)`: builtin types construct through the `__new__` builtin in their dict;
    /// exception classes make exception instances.
    fn call_type(&mut self, cls: Value, values: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let t = cls.get::<TypeObj>().expect("type");
        let meta = t.meta.get();
        if !meta.is_null() {
            // The metaclass's own `__call__`, when Python code defines one.
            let key = self.intern("__call__");
            if let Some(f) = self.lookup_in_mro(meta, key) {
                if !f.is::<BuiltinObj>() {
                    let mut with_cls = Vec::with_capacity(values.len() + 1);
                    with_cls.push(cls);
                    with_cls.extend_from_slice(values);
                    return self.call_method_value_kw(f, cls, &with_cls, kwnames);
                }
            }
        }
        if cls == self.t.type_ {
            return self.type_call(cls, values, kwnames);
        }
        self.call_type_default(cls, values, kwnames)
    }

    /// `type.__call__` for every class but `type`: user classes instantiate, builtin types
    /// run their constructor.
    pub fn call_type_default(
        &mut self,
        cls: Value,
        values: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let t = cls.get::<TypeObj>().expect("type");
        if !t.is_builtin {
            return self.instantiate(cls, values, kwnames);
        }
        if t.layout == Layout::Exception {
            let args = Args { values, kwnames };
            if args.has_kwargs() {
                let name = t.name();
                return Err(self.type_error(format!("{name}() takes no keyword arguments")));
            }
            let args_vec = args.pos().to_vec();
            return Ok(self.new_exception(cls, args_vec));
        }
        let new_key = self.intern("__new__");
        let ctor = self.lookup_in_mro(cls, new_key);
        match ctor.and_then(|c| c.get::<BuiltinObj>()) {
            Some(b) => {
                let mut with_cls = Vec::with_capacity(values.len() + 1);
                with_cls.push(cls);
                with_cls.extend_from_slice(values);
                (b.func)(
                    self,
                    Args {
                        values: &with_cls,
                        kwnames,
                    },
                )
            }
            None => {
                let name = t.name();
                Err(self.type_error(format!("cannot create '{name}' instances")))
            }
        }
    }

    /// Run `frame` to completion in a (nested) interpreter loop.
    pub fn run_frame(&mut self, mut frame: Frame) -> PyResult<Value> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(self.err(ExcName::RecursionError, "maximum recursion depth exceeded"));
        }
        frame.is_entry = true;
        self.push_frame(frame);
        self.native_depth += 1;
        let r = self.run();
        self.native_depth -= 1;
        r
    }

    /// Fill a new frame's cell slots (after the `nlocals` locals): fresh cells for the
    /// scope's captured variables (holding the argument when a parameter is captured), then
    /// the closure's cells for its free variables.
    pub(crate) fn init_cells(&mut self, f: &FunctionObj, code: &CodeObj, slots: &mut [Value]) {
        let u = &code.unit;
        let ncellvars = u.cellvars.len();
        for i in 0..ncellvars {
            let init = match u.cell_from_arg.get(i).copied().flatten() {
                Some(a) => slots[a as usize],
                None => Value::NULL,
            };
            let cell = self.alloc(CellObj {
                header: Default::default(),
                value: std::cell::Cell::new(init),
            });
            slots[code.nlocals + i] = cell;
        }
        if let Some(closure) = f.closure.get::<TupleObj>() {
            for (i, &c) in closure.items.iter().enumerate() {
                slots[code.nlocals + ncellvars + i] = c;
            }
        }
    }

    /// The running Python frame, if any (`Vm::frame` is a placeholder when none runs).
    pub fn current_frame(&self) -> Option<&Frame> {
        (!self.frames.is_empty()).then_some(&self.frame)
    }

    /// Make `frame` the running frame; the one running so far waits below it.
    #[inline]
    pub fn push_frame(&mut self, frame: Frame) {
        let caller = std::mem::replace(&mut self.frame, frame);
        self.frames.push(caller);
    }

    /// Leave the running frame for good (returned or unwound): its caller runs again and its
    /// slot vector goes back to the pool. Field by field, like `enter_function`.
    #[inline]
    pub fn drop_frame(&mut self) {
        let caller = self.frames.pop().expect("a frame is running");
        let f = &mut self.frame;
        f.code = caller.code;
        f.code_value = caller.code_value;
        f.func = caller.func;
        f.globals = caller.globals;
        f.locals_ns = caller.locals_ns;
        f.ip = caller.ip;
        f.lasti = caller.lasti;
        f.is_entry = caller.is_entry;
        f.on_return = caller.on_return;
        let mut slots = std::mem::replace(&mut f.slots, caller.slots);
        if self.slot_pool.len() < 256 && slots.capacity() <= 4096 {
            slots.clear();
            self.slot_pool.push(slots);
        }
    }

    /// Leave the running frame (returned or unwound); its caller runs again.
    #[inline]
    pub fn pop_frame(&mut self) -> Frame {
        let caller = self.frames.pop().expect("a frame is running");
        std::mem::replace(&mut self.frame, caller)
    }

    /// A cleared slot vector with room for `n` values, reused from returned frames (a call
    /// then costs no allocation in the common case).
    #[inline]
    pub fn take_slots(&mut self, n: usize) -> Vec<Value> {
        match self.slot_pool.pop() {
            Some(mut v) => {
                v.reserve(n);
                v
            }
            None => Vec::with_capacity(n.max(16)),
        }
    }

    /// Make the frame for calling Python function `func` with these arguments (positional
    /// values then keyword values named by `kwnames`), binding them to parameters with
    /// CPython's rules and messages.
    pub fn make_frame(
        &mut self,
        func: Value,
        values: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Frame> {
        let f = func.get::<FunctionObj>().expect("function");
        let code = f.code.get::<CodeObj>().expect("code");
        if self.frames.len() >= self.recursion_limit {
            return Err(self.err(ExcName::RecursionError, "maximum recursion depth exceeded"));
        }
        let u = &code.unit;
        let nargs = values.len() - kwnames.len();
        let mut slots = self.take_slots(code.nlocals + code.ncells + u.stacksize as usize);
        slots.resize(code.nlocals + code.ncells, Value::NULL);
        let argcount = u.argcount as usize;
        let simple =
            u.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0 && u.kwonlyargcount == 0;
        if simple && kwnames.is_empty() && nargs == argcount {
            slots[..nargs].copy_from_slice(values);
        } else {
            self.bind_arguments(f, code, values, kwnames, &mut slots)?;
        }
        if code.ncells > 0 {
            self.init_cells(f, code, &mut slots);
        }
        Ok(Frame {
            code,
            code_value: f.code,
            func,
            globals: f.globals,
            locals_ns: Value::NULL,
            slots,
            ip: 0,
            lasti: 0,
            is_entry: false,
            on_return: super::frame::ReturnHook::Plain,
        })
    }

    fn bind_arguments(
        &mut self,
        f: &FunctionObj,
        code: &CodeObj,
        values: &[Value],
        kwnames: &[Value],
        slots: &mut [Value],
    ) -> PyResult<()> {
        let u = &code.unit;
        let fname = Vm::str_of(f.qualname.get()).to_string();
        let argcount = u.argcount as usize;
        let kwonly = u.kwonlyargcount as usize;
        let posonly = u.posonlyargcount as usize;
        let has_varargs = u.flags & code_flags::VARARGS != 0;
        let has_varkw = u.flags & code_flags::VARKEYWORDS != 0;
        let nargs = values.len() - kwnames.len();
        let varargs_slot = argcount + kwonly;
        let varkw_slot = varargs_slot + has_varargs as usize;

        // Positional.
        let npos = nargs.min(argcount);
        slots[..npos].copy_from_slice(&values[..npos]);
        if has_varargs {
            let extra = values[npos..nargs].to_vec();
            slots[varargs_slot] = self.new_tuple(extra);
        } else if nargs > argcount {
            let ndefaults = f
                .defaults
                .get()
                .get::<TupleObj>()
                .map(|t| t.items.len())
                .unwrap_or(0);
            let takes = if ndefaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - ndefaults,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let given = if nargs == 1 { "was" } else { "were" };
            return Err(
                self.type_error(format!("{fname}() takes {takes} but {nargs} {given} given"))
            );
        }

        // Keywords.
        let kwdict = if has_varkw {
            let d = self.new_dict();
            slots[varkw_slot] = d;
            d
        } else {
            Value::NULL
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (i, &name) in kwnames.iter().enumerate() {
            let value = values[nargs + i];
            let name_str = Vm::str_of(name);
            let idx = code.varnames[..argcount + kwonly]
                .iter()
                .position(|&v| v == name || Vm::str_of(v) == name_str);
            match idx {
                Some(j) if j >= posonly => {
                    if !slots[j].is_null() {
                        return Err(self.type_error(format!(
                            "{fname}() got multiple values for argument '{name_str}'"
                        )));
                    }
                    slots[j] = value;
                }
                _ => {
                    if !kwdict.is_null() {
                        self.dict_set(kwdict, name, value)?;
                    } else if idx.is_some() {
                        posonly_as_kw.push(name_str.to_string());
                    } else {
                        return Err(self.type_error(format!(
                            "{fname}() got an unexpected keyword argument '{name_str}'"
                        )));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }

        // Defaults for missing positional parameters.
        let defaults: Vec<Value> = f
            .defaults
            .get()
            .get::<TupleObj>()
            .map(|t| t.items.to_vec())
            .unwrap_or_default();
        let first_default = argcount - defaults.len();
        let mut missing = Vec::new();
        for j in npos..argcount {
            if slots[j].is_null() {
                if j >= first_default {
                    slots[j] = defaults[j - first_default];
                } else {
                    missing.push(Vm::str_of(code.varnames[j]).to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{fname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        // Keyword-only defaults.
        let kwdefaults = f.kwdefaults.get();
        for j in argcount..argcount + kwonly {
            if slots[j].is_null() {
                let name = code.varnames[j];
                let d = if kwdefaults.is_null() {
                    None
                } else {
                    self.dict_get(kwdefaults, name)?
                };
                match d {
                    Some(v) => slots[j] = v,
                    None => missing.push(Vm::str_of(name).to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{fname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        Ok(())
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` (CPython's list of missing arguments).
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

//! Tier 0: the bytecode interpreter loop.
//!
//! Python-to-Python calls push a frame and keep going in the same loop, so Python recursion
//! never recurses on the Rust stack. Only calls from Rust (a builtin calling a Python
//! function) enter a nested loop, and that depth is bounded (`call::MAX_NATIVE_DEPTH`).

use super::frame::ReturnHook;
use super::{Frame, PyErr, PyResult, Vm};
use crate::runtime::bytecode::{code_flags, BinaryOp, CompareOp, Instr, Op};
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::specialize::uops::{exec_specialized, Cx, Spec};
use crate::runtime::vm::types::ExcName;
use std::cell::Cell;

/// What an instruction asks the loop to do besides continuing.
enum Flow {
    /// The entry frame returned this value.
    Return(Value),
}

macro_rules! top_frame {
    ($vm:expr) => {
        (&mut $vm.frame)
    };
}

/// The adaptive part of a base instruction that can specialize: count down in the inline
/// cache; at zero, try to specialize and, if the instruction was rewritten, run it again in
/// its new form.
macro_rules! adaptive {
    ($vm:ident, $code:ident, $ip:ident, $op:ident) => {
        if $vm.config.specialize {
            let c = &$code.caches[$ip];
            let left = c.counter.get();
            if left == 0 {
                if $vm.specialize($code, $ip) {
                    top_frame!($vm).ip = $ip;
                    continue;
                }
            } else {
                c.counter.set(left - 1);
            }
            $vm.spec.stats.count_generic($op);
        }
    };
}

impl Vm {
    /// Run the frame on top of the stack (pushed by `run_frame`) until the entry frame
    /// returns or raises.
    pub fn run(&mut self) -> PyResult<Value> {
        loop {
            match self.execute() {
                Ok(Flow::Return(v)) => return Ok(v),
                Err(err) => {
                    let reraise = std::mem::take(&mut self.reraising);
                    self.unwind(err, reraise)?;
                }
            }
        }
    }

    /// Find a handler for `err`, walking out through frames. Returns Ok when a handler in a
    /// frame of this loop takes it, Err when the entry frame is left.
    pub(crate) fn unwind(&mut self, err: PyErr, mut reraise: bool) -> PyResult<()> {
        let exc = err.0;
        loop {
            let frame = top_frame!(self);
            let code = frame.code;
            let lasti = frame.lasti;
            if !reraise {
                if let Some(e) = exc.get::<ExceptionObj>() {
                    e.traceback.borrow_mut().push(TracebackEntry {
                        code: frame.code_value,
                        line: frame.line(),
                    });
                    let ctx = self.handled_exc;
                    if e.context.get().is_null() && !ctx.is_null() && !ctx.is_none() && ctx != exc {
                        e.context.set(ctx);
                    }
                }
            }
            let frame = top_frame!(self);
            let handler = code
                .unit
                .exception_table
                .iter()
                .find(|h| (h.start as usize) <= lasti && lasti < h.end as usize);
            if let Some(h) = handler {
                let base = frame.stack_base();
                frame.slots.truncate(base + h.depth as usize);
                if h.push_lasti {
                    frame.push(Value::small_int(lasti as i64));
                }
                frame.push(exc);
                frame.ip = h.handler as usize;
                return Ok(());
            }
            let was_entry = frame.is_entry;
            self.drop_frame();
            if was_entry {
                return Err(err);
            }
            // The caller sees the error at its CALL: a fresh traceback entry there.
            reraise = false;
        }
    }

    fn execute(&mut self) -> PyResult<Flow> {
        loop {
            let frame = top_frame!(self);
            let code = frame.code;
            let ip = frame.ip;
            let Instr { op, arg } = code.quick[ip].get();
            frame.lasti = ip;
            frame.ip = ip + 1;
            match op {
                Op::NOP => {}
                Op::POP_TOP => {
                    frame.pop();
                }
                Op::PUSH_NULL => frame.push(Value::NULL),
                Op::COPY => {
                    let v = frame.peek(arg as usize);
                    frame.push(v);
                }
                Op::SWAP => {
                    let len = frame.slots.len();
                    frame.slots.swap(len - 1, len - arg as usize);
                }
                Op::LOAD_CONST => frame.push(code.consts[arg as usize]),
                Op::LOAD_FAST => {
                    let v = frame.slots[arg as usize];
                    if v.is_null() {
                        let name = code.unit.varnames[arg as usize].clone();
                        return Err(self.err(
                            ExcName::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                    }
                    frame.push(v);
                }
                Op::STORE_FAST => {
                    let v = frame.pop();
                    frame.slots[arg as usize] = v;
                }
                Op::DELETE_FAST => {
                    if frame.slots[arg as usize].is_null() {
                        let name = code.unit.varnames[arg as usize].clone();
                        return Err(self.err(
                            ExcName::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                    }
                    frame.slots[arg as usize] = Value::NULL;
                }
                Op::LOAD_DEREF => {
                    let cell = frame.slots[code.nlocals + arg as usize];
                    let v = cell
                        .get::<CellObj>()
                        .map(|c| c.value.get())
                        .unwrap_or(Value::NULL);
                    if v.is_null() {
                        return Err(self.unbound_cell_error(code, arg as usize));
                    }
                    frame.push(v);
                }
                Op::STORE_DEREF => {
                    let v = frame.pop();
                    let cell = frame.slots[code.nlocals + arg as usize];
                    if let Some(c) = cell.get::<CellObj>() {
                        c.value.set(v);
                    }
                }
                Op::DELETE_DEREF => {
                    let cell = frame.slots[code.nlocals + arg as usize];
                    if let Some(c) = cell.get::<CellObj>() {
                        if c.value.get().is_null() {
                            return Err(self.unbound_cell_error(code, arg as usize));
                        }
                        c.value.set(Value::NULL);
                    }
                }
                Op::LOAD_CLOSURE => {
                    let cell = frame.slots[code.nlocals + arg as usize];
                    frame.push(cell);
                }
                Op::LOAD_GLOBAL => {
                    adaptive!(self, code, ip, op);
                    self.generic_load_global(code, arg)?;
                }
                Op::STORE_GLOBAL => {
                    let v = frame.pop();
                    let globals = frame.globals;
                    self.dict_set(globals, code.names[arg as usize], v)?;
                }
                Op::DELETE_GLOBAL => {
                    let globals = frame.globals;
                    let name = code.names[arg as usize];
                    if self.dict_del(globals, name)?.is_none() {
                        return Err(self.name_error(name));
                    }
                }
                Op::LOAD_NAME => {
                    let name = code.names[arg as usize];
                    let (ns, globals) = (frame.locals_ns, frame.globals);
                    let v = match if ns.is_null() {
                        None
                    } else {
                        self.dict_get(ns, name)?
                    } {
                        Some(v) => v,
                        None => self.load_global(globals, name)?,
                    };
                    top_frame!(self).push(v);
                }
                Op::STORE_NAME => {
                    let v = frame.pop();
                    let ns = if frame.locals_ns.is_null() {
                        frame.globals
                    } else {
                        frame.locals_ns
                    };
                    self.dict_set(ns, code.names[arg as usize], v)?;
                }
                Op::DELETE_NAME => {
                    let ns = if frame.locals_ns.is_null() {
                        frame.globals
                    } else {
                        frame.locals_ns
                    };
                    let name = code.names[arg as usize];
                    if self.dict_del(ns, name)?.is_none() {
                        return Err(self.name_error(name));
                    }
                }
                Op::LOAD_ATTR => {
                    adaptive!(self, code, ip, op);
                    self.generic_load_attr(code, arg)?;
                }
                Op::STORE_ATTR => {
                    adaptive!(self, code, ip, op);
                    self.generic_store_attr(code, arg)?;
                }
                Op::DELETE_ATTR => {
                    let obj = frame.pop();
                    self.del_attr(obj, code.names[arg as usize])?;
                }
                Op::LOAD_METHOD => {
                    adaptive!(self, code, ip, op);
                    self.generic_load_method(code, arg)?;
                }
                Op::BINARY_SUBSCR => {
                    adaptive!(self, code, ip, op);
                    self.generic_binary_subscr()?;
                }
                Op::STORE_SUBSCR => {
                    adaptive!(self, code, ip, op);
                    self.generic_store_subscr()?;
                }
                Op::DELETE_SUBSCR => {
                    let key = frame.pop();
                    let container = frame.pop();
                    self.del_item(container, key)?;
                }
                Op::BUILD_SLICE => {
                    let step = if arg == 3 { frame.pop() } else { Value::NONE };
                    let stop = frame.pop();
                    let start = frame.pop();
                    let s = self.alloc(SliceObj {
                        header: Default::default(),
                        start,
                        stop,
                        step,
                    });
                    top_frame!(self).push(s);
                }
                Op::BINARY_OP => {
                    adaptive!(self, code, ip, op);
                    self.generic_binary_op(arg)?;
                }
                Op::UNARY_NEGATIVE => {
                    let a = frame.pop();
                    let r = self.negate(a)?;
                    top_frame!(self).push(r);
                }
                Op::UNARY_POSITIVE => {
                    let a = frame.pop();
                    let r = self.positive(a)?;
                    top_frame!(self).push(r);
                }
                Op::UNARY_INVERT => {
                    let a = frame.pop();
                    let r = self.invert(a)?;
                    top_frame!(self).push(r);
                }
                Op::UNARY_NOT => {
                    let a = frame.pop();
                    let t = self.truthy(a)?;
                    top_frame!(self).push(Value::bool(!t));
                }
                Op::COMPARE_OP => {
                    adaptive!(self, code, ip, op);
                    self.generic_compare_op(arg)?;
                }
                Op::IS_OP => {
                    let b = frame.pop();
                    let a = frame.pop();
                    frame.push(Value::bool((a == b) != (arg == 1)));
                }
                Op::CONTAINS_OP => {
                    adaptive!(self, code, ip, op);
                    self.generic_contains_op(arg)?;
                }
                Op::JUMP_FORWARD => frame.ip = arg as usize,
                Op::JUMP_BACKWARD => {
                    frame.ip = arg as usize;
                    self.safepoint();
                }
                Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                    let c = frame.pop();
                    let t = if c.is_bool() {
                        c.as_bool()
                    } else {
                        self.truthy(c)?
                    };
                    if t == (op == Op::POP_JUMP_IF_TRUE) {
                        top_frame!(self).ip = arg as usize;
                    }
                }
                Op::POP_JUMP_IF_NONE => {
                    if frame.pop().is_none() {
                        frame.ip = arg as usize;
                    }
                }
                Op::POP_JUMP_IF_NOT_NONE => {
                    if !frame.pop().is_none() {
                        frame.ip = arg as usize;
                    }
                }
                Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
                    let c = frame.top();
                    let t = if c.is_bool() {
                        c.as_bool()
                    } else {
                        self.truthy(c)?
                    };
                    let f = top_frame!(self);
                    if t == (op == Op::JUMP_IF_TRUE_OR_POP) {
                        f.ip = arg as usize;
                    } else {
                        f.pop();
                    }
                }
                Op::GET_ITER => {
                    let v = frame.pop();
                    let it = self.get_iter(v)?;
                    top_frame!(self).push(it);
                }
                Op::FOR_ITER => {
                    adaptive!(self, code, ip, op);
                    self.generic_for_iter(arg)?;
                }
                Op::RETURN_VALUE => {
                    let mut v = frame.pop();
                    let was_entry = frame.is_entry;
                    let hook = frame.on_return;
                    self.drop_frame();
                    if was_entry {
                        return Ok(Flow::Return(v));
                    }
                    match hook {
                        ReturnHook::Plain => {}
                        ReturnHook::Instance(obj) => {
                            if !v.is_none() {
                                let tn = self.type_name(v);
                                return Err(self.type_error(format!(
                                    "__init__() should return None, not '{tn}'"
                                )));
                            }
                            v = obj;
                        }
                        ReturnHook::BinaryOp { a, b, arg } => {
                            if v == Value::NOT_IMPLEMENTED {
                                let (op, inplace) = BinaryOp::from_arg(arg);
                                return Err(if inplace {
                                    self.unsupported_inplace(a, b, op)
                                } else {
                                    self.unsupported(a, b, op)
                                });
                            }
                        }
                    }
                    top_frame!(self).push(v);
                }
                Op::BUILD_TUPLE => {
                    let items = frame.pop_n(arg as usize);
                    let t = self.new_tuple(items);
                    top_frame!(self).push(t);
                }
                Op::BUILD_LIST => {
                    let items = frame.pop_n(arg as usize);
                    let l = self.new_list(items);
                    top_frame!(self).push(l);
                }
                // Hashing may run Python code (a user __hash__/__eq__) and so collect: the
                // items stay on the stack, rooted, until they are in the new container.
                Op::BUILD_SET => {
                    let n = arg as usize;
                    let s = self.new_set(SetTable::new(), false);
                    top_frame!(self).push(s);
                    for i in 0..n {
                        let v = top_frame!(self).peek(n + 1 - i);
                        self.set_add(s, v)?;
                    }
                    let f = top_frame!(self);
                    let len = f.slots.len();
                    f.slots.drain(len - 1 - n..len - 1);
                }
                Op::BUILD_MAP => {
                    let n = 2 * arg as usize;
                    let d = self.new_dict();
                    top_frame!(self).push(d);
                    for i in (0..n).step_by(2) {
                        let f = top_frame!(self);
                        let (k, v) = (f.peek(n + 1 - i), f.peek(n - i));
                        self.dict_set(d, k, v)?;
                    }
                    let f = top_frame!(self);
                    let len = f.slots.len();
                    f.slots.drain(len - 1 - n..len - 1);
                }
                Op::BUILD_STRING => {
                    let items = frame.pop_n(arg as usize);
                    let mut s = String::new();
                    for v in items {
                        s.push_str(Vm::str_of(v));
                    }
                    let v = self.new_str(s);
                    top_frame!(self).push(v);
                }
                Op::LIST_APPEND => {
                    let v = frame.pop();
                    let list = frame.peek(arg as usize);
                    if let Some(l) = list.get::<ListObj>() {
                        l.items.borrow_mut().push(v);
                    }
                }
                Op::SET_ADD => {
                    let v = frame.top();
                    let set = frame.peek(arg as usize + 1);
                    self.set_add(set, v)?;
                    top_frame!(self).pop();
                }
                Op::MAP_ADD => {
                    let (k, v) = (frame.peek(2), frame.peek(1));
                    let d = frame.peek(arg as usize + 2);
                    self.dict_set(d, k, v)?;
                    let f = top_frame!(self);
                    f.pop();
                    f.pop();
                }
                Op::LIST_EXTEND => {
                    let it = frame.pop();
                    let list = frame.peek(arg as usize);
                    top_frame!(self).push(it); // keep rooted while iterating
                    let items = self.collect_iter(it)?;
                    top_frame!(self).pop();
                    if let Some(l) = list.get::<ListObj>() {
                        l.items.borrow_mut().extend(items);
                    }
                }
                Op::SET_UPDATE => {
                    let it = frame.pop();
                    let set = frame.peek(arg as usize);
                    top_frame!(self).push(it);
                    self.set_update(set, it)?;
                    top_frame!(self).pop();
                }
                Op::DICT_UPDATE => {
                    let other = frame.pop();
                    let d = frame.peek(arg as usize);
                    top_frame!(self).push(other);
                    self.dict_merge(d, other, false)?;
                    top_frame!(self).pop();
                }
                Op::DICT_MERGE => {
                    // `f(**other)`: the callable sits below self_or_null and the args tuple.
                    let other = frame.pop();
                    let d = frame.peek(arg as usize);
                    let callable = frame.peek(arg as usize + 3);
                    top_frame!(self).push(other);
                    let r = self.dict_merge(d, other, true);
                    top_frame!(self).pop();
                    if let Err(e) = r {
                        let prefix = self.function_display_name(callable);
                        let msg = self.exception_message(e.0);
                        return Err(self.type_error(format!("{prefix} {msg}")));
                    }
                }
                Op::LIST_TO_TUPLE => {
                    let l = frame.pop();
                    let items = l.get::<ListObj>().map(|l| l.to_vec()).unwrap_or_default();
                    let t = self.new_tuple(items);
                    top_frame!(self).push(t);
                }
                Op::FORMAT_VALUE => {
                    let spec = if arg & 4 != 0 {
                        frame.pop()
                    } else {
                        Value::NULL
                    };
                    let v = frame.top();
                    let v = match arg & 3 {
                        1 => {
                            let s = self.to_str(v)?;
                            self.new_str(s)
                        }
                        2 => {
                            let s = self.repr(v)?;
                            self.new_str(s)
                        }
                        3 => {
                            let s = self.ascii(v)?;
                            self.new_str(s)
                        }
                        _ => v,
                    };
                    let out = if spec.is_null() && v.is::<StrObj>() {
                        v
                    } else {
                        let spec_str = if spec.is_null() { "" } else { Vm::str_of(spec) };
                        let s = self.format_value(v, spec_str)?;
                        self.new_str(s)
                    };
                    top_frame!(self).set_peek(1, out);
                }
                Op::UNPACK_SEQUENCE => {
                    adaptive!(self, code, ip, op);
                    self.generic_unpack_sequence(arg)?;
                }
                Op::UNPACK_EX => {
                    let seq = frame.pop();
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let items = self.unpack_ex(seq, before, after)?;
                    let f = top_frame!(self);
                    for v in items.into_iter().rev() {
                        f.push(v);
                    }
                }
                Op::MAKE_FUNCTION => {
                    let code_v = frame.pop();
                    let closure = if arg & 8 != 0 {
                        frame.pop()
                    } else {
                        Value::NULL
                    };
                    if arg & 4 != 0 {
                        frame.pop();
                    }
                    let kwdefaults = if arg & 2 != 0 {
                        frame.pop()
                    } else {
                        Value::NULL
                    };
                    let defaults = if arg & 1 != 0 {
                        frame.pop()
                    } else {
                        Value::NULL
                    };
                    let globals = frame.globals;
                    let f = self.make_function(code_v, globals, defaults, kwdefaults, closure)?;
                    top_frame!(self).push(f);
                }
                Op::CALL => {
                    adaptive!(self, code, ip, op);
                    self.do_call(arg as usize, Value::NULL)?;
                }
                Op::CALL_KW => {
                    let names = frame.pop();
                    self.do_call(arg as usize, names)?;
                }
                Op::CALL_FUNCTION_EX => {
                    let kwargs = if arg & 1 != 0 {
                        frame.pop()
                    } else {
                        Value::NULL
                    };
                    let args = frame.pop();
                    let self_or_null = frame.pop();
                    let callable = frame.pop();
                    let mut values: Vec<Value> = Vec::new();
                    if !self_or_null.is_null() {
                        values.push(self_or_null);
                    }
                    let pos = match args.get::<TupleObj>() {
                        Some(t) => t.items.to_vec(),
                        None => self.collect_iter(args)?,
                    };
                    values.extend(pos);
                    let mut kwnames = Vec::new();
                    if !kwargs.is_null() {
                        if let Some(d) = kwargs.get::<DictObj>() {
                            let entries: Vec<_> = d.table.borrow().iter().collect();
                            for e in entries {
                                if !e.key.is::<StrObj>() {
                                    return Err(self.type_error("keywords must be strings"));
                                }
                                kwnames.push(e.key);
                            }
                            let vals: Vec<Value> = d.table.borrow().values();
                            values.extend(vals);
                        }
                    }
                    // Keep everything rooted on the stack during the call.
                    let f = top_frame!(self);
                    f.push(callable);
                    f.push(Value::NULL);
                    let n = values.len();
                    for v in &values {
                        f.push(*v);
                    }
                    let names_tuple = self.new_tuple(kwnames);
                    self.do_call_values(n, names_tuple)?;
                }
                Op::RAISE_VARARGS => {
                    return Err(self.do_raise(arg)?);
                }
                Op::PUSH_EXC_INFO => {
                    let exc = frame.pop();
                    let prev = if self.handled_exc.is_null() {
                        Value::NONE
                    } else {
                        self.handled_exc
                    };
                    let f = top_frame!(self);
                    f.push(prev);
                    f.push(exc);
                    self.handled_exc = exc;
                }
                Op::POP_EXCEPT => {
                    let prev = frame.pop();
                    self.handled_exc = if prev.is_none() { Value::NULL } else { prev };
                }
                Op::CHECK_EXC_MATCH => {
                    let spec = frame.pop();
                    let exc = frame.top();
                    let m = self.exception_matches(exc, spec)?;
                    top_frame!(self).push(Value::bool(m));
                }
                Op::RERAISE => {
                    let exc = frame.pop();
                    self.reraising = true;
                    return Err(PyErr(exc));
                }
                Op::LOAD_ASSERTION_ERROR => {
                    let c = self.exc_class(ExcName::AssertionError);
                    top_frame!(self).push(c);
                }
                Op::LOAD_BUILD_CLASS => {
                    let key = self.intern("__build_class__");
                    let b = self.builtins;
                    match self.dict_get(b, key)? {
                        Some(v) => top_frame!(self).push(v),
                        None => {
                            return Err(self.err(ExcName::NameError, "__build_class__ not found"))
                        }
                    }
                }
                Op::SETUP_ANNOTATIONS => {
                    let ns = if frame.locals_ns.is_null() {
                        frame.globals
                    } else {
                        frame.locals_ns
                    };
                    let key = self.intern("__annotations__");
                    if self.dict_get(ns, key)?.is_none() {
                        let d = self.new_dict();
                        self.dict_set(ns, key, d)?;
                    }
                }
                Op::IMPORT_NAME => {
                    let fromlist = frame.pop();
                    let level = frame.pop();
                    let globals = frame.globals;
                    let m = self.import_name(code.names[arg as usize], fromlist, level, globals)?;
                    top_frame!(self).push(m);
                }
                Op::IMPORT_FROM => {
                    let m = frame.top();
                    let v = self.import_from(m, code.names[arg as usize])?;
                    top_frame!(self).push(v);
                }
                Op::YIELD_VALUE => {
                    let v = frame.pop();
                    self.yielded = true;
                    return Ok(Flow::Return(v));
                }
                Op::SEND => {
                    let v = frame.pop();
                    let sub = frame.top();
                    match self.send_into(sub, v)? {
                        super::generator::GenStep::Yielded(y) => top_frame!(self).push(y),
                        super::generator::GenStep::Returned(r) => {
                            let f = top_frame!(self);
                            f.pop();
                            f.push(r);
                            f.ip = arg as usize;
                        }
                    }
                }
                Op::GET_YIELD_FROM_ITER => {
                    let v = frame.pop();
                    let it = if v.is::<GeneratorObj>() {
                        v
                    } else {
                        self.get_iter(v)?
                    };
                    top_frame!(self).push(it);
                }
                Op::GET_AWAITABLE => {
                    let v = frame.pop();
                    if !v
                        .get::<GeneratorObj>()
                        .map(|g| g.is_coroutine)
                        .unwrap_or(false)
                    {
                        let tn = self.type_name(v);
                        return Err(self.type_error(format!(
                            "object {tn} can't be used in 'await' expression"
                        )));
                    }
                    top_frame!(self).push(v);
                }
                Op::BEFORE_WITH => {
                    let mgr = frame.pop();
                    let ty = self.type_of(mgr);
                    let (enter_k, exit_k) = (self.intern("__enter__"), self.intern("__exit__"));
                    let (Some(enter), Some(exit)) = (
                        self.lookup_in_mro(ty, enter_k),
                        self.lookup_in_mro(ty, exit_k),
                    ) else {
                        let tn = self.type_name(mgr);
                        return Err(self.type_error(format!(
                            "'{tn}' object does not support the context manager protocol"
                        )));
                    };
                    let exit_bound = self.bind_attribute(exit, mgr, ty)?;
                    top_frame!(self).push(exit_bound);
                    let entered = self.call_method_value(enter, mgr, &[mgr])?;
                    top_frame!(self).push(entered);
                }
                Op::WITH_EXCEPT_START => {
                    let exc = frame.peek(1);
                    let exit = frame.peek(4);
                    let ty = self.type_of(exc);
                    let r = self.call_value(exit, &[ty, exc, Value::NONE])?;
                    top_frame!(self).push(r);
                }
                Op::IMPORT_STAR => {
                    let m = frame.pop();
                    let ns = if frame.locals_ns.is_null() {
                        frame.globals
                    } else {
                        frame.locals_ns
                    };
                    self.import_star(m, ns)?;
                }
                Op::GET_LEN => {
                    let subject = frame.top();
                    let n = self.len(subject)?;
                    let v = self.new_int(n as i64);
                    top_frame!(self).push(v);
                }
                Op::MATCH_MAPPING => {
                    let subject = frame.top();
                    let m = self.is_mapping_for_match(subject);
                    top_frame!(self).push(Value::bool(m));
                }
                Op::MATCH_SEQUENCE => {
                    let subject = frame.top();
                    let m = self.is_sequence_for_match(subject);
                    top_frame!(self).push(Value::bool(m));
                }
                Op::MATCH_KEYS => {
                    let keys = frame.top();
                    let subject = frame.peek(2);
                    let r = self.match_keys(subject, keys)?;
                    top_frame!(self).push(r);
                }
                Op::MATCH_CLASS => {
                    let kwnames = frame.pop();
                    let cls = frame.pop();
                    let subject = frame.pop();
                    let r = self.match_class(subject, cls, arg as usize, kwnames)?;
                    top_frame!(self).push(r);
                }
                // Tier 1's specialized forms (generated from the instruction table).
                _ => self.run_specialized(op, arg, code, ip)?,
            }
        }
    }

    /// A specialized instruction: its micro-ops; on a guard miss, the generic instruction.
    #[inline(always)]
    fn run_specialized(
        &mut self,
        op: Op,
        arg: u32,
        code: &'static CodeObj,
        ip: usize,
    ) -> PyResult<()> {
        let cx = Cx {
            code,
            ip,
            arg,
            cache: &code.caches[ip],
            entry: std::cell::Cell::new(0),
        };
        match exec_specialized(self, op, &cx)? {
            Spec::Hit => {
                self.spec.stats.count_hit(op);
                Ok(())
            }
            Spec::Miss => {
                self.spec_miss(code, ip, op, arg);
                self.run_generic(op.family(), code, arg)
            }
        }
    }

    /// The generic form of a family that can specialize.
    #[inline(never)]
    fn run_generic(&mut self, family: Op, code: &'static CodeObj, arg: u32) -> PyResult<()> {
        match family {
            Op::BINARY_OP => self.generic_binary_op(arg),
            Op::BINARY_SUBSCR => self.generic_binary_subscr(),
            Op::STORE_SUBSCR => self.generic_store_subscr(),
            Op::COMPARE_OP => self.generic_compare_op(arg),
            Op::CONTAINS_OP => self.generic_contains_op(arg),
            Op::LOAD_GLOBAL => self.generic_load_global(code, arg),
            Op::LOAD_ATTR => self.generic_load_attr(code, arg),
            Op::LOAD_METHOD => self.generic_load_method(code, arg),
            Op::STORE_ATTR => self.generic_store_attr(code, arg),
            Op::CALL => self.do_call(arg as usize, Value::NULL),
            Op::FOR_ITER => self.generic_for_iter(arg),
            Op::UNPACK_SEQUENCE => self.generic_unpack_sequence(arg),
            other => unreachable!("{} has no specialized forms", other.name()),
        }
    }

    fn generic_binary_op(&mut self, arg: u32) -> PyResult<()> {
        let frame = top_frame!(self);
        let b = frame.pop();
        let a = frame.pop();
        let (bop, inplace) = BinaryOp::from_arg(arg);
        let r = if inplace {
            self.inplace_op(a, b, bop)?
        } else {
            self.binary_op(a, b, bop)?
        };
        top_frame!(self).push(r);
        Ok(())
    }

    fn generic_binary_subscr(&mut self) -> PyResult<()> {
        let frame = top_frame!(self);
        let key = frame.pop();
        let container = frame.pop();
        let v = self.get_item(container, key)?;
        top_frame!(self).push(v);
        Ok(())
    }

    fn generic_store_subscr(&mut self) -> PyResult<()> {
        let frame = top_frame!(self);
        let key = frame.pop();
        let container = frame.pop();
        let v = frame.pop();
        self.set_item(container, key, v)
    }

    fn generic_compare_op(&mut self, arg: u32) -> PyResult<()> {
        let frame = top_frame!(self);
        let b = frame.pop();
        let a = frame.pop();
        let r = self.compare(a, b, CompareOp::from_arg(arg))?;
        top_frame!(self).push(r);
        Ok(())
    }

    fn generic_contains_op(&mut self, arg: u32) -> PyResult<()> {
        let frame = top_frame!(self);
        let b = frame.pop();
        let a = frame.pop();
        let r = self.contains(b, a)?;
        top_frame!(self).push(Value::bool(r != (arg == 1)));
        Ok(())
    }

    fn generic_load_global(&mut self, code: &CodeObj, arg: u32) -> PyResult<()> {
        let name = code.names[arg as usize];
        let globals = top_frame!(self).globals;
        let v = self.load_global(globals, name)?;
        top_frame!(self).push(v);
        Ok(())
    }

    fn generic_load_attr(&mut self, code: &CodeObj, arg: u32) -> PyResult<()> {
        let obj = top_frame!(self).pop();
        let v = self.get_attr(obj, code.names[arg as usize])?;
        top_frame!(self).push(v);
        Ok(())
    }

    fn generic_store_attr(&mut self, code: &CodeObj, arg: u32) -> PyResult<()> {
        let frame = top_frame!(self);
        let obj = frame.pop();
        let v = frame.pop();
        self.set_attr(obj, code.names[arg as usize], v)
    }

    fn generic_load_method(&mut self, code: &CodeObj, arg: u32) -> PyResult<()> {
        let obj = top_frame!(self).pop();
        let name = code.names[arg as usize];
        match self.lookup_method(obj, name)? {
            Some(func) => {
                let f = top_frame!(self);
                f.push(func);
                f.push(obj);
            }
            None => {
                let v = self.get_attr(obj, name)?;
                let f = top_frame!(self);
                f.push(v);
                f.push(Value::NULL);
            }
        }
        Ok(())
    }

    fn generic_for_iter(&mut self, arg: u32) -> PyResult<()> {
        let it = top_frame!(self).top();
        match self.iter_next(it)? {
            Some(v) => top_frame!(self).push(v),
            None => {
                let f = top_frame!(self);
                f.pop();
                f.ip = arg as usize;
            }
        }
        Ok(())
    }

    fn generic_unpack_sequence(&mut self, arg: u32) -> PyResult<()> {
        let seq = top_frame!(self).pop();
        let items = self.unpack(seq, arg as usize)?;
        let f = top_frame!(self);
        for v in items.into_iter().rev() {
            f.push(v);
        }
        Ok(())
    }

    /// CALL / CALL_KW: `[callable, self_or_null, args…]` on the stack, `argc` values.
    fn do_call(&mut self, argc: usize, kwnames: Value) -> PyResult<()> {
        let f = top_frame!(self);
        let len = f.slots.len();
        let self_or_null = f.slots[len - argc - 1];
        let n = if self_or_null.is_null() {
            argc
        } else {
            argc + 1
        };
        self.do_call_values(n, kwnames)
    }

    /// Call with the top `n` stack values as arguments. Below them is either the self slot's
    /// NULL then the callable (`[callable, NULL, args…]`) or, when self is among the `n`
    /// values, the callable directly (`[callable, self, args…]`). Replaces it all with the
    /// result; a Python function gets a new frame and the loop continues in it.
    fn do_call_values(&mut self, n: usize, kwnames: Value) -> PyResult<()> {
        let depth_ok = self.frames.len() < self.recursion_limit;
        let f = top_frame!(self);
        let len = f.slots.len();
        let args_start = len - n;
        let callable_idx = if f.slots[args_start - 1].is_null() {
            args_start - 2
        } else {
            args_start - 1
        };
        let mut callable = f.slots[callable_idx];
        // Fast path: a plain Python function called with exactly its positional parameters
        // (no defaults, *args or keywords): the same frame entry as tier 1's calls.
        if kwnames.is_null() && depth_ok {
            let plain = callable
                .get::<FunctionObj>()
                .and_then(|func| func.code.get::<CodeObj>())
                .and_then(crate::runtime::vm::specialize::plain_arity)
                == Some(n);
            if plain {
                self.enter_function(callable, callable_idx, args_start, ReturnHook::Plain);
                return Ok(());
            }
        }
        let kwnames: &[Value] = kwnames
            .get::<TupleObj>()
            .map(|t| &t.items[..])
            .unwrap_or(&[]);
        let mut args = ArgBuf::new();
        if let Some(m) = callable.get::<BoundMethodObj>() {
            if m.func.is::<FunctionObj>() {
                args.extend(&[m.receiver]);
                callable = m.func;
            }
        }
        args.extend(&f.slots[args_start..]);
        if callable.is::<FunctionObj>() {
            let frame = self.make_frame(callable, args.as_slice(), kwnames)?;
            if Vm::is_generator_code(frame.code) {
                let g = self.new_generator(frame);
                let f = top_frame!(self);
                f.slots.truncate(callable_idx);
                f.push(g);
                return Ok(());
            }
            top_frame!(self).slots.truncate(callable_idx);
            self.push_frame(frame);
            self.safepoint();
            return Ok(());
        }
        // The arguments stay on this frame's stack (rooted) until the native call returns.
        let result = self.call_native(callable, args.as_slice(), kwnames)?;
        let f = top_frame!(self);
        f.slots.truncate(callable_idx);
        f.push(result);
        Ok(())
    }

    fn do_raise(&mut self, arg: u32) -> PyResult<PyErr> {
        let frame = top_frame!(self);
        match arg {
            0 => {
                if self.handled_exc.is_null() || self.handled_exc.is_none() {
                    return Err(self.runtime_error("No active exception to reraise"));
                }
                self.reraising = true;
                Ok(PyErr(self.handled_exc))
            }
            1 => {
                let v = frame.pop();
                let exc = self.make_raisable(v)?;
                Ok(PyErr(exc))
            }
            _ => {
                let cause = frame.pop();
                let v = frame.pop();
                let exc = self.make_raisable(v)?;
                let cause = if cause.is_none() {
                    Value::NONE
                } else {
                    match self.make_raisable(cause) {
                        Ok(c) => c,
                        Err(_) => {
                            return Err(
                                self.type_error("exception causes must derive from BaseException")
                            )
                        }
                    }
                };
                if let Some(e) = exc.get::<ExceptionObj>() {
                    e.cause.set(cause);
                    e.suppress_context.set(true);
                }
                Ok(PyErr(exc))
            }
        }
    }

    fn unbound_cell_error(&mut self, code: &CodeObj, i: usize) -> PyErr {
        let ncellvars = code.unit.cellvars.len();
        if i < ncellvars {
            let name = code.unit.cellvars[i].clone();
            self.err(
                ExcName::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            let name = code.unit.freevars[i - ncellvars].clone();
            self.err(
                ExcName::NameError,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    /// How CPython names a callable in call errors: `module.qualname()` (`print()` for
    /// builtins).
    pub fn function_display_name(&mut self, f: Value) -> String {
        let qualname = self
            .get_attr_str(f, "__qualname__")
            .ok()
            .map(|q| Vm::str_of(q).to_string());
        let module = self
            .get_attr_str(f, "__module__")
            .ok()
            .filter(|m| m.is::<StrObj>())
            .map(|m| Vm::str_of(m).to_string());
        match (qualname, module) {
            (Some(q), Some(m)) if m != "builtins" => format!("{m}.{q}()"),
            (Some(q), _) => format!("{q}()"),
            _ => {
                let tn = self.type_name(f);
                format!("{tn} object")
            }
        }
    }

    pub fn name_error(&mut self, name: Value) -> PyErr {
        let n = Vm::str_of(name).to_string();
        self.err(ExcName::NameError, format!("name '{n}' is not defined"))
    }

    /// A global: the module's dict, then builtins.
    pub fn load_global(&mut self, globals: Value, name: Value) -> PyResult<Value> {
        if let Some(v) = self.dict_get(globals, name)? {
            return Ok(v);
        }
        let b = self.builtins;
        if let Some(v) = self.dict_get(b, name)? {
            return Ok(v);
        }
        Err(self.name_error(name))
    }

    pub fn make_function(
        &mut self,
        code_v: Value,
        globals: Value,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> PyResult<Value> {
        let code = code_v
            .get::<CodeObj>()
            .ok_or_else(|| self.type_error("MAKE_FUNCTION needs a code object"))?;
        let module_key = self.names.name;
        let module = self.dict_get(globals, module_key)?.unwrap_or(Value::NONE);
        let doc = match &code.unit.doc {
            Some(d) => {
                let d = d.clone();
                self.new_str(d)
            }
            None => Value::NONE,
        };
        Ok(self.alloc(FunctionObj {
            header: Default::default(),
            code: code_v,
            globals,
            defaults: Cell::new(defaults),
            kwdefaults: Cell::new(kwdefaults),
            closure,
            name: Cell::new(code.name),
            qualname: Cell::new(code.qualname),
            dict: Cell::new(Value::NULL),
            module,
            doc: Cell::new(doc),
        }))
    }

    /// Run a module's code with `globals` as its namespace.
    pub fn run_module_code(&mut self, code_v: Value, globals: Value) -> PyResult<Value> {
        let code = code_v.get::<CodeObj>().expect("code");
        let mut slots =
            Vec::with_capacity(code.nlocals + code.ncells + code.unit.stacksize as usize);
        slots.resize(code.nlocals + code.ncells, Value::NULL);
        let frame = Frame {
            code,
            code_value: code_v,
            func: Value::NULL,
            globals,
            locals_ns: if code.unit.flags & code_flags::MODULE != 0 {
                Value::NULL
            } else {
                globals
            },
            slots,
            ip: 0,
            lasti: 0,
            is_entry: true,
            on_return: ReturnHook::Plain,
        };
        self.run_frame(frame)
    }
}

/// A small inline buffer for call arguments (no heap allocation for up to 8).
enum ArgBuf {
    Inline([Value; 8], usize),
    Heap(Vec<Value>),
}

impl ArgBuf {
    fn new() -> ArgBuf {
        ArgBuf::Inline([Value::NULL; 8], 0)
    }
    fn extend(&mut self, s: &[Value]) {
        match self {
            ArgBuf::Inline(a, n) if *n + s.len() <= 8 => {
                a[*n..*n + s.len()].copy_from_slice(s);
                *n += s.len();
            }
            ArgBuf::Inline(a, n) => {
                let mut v = a[..*n].to_vec();
                v.extend_from_slice(s);
                *self = ArgBuf::Heap(v);
            }
            ArgBuf::Heap(v) => v.extend_from_slice(s),
        }
    }
    fn as_slice(&self) -> &[Value] {
        match self {
            ArgBuf::Inline(a, n) => &a[..*n],
            ArgBuf::Heap(v) => v,
        }
    }
}

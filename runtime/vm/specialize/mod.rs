//! Tier 1: the specializing adaptive interpreter.
//!
//! Every instruction of a family that can specialize (BINARY_OP, LOAD_ATTR, CALL, …) counts
//! down in its inline cache. At zero, the specializer here looks at the operands the
//! instruction is about to use and, when it recognises them, rewrites the instruction in
//! place (`CodeObj::quick`) into a specialized form from the instruction table and fills the
//! cache with what the form's guards check (a type version, a shape, a dict layout version,
//! a function). A form whose guards fail runs the generic instruction instead and counts a
//! miss; after `MISS_BUDGET` misses it is rewritten back to the base instruction, which waits
//! before trying again, twice as long after each failure (exponential backoff).
//!
//! Correctness under mutation comes from versions, never from the specializer's guesses:
//! a class mutation gives the class and all its subclasses fresh, never reused type versions
//! (`Vm::type_modified`); a dict's key layout version changes whenever a key is added or removed. Values
//! are then read fresh from the dict entry or instance slot the version vouches for.

pub mod stats;
pub(crate) mod uops;

use super::frame::ReturnHook;
use super::{Frame, Vm};
use crate::runtime::bytecode::{code_flags, BinaryOp, Instr, Op, Uop};
use crate::runtime::object::instance::DICT_MODE;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use stats::SpecStats;

/// Executions of a base instruction before its first attempt to specialize.
const WARMUP: u16 = 1;
/// Guard misses a specialized instruction tolerates before it is de-specialized.
const MISS_BUDGET: u16 = 52;
/// Backoff after the first failure: wait 2^4 - 1 executions; doubles up to 2^12 - 1.
const FIRST_BACKOFF: u8 = 4;
const MAX_BACKOFF: u8 = 12;

/// Tier 1's state in the VM.
pub struct SpecState {
    pub stats: SpecStats,
    /// `STITCH_SPEC_TRACE=1`: print each failed attempt to specialize (what the operands were).
    pub trace_failures: bool,
    /// Interned one-character strs by ASCII code (NULL until first used); interned strs are
    /// kept alive by the intern table.
    ascii_chars: Vec<Value>,
}

impl Default for SpecState {
    fn default() -> Self {
        SpecState {
            stats: Default::default(),
            trace_failures: false,
            ascii_chars: vec![Value::NULL; 128],
        }
    }
}

impl SpecState {
    /// Nothing to mark: the one-character strs are kept by the intern table.
    pub fn trace(&self, _m: &mut crate::runtime::heap::Marker) {}
}

/// A code object's parameters are plain positionals, so a call with exactly `argcount`
/// positional values can copy them into the new frame (no `*args`, `**kwargs`, keyword-only
/// parameters, or generator; cells are made by `enter_function`).
pub fn plain_arity(code: &CodeObj) -> Option<usize> {
    if code.unit.kwonlyargcount != 0 {
        return None;
    }
    positional_arity(code, false)
}

/// Like `plain_arity`, but keyword-only parameters are allowed (their defaults are filled by
/// CALL_PY_WITH_DEFAULTS), and a generator function too when `generator`.
fn positional_arity(code: &CodeObj, generator: bool) -> Option<usize> {
    let u = &code.unit;
    let gen_flags = code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR;
    let is_gen = u.flags & gen_flags != 0;
    if is_gen != generator || u.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) != 0 {
        return None;
    }
    Some(u.argcount as usize)
}

/// Forget a cache's extra entries (the site is specialized afresh).
fn clear_extra(c: &InlineCache) {
    if let Some(extra) = c.extra.get() {
        for e in extra.iter() {
            e.version.set(0);
            e.value.set(Value::NULL);
        }
    }
}

fn plain_function_arity(f: Value) -> Option<usize> {
    let func = f.get::<FunctionObj>()?;
    plain_arity(func.code.get::<CodeObj>()?)
}

impl Vm {
    pub fn new_inline_cache(&self) -> InlineCache {
        let c = InlineCache::default();
        c.counter.set(WARMUP);
        c
    }

    /// The version of `ty`, which an inline cache is about to hold. (`Vm::type_modified`
    /// renews it, and those of all subclasses, when the class changes.)
    fn watch_type(&mut self, ty: Value) -> u64 {
        ty.get::<TypeObj>().map(|t| t.version.get()).unwrap_or(0)
    }

    /// Enter Python function `func` (a plain one, see `plain_arity`) with the values from
    /// `args_start` to the top of the current stack as its arguments; the stack is cut back
    /// to `callable_idx`, where the function's result will be pushed. `on_return`: see
    /// `Frame::on_return`.
    pub(crate) fn enter_function(
        &mut self,
        func: Value,
        callable_idx: usize,
        args_start: usize,
        on_return: ReturnHook,
    ) {
        let fobj = func.get::<FunctionObj>().expect("a function");
        let code = fobj.code.get::<CodeObj>().expect("code");
        let slots = self.slots_for(fobj, code, callable_idx, args_start);
        // Field by field into the running frame's place: building a whole `Frame` value and
        // moving it in stalled on store forwarding (30% of fib's time went to these moves).
        let caller = {
            let f = &mut self.frame;
            Frame {
                code: std::mem::replace(&mut f.code, code),
                code_value: std::mem::replace(&mut f.code_value, fobj.code),
                func: std::mem::replace(&mut f.func, func),
                globals: std::mem::replace(&mut f.globals, fobj.globals),
                locals_ns: std::mem::replace(&mut f.locals_ns, Value::NULL),
                slots: std::mem::replace(&mut f.slots, slots),
                ip: std::mem::replace(&mut f.ip, 0),
                lasti: std::mem::replace(&mut f.lasti, 0),
                is_entry: std::mem::replace(&mut f.is_entry, false),
                on_return: std::mem::replace(&mut f.on_return, on_return),
            }
        };
        self.frames.push(caller);
        self.safepoint();
    }

    /// The slots of a new frame of `func`: the arguments (from `args_start` to the top of the
    /// current stack, which is cut back to `callable_idx`), the other locals unset, the cells.
    #[inline(always)]
    fn slots_for(
        &mut self,
        fobj: &FunctionObj,
        code: &'static CodeObj,
        callable_idx: usize,
        args_start: usize,
    ) -> Vec<Value> {
        let mut slots = self.take_slots(code.nlocals + code.ncells + code.unit.stacksize as usize);
        let f = &mut self.frame;
        slots.extend_from_slice(&f.slots[args_start..]);
        f.slots.truncate(callable_idx);
        slots.resize(code.nlocals + code.ncells, Value::NULL);
        if code.ncells > 0 {
            self.init_cells(fobj, code, &mut slots);
        }
        slots
    }

    /// The frame `enter_function` enters, not yet running (a generator function's call wraps
    /// it in a generator instead). Allocates cells but never collects.
    pub(crate) fn frame_for(
        &mut self,
        func: Value,
        callable_idx: usize,
        args_start: usize,
    ) -> Frame {
        let fobj = func.get::<FunctionObj>().expect("a function");
        let code = fobj.code.get::<CodeObj>().expect("code");
        let slots = self.slots_for(fobj, code, callable_idx, args_start);
        Frame {
            code,
            code_value: fobj.code,
            func,
            globals: fobj.globals,
            locals_ns: Value::NULL,
            slots,
            ip: 0,
            lasti: 0,
            is_entry: false,
            on_return: ReturnHook::Plain,
        }
    }

    /// A specialized instruction's guard failed: count it, and de-specialize after too many.
    pub(crate) fn spec_miss(&mut self, code: &'static CodeObj, ip: usize, op: Op, arg: u32) {
        self.spec.stats.count_miss(op);
        let c = &code.caches[ip];
        let polymorphic = op.uops().first() == Some(&Uop::GUARD_INSTANCE_LAYOUT)
            || matches!(op, Op::CALL_PY_EXACT_ARGS | Op::CALL_PY_GENERATOR);
        let free_entry = if polymorphic {
            let extra = c.extra.get_or_init(Default::default);
            extra.iter().position(|e| e.version.get() == 0)
        } else {
            None
        };
        if let Some(slot) = free_entry {
            // Another (class, shape) for this site: specialize again for the operand now on
            // the stack and, if it gives the same form, keep the result as an extra entry.
            let first = (c.version.get(), c.aux.get(), c.index.get(), c.value.get());
            code.quick[ip].set(Instr {
                op: op.family(),
                arg,
            });
            let same = self.specialize_form(code, ip) == Some(op);
            if same {
                let e = &c.extra.get().expect("made above")[slot];
                // (Call entries have no version; 1 marks the entry used.)
                e.version.set(c.version.get().max(1));
                e.aux.set(c.aux.get());
                e.index.set(c.index.get());
                e.value.set(c.value.get());
            }
            c.version.set(first.0);
            c.aux.set(first.1);
            c.index.set(first.2);
            c.value.set(first.3);
            code.quick[ip].set(Instr { op, arg });
            if same {
                return;
            }
        }
        let left = c.counter.get();
        if left > 0 {
            c.counter.set(left - 1);
            return;
        }
        code.quick[ip].set(Instr {
            op: op.family(),
            arg,
        });
        clear_extra(c);
        self.spec.stats.count_deopt(op);
        let b = (c.backoff.get().max(FIRST_BACKOFF - 1) + 1).min(MAX_BACKOFF);
        c.backoff.set(b);
        c.counter.set((1u16 << b) - 1);
    }

    /// Try to specialize the base instruction at `ip` for the operands on the stack now.
    /// Returns whether it was rewritten.
    pub(crate) fn specialize(&mut self, code: &'static CodeObj, ip: usize) -> bool {
        let Instr { op, arg } = code.quick[ip].get();
        let cache = &code.caches[ip];
        clear_extra(cache);
        let form = self.specialize_form(code, ip);
        self.finish_specialize(code, ip, op, arg, form)
    }

    /// The form the base instruction at `ip` would take for the operands on the stack now,
    /// with the inline cache filled for it.
    fn specialize_form(&mut self, code: &'static CodeObj, ip: usize) -> Option<Op> {
        let Instr { op, arg } = code.quick[ip].get();
        let cache = &code.caches[ip];
        match op {
            Op::BINARY_OP => self.spec_binary_op(arg, cache),
            Op::BINARY_SUBSCR => self.spec_binary_subscr(),
            Op::STORE_SUBSCR => self.spec_store_subscr(),
            Op::COMPARE_OP => self.spec_compare_op(code, ip),
            Op::CONTAINS_OP => self.spec_contains_op(),
            Op::LOAD_GLOBAL => self.spec_load_global(code, arg, cache),
            Op::LOAD_ATTR => self.spec_load_attr(code, arg, cache),
            Op::LOAD_METHOD => self.spec_load_method(code, arg, cache),
            Op::STORE_ATTR => self.spec_store_attr(code, arg, cache),
            Op::CALL => self.spec_call(arg, cache),
            Op::FOR_ITER => self.spec_for_iter(),
            Op::UNPACK_SEQUENCE => self.spec_unpack_sequence(arg),
            _ => None,
        }
    }

    fn finish_specialize(
        &mut self,
        code: &'static CodeObj,
        ip: usize,
        op: Op,
        arg: u32,
        form: Option<Op>,
    ) -> bool {
        let cache = &code.caches[ip];
        match form {
            Some(form) => {
                debug_assert_eq!(form.family(), op);
                code.quick[ip].set(Instr { op: form, arg });
                cache.counter.set(MISS_BUDGET);
                self.spec.stats.count_specialized(form);
                true
            }
            None => {
                self.spec.stats.count_failure(op);
                if self.spec.trace_failures {
                    self.trace_failure(code, ip, op, arg);
                }
                let b = (cache.backoff.get().max(FIRST_BACKOFF - 1) + 1).min(MAX_BACKOFF);
                cache.backoff.set(b);
                cache.counter.set((1u16 << b) - 1);
                false
            }
        }
    }

    /// One line on stderr: where an instruction failed to specialize, and on what operands.
    fn trace_failure(&self, code: &CodeObj, ip: usize, op: Op, arg: u32) {
        let f = self.stack();
        let depth = f.slots.len() - f.stack_base();
        let operands: Vec<String> = (1..=depth.min(3))
            .rev()
            .map(|i| {
                let v = f.peek(i);
                if v.is_null() {
                    "NULL".to_string()
                } else {
                    self.type_name(v)
                }
            })
            .collect();
        let name = match op {
            o if o.arg_is_name() => format!(" {}", code.unit.names[arg as usize]),
            _ => format!(" {arg}"),
        };
        eprintln!(
            "stitch: no specialization for {}{} at {}:{} (stack top: {})",
            op.name(),
            name,
            code.unit.name,
            code.unit.lines.get(ip).copied().unwrap_or(0),
            operands.join(", ")
        );
    }

    /// The interned one-character str for an ASCII byte.
    pub(crate) fn ascii_char(&mut self, b: u8) -> Value {
        let i = (b & 0x7f) as usize;
        let v = self.spec.ascii_chars[i];
        if !v.is_null() {
            return v;
        }
        let c = [b & 0x7f];
        let v = self.intern(std::str::from_utf8(&c).unwrap_or("?"));
        self.spec.ascii_chars[i] = v;
        v
    }

    fn stack(&self) -> &Frame {
        &self.frame
    }

    fn spec_binary_op(&mut self, arg: u32, cache: &InlineCache) -> Option<Op> {
        let f = self.stack();
        let (a, b) = (f.peek(2), f.peek(1));
        let (bop, _) = BinaryOp::from_arg(arg);
        let is_num = |v: Value| v.is_small_int() || v.is_float();
        if a.is_small_int() && b.is_small_int() {
            return match bop {
                BinaryOp::Add => Some(Op::BINARY_OP_ADD_INT),
                BinaryOp::Sub => Some(Op::BINARY_OP_SUB_INT),
                BinaryOp::Mul => Some(Op::BINARY_OP_MUL_INT),
                BinaryOp::TrueDiv => Some(Op::BINARY_OP_TRUEDIV_INT),
                BinaryOp::FloorDiv
                | BinaryOp::Mod
                | BinaryOp::And
                | BinaryOp::Or
                | BinaryOp::Xor
                | BinaryOp::LShift
                | BinaryOp::RShift => Some(Op::BINARY_OP_INT),
                _ => None,
            };
        }
        if a.is_float() && b.is_float() {
            return match bop {
                BinaryOp::Add => Some(Op::BINARY_OP_ADD_FLOAT),
                BinaryOp::Sub => Some(Op::BINARY_OP_SUB_FLOAT),
                BinaryOp::Mul => Some(Op::BINARY_OP_MUL_FLOAT),
                BinaryOp::TrueDiv => Some(Op::BINARY_OP_TRUEDIV_FLOAT),
                BinaryOp::Pow => Some(Op::BINARY_OP_POW_FLOAT),
                _ => None,
            };
        }
        if is_num(a) && is_num(b) {
            return matches!(
                bop,
                BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::TrueDiv
            )
            .then_some(Op::BINARY_OP_FLOAT_MIXED);
        }
        if bop == BinaryOp::Add && a.is::<StrObj>() && b.is::<StrObj>() {
            return Some(Op::BINARY_OP_ADD_STR);
        }
        self.spec_binary_user(a, b, arg, cache)
    }

    /// BINARY_OP_USER: a is a plain instance (no builtin base) of a user class with a plain
    /// Python `__op__`, b is an instance of the same class or a small int / float, and for an
    /// in-place operator the class has no `__iop__`: then the generic protocol calls exactly
    /// `a.__op__(b)` and raises TypeError if that returns NotImplemented.
    fn spec_binary_user(
        &mut self,
        a: Value,
        b: Value,
        arg: u32,
        cache: &InlineCache,
    ) -> Option<Op> {
        let inst = a.get::<InstanceObj>()?;
        if !inst.base.get().is_null() {
            return None;
        }
        let cls = inst.class.get();
        let t = cls.get::<TypeObj>()?;
        if t.layout != Layout::Object {
            return None;
        }
        let same_class = b.get::<InstanceObj>().map(|i| i.class.get()) == Some(cls);
        if !same_class && !(b.is_small_int() || b.is_float()) {
            return None;
        }
        let (bop, inplace) = BinaryOp::from_arg(arg);
        let (name, _, iname) = bop.dunders();
        if inplace && self.user_special(a, iname).is_some() {
            return None;
        }
        let f = self.user_special(a, name)?;
        if plain_function_arity(f) != Some(2) {
            return None;
        }
        cache.version.set(self.watch_type(cls));
        cache.value.set(f);
        cache.index.set(if same_class { 0 } else { 1 });
        Some(Op::BINARY_OP_USER)
    }

    fn spec_binary_subscr(&self) -> Option<Op> {
        let f = self.stack();
        let (c, k) = (f.peek(2), f.peek(1));
        if c.is::<ListObj>() && k.is_small_int() {
            Some(Op::BINARY_SUBSCR_LIST_INT)
        } else if c.is::<TupleObj>() && k.is_small_int() {
            Some(Op::BINARY_SUBSCR_TUPLE_INT)
        } else if k.is_small_int() && c.get::<StrObj>().map(|s| s.is_ascii()).unwrap_or(false) {
            Some(Op::BINARY_SUBSCR_ASCII_STR_INT)
        } else if c.is::<DictObj>() {
            Some(Op::BINARY_SUBSCR_DICT)
        } else {
            None
        }
    }

    fn spec_store_subscr(&self) -> Option<Op> {
        let f = self.stack();
        let (c, k) = (f.peek(2), f.peek(1));
        if c.is::<ListObj>() && k.is_small_int() {
            Some(Op::STORE_SUBSCR_LIST_INT)
        } else if c.is::<DictObj>() {
            Some(Op::STORE_SUBSCR_DICT)
        } else {
            None
        }
    }

    fn spec_compare_op(&self, code: &CodeObj, ip: usize) -> Option<Op> {
        let f = self.stack();
        let (a, b) = (f.peek(2), f.peek(1));
        let fused = code
            .quick
            .get(ip + 1)
            .map(|i| matches!(i.get().op, Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE))
            .unwrap_or(false);
        let pick = |plain: Op, jump: Op| Some(if fused { jump } else { plain });
        if a.is_small_int() && b.is_small_int() {
            pick(Op::COMPARE_OP_INT, Op::COMPARE_OP_INT_JUMP)
        } else if a.is_float() && b.is_float() {
            pick(Op::COMPARE_OP_FLOAT, Op::COMPARE_OP_FLOAT_JUMP)
        } else if (a.is_float() && b.is_small_int()) || (a.is_small_int() && b.is_float()) {
            pick(Op::COMPARE_OP_MIXED, Op::COMPARE_OP_MIXED_JUMP)
        } else if a.is::<StrObj>() && b.is::<StrObj>() {
            pick(Op::COMPARE_OP_STR, Op::COMPARE_OP_STR_JUMP)
        } else {
            None
        }
    }

    fn spec_contains_op(&self) -> Option<Op> {
        let (item, c) = (self.stack().peek(2), self.stack().peek(1));
        if c.is::<StrObj>() && item.is::<StrObj>() {
            Some(Op::CONTAINS_OP_STR)
        } else if c.is::<DictObj>() {
            Some(Op::CONTAINS_OP_DICT)
        } else if c.is::<SetObj>() {
            Some(Op::CONTAINS_OP_SET)
        } else {
            None
        }
    }

    /// Entry index of str key `name` in `dict`, and the dict's layout version.
    fn dict_entry_of(&self, dict: Value, name: Value) -> Option<(Option<usize>, u64)> {
        let d = dict.get::<DictObj>()?;
        let s = name.get::<StrObj>()?;
        let mut eq = |a: Value, b: Value| -> Result<bool, ()> {
            Ok(match (a.get::<StrObj>(), b.get::<StrObj>()) {
                (Some(x), Some(y)) => x.as_str() == y.as_str(),
                _ => false,
            })
        };
        let mut t = d.table.borrow_mut();
        let i = t.find(name, s.hash(), &mut eq).ok()?;
        Some((i, t.version()))
    }

    fn spec_load_global(&mut self, code: &CodeObj, arg: u32, cache: &InlineCache) -> Option<Op> {
        let name = code.names[arg as usize];
        let globals = self.stack().globals;
        let (found, gv) = self.dict_entry_of(globals, name)?;
        if let Some(i) = found {
            cache.version.set(gv);
            cache.index.set(i as u32);
            return Some(Op::LOAD_GLOBAL_MODULE);
        }
        let (found, bv) = self.dict_entry_of(self.builtins, name)?;
        let i = found?;
        cache.version.set(gv);
        cache.aux.set(bv);
        cache.index.set(i as u32);
        Some(Op::LOAD_GLOBAL_BUILTIN)
    }

    /// Is `a` (found on a class) something attribute access returns as is, with no
    /// descriptor behaviour: a function (on a class), a number, a str, a tuple, a class?
    fn is_plain_class_attr(&self, a: Value) -> bool {
        !a.is_ptr()
            || a.is::<FunctionObj>()
            || a.is::<StrObj>()
            || a.is::<TupleObj>()
            || a.is::<TypeObj>()
            || a.is::<BigIntObj>()
    }

    /// A user class's instances use the plain attribute protocol (no `__getattribute__`,
    /// `__setattr__` or `__getattr__` of the class's own).
    fn class_has_hook(&self, cls: Value, hook: &str) -> bool {
        let Some(key) = self.interned_get(hook) else {
            return false;
        };
        matches!(self.lookup_in_mro(cls, key), Some(f) if f.is::<FunctionObj>())
    }

    fn spec_module_attr(&mut self, obj: Value, name: Value, cache: &InlineCache) -> bool {
        let Some(m) = obj.get::<ModuleObj>() else {
            return false;
        };
        match self.dict_entry_of(m.dict, name) {
            Some((Some(i), v)) => {
                cache.version.set(v);
                cache.index.set(i as u32);
                true
            }
            _ => false,
        }
    }

    /// `Class.name` where the attribute is plain (see `is_plain_class_attr`) and the class's
    /// metaclass is `type`: caches the value, guarded by the class version.
    fn spec_class_attr(&mut self, obj: Value, name: Value, cache: &InlineCache) -> bool {
        if !obj.is::<TypeObj>() || self.type_of(obj) != self.t.type_ {
            return false;
        }
        if Vm::str_of(name).starts_with("__") {
            return false;
        }
        let Some(attr) = self.lookup_in_mro(obj, name) else {
            return false;
        };
        if !self.is_plain_class_attr(attr) {
            return false;
        }
        // What the generic path returns now must be exactly the cached value.
        match self.get_attr(obj, name) {
            Ok(v) if v == attr => {}
            _ => return false,
        }
        cache.version.set(self.watch_type(obj));
        cache.value.set(attr);
        true
    }

    fn spec_load_attr(&mut self, code: &CodeObj, arg: u32, cache: &InlineCache) -> Option<Op> {
        let name = code.names[arg as usize];
        if Vm::str_of(name) == "__class__" || Vm::str_of(name) == "__dict__" {
            return None;
        }
        let obj = self.stack().top();
        if self.spec_module_attr(obj, name, cache) {
            return Some(Op::LOAD_ATTR_MODULE);
        }
        if self.spec_class_attr(obj, name, cache) {
            return Some(Op::LOAD_ATTR_CLASS);
        }
        let inst = obj.get::<InstanceObj>()?;
        let cls = inst.class.get();
        if self.class_has_hook(cls, "__getattribute__") {
            return None;
        }
        let class_attr = self.lookup_in_mro(cls, name);
        if let Some(p) = class_attr.and_then(|a| a.get::<PropertyObj>()) {
            if p.kind != DescriptorKind::Property || self.class_has_hook(cls, "__getattr__") {
                return None;
            }
            let getter = p.fget.get();
            if plain_function_arity(getter) != Some(1) {
                return None;
            }
            cache.version.set(self.watch_type(cls));
            cache.value.set(getter);
            return Some(Op::LOAD_ATTR_PROPERTY);
        }
        if let Some(a) = class_attr {
            if !self.is_plain_class_attr(a) && !a.is::<BuiltinObj>() {
                return None;
            }
        }
        let shape = inst.shape.get();
        if shape == DICT_MODE {
            return None;
        }
        let Some(slot) = self.shapes.lookup(shape, name) else {
            // Not the instance's own: a class constant (functions would need binding).
            let a = class_attr?;
            if !self.is_plain_class_attr(a) || a.is::<FunctionObj>() {
                return None;
            }
            cache.version.set(self.watch_type(cls));
            cache.aux.set(shape as u64);
            cache.value.set(a);
            return Some(Op::LOAD_ATTR_CLASS_VIA_INSTANCE);
        };
        cache.version.set(self.watch_type(cls));
        cache.aux.set(shape as u64);
        cache.index.set(slot as u32);
        Some(Op::LOAD_ATTR_INSTANCE_VALUE)
    }

    fn spec_load_method(&mut self, code: &CodeObj, arg: u32, cache: &InlineCache) -> Option<Op> {
        let name = code.names[arg as usize];
        if Vm::str_of(name) == "__class__" || Vm::str_of(name) == "__dict__" {
            return None;
        }
        let obj = self.stack().top();
        if self.spec_module_attr(obj, name, cache) {
            return Some(Op::LOAD_METHOD_MODULE);
        }
        if self.spec_class_attr(obj, name, cache) {
            return Some(Op::LOAD_METHOD_CLASS);
        }
        let method = self.lookup_method(obj, name).ok()??;
        if let Some(inst) = obj.get::<InstanceObj>() {
            let cls = inst.class.get();
            let shape = inst.shape.get();
            if shape == DICT_MODE
                || self.class_has_hook(cls, "__getattribute__")
                || !method.is::<FunctionObj>()
            {
                return None;
            }
            cache.version.set(self.watch_type(cls));
            cache.aux.set(shape as u64);
            cache.value.set(method);
            return Some(Op::LOAD_METHOD_WITH_VALUES);
        }
        // Builtin values: only kinds with no per-object attribute dict.
        let has_dict = obj.is::<FunctionObj>()
            || obj.is::<ExceptionObj>()
            || obj.is::<SuperObj>()
            || obj.is::<TypeObj>()
            || obj.is::<ModuleObj>();
        if has_dict {
            return None;
        }
        let ty = self.type_of(obj);
        if !ty.get::<TypeObj>().map(|t| t.is_builtin).unwrap_or(false) {
            return None;
        }
        cache.version.set(self.watch_type(ty));
        cache.value.set(method);
        Some(Op::LOAD_METHOD_NO_DICT)
    }

    fn spec_store_attr(&mut self, code: &CodeObj, arg: u32, cache: &InlineCache) -> Option<Op> {
        let name = code.names[arg as usize];
        let f = self.stack();
        let obj = f.top();
        let inst = obj.get::<InstanceObj>()?;
        let cls = inst.class.get();
        let t = cls.get::<TypeObj>()?;
        let n = Vm::str_of(name);
        if t.is_builtin || !t.slot_allows(n) || n == "__class__" || n == "__dict__" {
            return None;
        }
        if self.class_has_hook(cls, "__setattr__") {
            return None;
        }
        if let Some(a) = self.lookup_in_mro(cls, name) {
            if !self.is_plain_class_attr(a) && !a.is::<BuiltinObj>() {
                return None;
            }
        }
        let shape = inst.shape.get();
        if shape == DICT_MODE {
            return None;
        }
        let form = match self.shapes.lookup(shape, name) {
            Some(slot) => {
                cache.index.set(slot as u32);
                Op::STORE_ATTR_INSTANCE_VALUE
            }
            None => {
                if inst.values.borrow().len() != self.shapes.names(shape).len() {
                    return None;
                }
                let key = self.intern(n);
                let next = self.shapes.add(shape, key);
                cache.index.set(next);
                Op::STORE_ATTR_INSTANCE_ADD
            }
        };
        cache.version.set(self.watch_type(cls));
        cache.aux.set(shape as u64);
        Some(form)
    }

    fn spec_call(&mut self, argc: u32, cache: &InlineCache) -> Option<Op> {
        let f = self.stack();
        let len = f.slots.len();
        let ci = len - argc as usize - 2;
        let (callable, self_slot) = (f.slots[ci], f.slots[ci + 1]);
        let n = argc as usize + usize::from(!self_slot.is_null());
        if let Some(fobj) = callable.get::<FunctionObj>() {
            let code = fobj.code.get::<CodeObj>()?;
            cache.value.set(fobj.code);
            cache.index.set(n as u32);
            if positional_arity(code, true) == Some(n) && code.unit.kwonlyargcount == 0 {
                return Some(Op::CALL_PY_GENERATOR);
            }
            let arity = positional_arity(code, false)?;
            let kwonly = code.unit.kwonlyargcount as usize;
            if arity == n && kwonly == 0 {
                return Some(Op::CALL_PY_EXACT_ARGS);
            }
            let ndefaults = fobj
                .defaults
                .get()
                .get::<TupleObj>()
                .map(|t| t.items.len())
                .unwrap_or(0);
            let kw_defaulted = (0..kwonly).all(|i| {
                self.dict_get_str(fobj.kwdefaults.get(), code.varnames[arity + i])
                    .is_some()
            });
            if n <= arity && arity - n <= ndefaults && kw_defaulted {
                cache.aux.set(arity as u64);
                return Some(Op::CALL_PY_WITH_DEFAULTS);
            }
            return None;
        }
        if let Some(inst) = callable.get::<InstanceObj>() {
            let cls = inst.class.get();
            let key = self.interned_get("__call__")?;
            let call = self.lookup_in_mro(cls, key)?;
            if !self_slot.is_null() || plain_function_arity(call) != Some(argc as usize + 1) {
                return None;
            }
            cache.version.set(self.watch_type(cls));
            cache.value.set(call);
            return Some(Op::CALL_USER_CALLABLE);
        }
        if let Some(m) = callable.get::<BoundMethodObj>() {
            if !self_slot.is_null() || plain_function_arity(m.func) != Some(argc as usize + 1) {
                return None;
            }
            cache.value.set(m.func);
            return Some(Op::CALL_BOUND_METHOD_EXACT_ARGS);
        }
        if let Some(b) = callable.get::<BuiltinObj>() {
            if !b.bound.is_null() || b.name == "__new__" || n > 8 {
                return None;
            }
            cache.value.set(callable);
            cache.index.set(n as u32);
            let is_builtin = |vm: &Vm, s: &str| {
                vm.interned_get(s)
                    .and_then(|k| vm.dict_get_str(vm.builtins, k))
                    .map(|v| v == callable)
                    .unwrap_or(false)
            };
            if n == 1 && is_builtin(self, "len") {
                return Some(Op::CALL_LEN);
            }
            if n == 2 && is_builtin(self, "isinstance") {
                return Some(Op::CALL_ISINSTANCE);
            }
            return Some(Op::CALL_BUILTIN);
        }
        let t = callable.get::<TypeObj>()?;
        if t.is_builtin {
            if n > 8 {
                return None;
            }
            cache.value.set(callable);
            cache.index.set(n as u32);
            return Some(Op::CALL_BUILTIN_CLASS);
        }
        if !self_slot.is_null()
            || t.layout != Layout::Object
            || t.is_abstract.get()
            || self.type_of(callable) != self.t.type_
        {
            return None;
        }
        let new_key = self.intern("__new__");
        let init_key = self.intern("__init__");
        let user_new = self
            .lookup_in_mro(callable, new_key)
            .map(|v| match v.get::<PropertyObj>() {
                // `instantiate`'s rule: a staticmethod not wrapping a builtin is a user __new__.
                Some(p) => !p.fget.get().is::<BuiltinObj>(),
                None => v.is::<FunctionObj>(),
            })
            .unwrap_or(false);
        if user_new {
            return None;
        }
        let init = self.lookup_in_mro(callable, init_key)?;
        if plain_function_arity(init) != Some(argc as usize + 1) {
            return None;
        }
        cache.version.set(self.watch_type(callable));
        cache.value.set(init);
        cache.index.set(argc + 1);
        Some(Op::CALL_ALLOC_AND_ENTER_INIT)
    }

    fn spec_for_iter(&self) -> Option<Op> {
        let it = self.stack().top();
        if it.is::<GeneratorObj>() {
            return Some(Op::FOR_ITER_GEN);
        }
        let io = it.get::<IterObj>()?;
        let st = io.state.borrow();
        match &*st {
            IterState::Range { .. } => Some(Op::FOR_ITER_RANGE),
            IterState::List { .. } => Some(Op::FOR_ITER_LIST),
            IterState::Tuple { .. } => Some(Op::FOR_ITER_TUPLE),
            _ => None,
        }
    }

    fn spec_unpack_sequence(&self, arg: u32) -> Option<Op> {
        let seq = self.stack().top();
        if let Some(t) = seq.get::<TupleObj>() {
            if t.items.len() == arg as usize {
                return Some(if arg == 2 {
                    Op::UNPACK_SEQUENCE_TWO_TUPLE
                } else {
                    Op::UNPACK_SEQUENCE_TUPLE
                });
            }
        }
        if let Some(l) = seq.get::<ListObj>() {
            if l.len() == arg as usize {
                return Some(Op::UNPACK_SEQUENCE_LIST);
            }
        }
        None
    }
}

//! The micro-ops of tier 1's specialized instructions, and the interpreter cases built from
//! them.
//!
//! Each micro-op is a macro `NAME!(vm, cx)`: a guard that ends the instruction with a miss
//! (`miss!()`) when its assumption fails, or an action that does the work. Guards come first
//! and change nothing, so a miss can always fall back to the generic instruction. The list of
//! micro-ops each specialized form runs is in the instruction table
//! (`runtime/bytecode.rs`); `exec_specialized` below is generated from that table, so the
//! table is the only place a form is defined. Tier 2 records the same micro-ops.
//!
//! Conventions: `vm` is the `&mut Vm`, `cx` the `Cx` of the running instruction (code, index,
//! argument, inline cache). Stack positions are counted from the top (1 = top).

use super::super::frame::ReturnHook;
use super::super::{Frame, PyResult, Vm};
use crate::runtime::bytecode::{instruction_table, BinaryOp, CompareOp, Op};
use crate::runtime::object::inline_cache::PolyEntry;
use crate::runtime::object::*;
use crate::runtime::value::Value;

/// The running instruction, as the micro-ops see it.
pub(crate) struct Cx {
    pub code: &'static CodeObj,
    pub ip: usize,
    pub arg: u32,
    pub cache: &'static InlineCache,
    /// Which entry of a two-entry cache the guard matched (see `GUARD_INSTANCE_LAYOUT`).
    pub entry: std::cell::Cell<u8>,
}

impl Cx {
    /// The matched extra entry (entry 0 is the cache's own fields).
    #[inline(always)]
    fn extra_entry(&self) -> &PolyEntry {
        let extra = self.cache.extra.get().expect("matched an extra entry");
        &extra[self.entry.get() as usize - 1]
    }
    /// `index` of the matched entry.
    #[inline(always)]
    fn entry_index(&self) -> usize {
        if self.entry.get() == 0 {
            self.cache.index.get() as usize
        } else {
            self.extra_entry().index.get() as usize
        }
    }
    /// `value` of the matched entry.
    #[inline(always)]
    fn entry_value(&self) -> Value {
        if self.entry.get() == 0 {
            self.cache.value.get()
        } else {
            self.extra_entry().value.get()
        }
    }
}

/// How a specialized instruction ended.
pub(crate) enum Spec {
    /// Every guard held and the action ran.
    Hit,
    /// A guard failed; nothing was changed. The generic instruction runs instead.
    Miss,
}

macro_rules! miss {
    () => {
        return Ok(Spec::Miss)
    };
}

/// The running frame.
#[inline(always)]
fn frame(vm: &mut Vm) -> &mut Frame {
    &mut vm.frame
}

#[inline(always)]
fn type_version_of(vm: &Vm, v: Value) -> u64 {
    if let Some(i) = v.get::<InstanceObj>() {
        return i
            .class
            .get()
            .get::<TypeObj>()
            .map(|t| t.version.get())
            .unwrap_or(0);
    }
    vm.type_of(v)
        .get::<TypeObj>()
        .map(|t| t.version.get())
        .unwrap_or(0)
}

/// Python's floor division and modulo on machine ints (`b != 0`).
#[inline(always)]
fn floor_divmod(a: i64, b: i64) -> (i64, i64) {
    let (q, r) = (a / b, a % b);
    if r != 0 && ((r < 0) != (b < 0)) {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

#[inline(always)]
fn compare_ord<T: PartialOrd>(a: T, b: T, arg: u32) -> bool {
    match CompareOp::from_arg(arg) {
        CompareOp::Lt => a < b,
        CompareOp::Le => a <= b,
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        CompareOp::Gt => a > b,
        CompareOp::Ge => a >= b,
    }
}

/// Fused compare-and-branch: the POP_JUMP_IF_FALSE/TRUE after the compare decides where to go.
#[inline(always)]
fn branch_on(vm: &mut Vm, cx: &Cx, result: bool) {
    let next = cx.code.quick[cx.ip + 1].get();
    let f = frame(vm);
    f.slots.truncate(f.slots.len() - 2);
    f.ip = if result == (next.op == Op::POP_JUMP_IF_TRUE) {
        next.arg as usize
    } else {
        cx.ip + 2
    };
}

/// Index `i` (negative from the end) into a sequence of `len`, if in range.
#[inline(always)]
fn seq_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

// ---- guards on operand types ----------------------------------------------------------------

macro_rules! GUARD_BOTH_INT {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        if !(f.peek(1).is_small_int() && f.peek(2).is_small_int()) {
            miss!();
        }
    }};
}
macro_rules! GUARD_BOTH_FLOAT {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        if !(f.peek(1).is_float() && f.peek(2).is_float()) {
            miss!();
        }
    }};
}
/// Both are small ints or floats, and at least one is a float.
macro_rules! GUARD_BOTH_NUMBER {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let (a, b) = (f.peek(2), f.peek(1));
        let ok = (a.is_float() && (b.is_float() || b.is_small_int()))
            || (a.is_small_int() && b.is_float());
        if !ok {
            miss!();
        }
    }};
}
/// Small ints and floats in any mix, at least one a float (comparisons: a small int converts
/// to a double exactly, so comparing as doubles is exact).
macro_rules! GUARD_FLOAT_INT_MIX {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let (a, b) = (f.peek(2), f.peek(1));
        let ok = (a.is_float() && b.is_small_int()) || (a.is_small_int() && b.is_float());
        if !ok {
            miss!();
        }
    }};
}
macro_rules! GUARD_BOTH_STR {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        if !(f.peek(1).is::<StrObj>() && f.peek(2).is::<StrObj>()) {
            miss!();
        }
    }};
}

// ---- arithmetic -----------------------------------------------------------------------------

/// A binary instruction's result replaces its two operands.
#[inline(always)]
fn set_binary_result(vm: &mut Vm, v: Value) {
    let f = frame(vm);
    f.slots.pop();
    f.set_peek(1, v);
}
macro_rules! int_result {
    ($vm:ident, $r:expr) => {{
        let r: i64 = $r;
        let v = $vm.new_int(r);
        set_binary_result($vm, v);
    }};
}
macro_rules! BINARY_ADD_INT {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = int_operands!($vm);
        int_result!($vm, a + b);
    }};
}
macro_rules! BINARY_SUB_INT {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = int_operands!($vm);
        int_result!($vm, a - b);
    }};
}
macro_rules! BINARY_MUL_INT {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = int_operands!($vm);
        let Some(r) = a.checked_mul(b) else { miss!() };
        int_result!($vm, r);
    }};
}
/// `//`, `%`, `&`, `|`, `^`, `<<`, `>>` (by the instruction's argument); misses on a zero
/// divisor, a negative shift or a shift that would overflow, which the generic path handles.
macro_rules! BINARY_INT_OTHER {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = int_operands!($vm);
        let r = match BinaryOp::from_arg($cx.arg).0 {
            BinaryOp::FloorDiv if b != 0 => floor_divmod(a, b).0,
            BinaryOp::Mod if b != 0 => floor_divmod(a, b).1,
            BinaryOp::And => a & b,
            BinaryOp::Or => a | b,
            BinaryOp::Xor => a ^ b,
            BinaryOp::RShift if b >= 0 => a >> b.min(63),
            BinaryOp::LShift if (0..16).contains(&b) => a << b,
            _ => miss!(),
        };
        int_result!($vm, r);
    }};
}
macro_rules! float_result {
    ($vm:ident, $r:expr) => {
        set_binary_result($vm, Value::float($r))
    };
}
macro_rules! BINARY_ADD_FLOAT {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = float_operands!($vm);
        float_result!($vm, a + b);
    }};
}
macro_rules! BINARY_SUB_FLOAT {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = float_operands!($vm);
        float_result!($vm, a - b);
    }};
}
macro_rules! BINARY_MUL_FLOAT {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = float_operands!($vm);
        float_result!($vm, a * b);
    }};
}
macro_rules! BINARY_TRUEDIV_FLOAT {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = float_operands!($vm);
        if b == 0.0 {
            miss!();
        }
        float_result!($vm, a / b);
    }};
}
/// `int / int`: correctly rounded by dividing as floats, since small ints (48 bits) convert
/// to double exactly. Misses on a zero divisor.
macro_rules! BINARY_TRUEDIV_INT {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = int_operands!($vm);
        if b == 0 {
            miss!();
        }
        float_result!($vm, a as f64 / b as f64);
    }};
}
/// `+ - * /` with a small int converted to float (exact: small ints have 48 bits).
macro_rules! BINARY_FLOAT_MIXED {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let num = |v: Value| {
            if v.is_float() {
                v.as_float()
            } else {
                v.as_small_int() as f64
            }
        };
        let (a, b) = (num(f.peek(2)), num(f.peek(1)));
        let r = match BinaryOp::from_arg($cx.arg).0 {
            BinaryOp::Add => a + b,
            BinaryOp::Sub => a - b,
            BinaryOp::Mul => a * b,
            BinaryOp::TrueDiv if b != 0.0 => a / b,
            _ => miss!(),
        };
        float_result!($vm, r);
    }};
}
/// `float ** float` with a positive finite base and a finite result (the C `pow` CPython
/// calls); anything else (negative base, overflow) goes the generic way.
macro_rules! BINARY_POW_FLOAT {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = float_operands!($vm);
        if !(a > 0.0 && a.is_finite()) {
            miss!();
        }
        let r = a.powf(b);
        if !r.is_finite() {
            miss!();
        }
        float_result!($vm, r);
    }};
}
/// `a op b` where a is an instance of the cached class (unchanged) and b is another instance
/// of it (`cache.index` 0) or a small int / float (`cache.index` 1): no reflected method can
/// take precedence.
macro_rules! GUARD_USER_BINARY_OPERANDS {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let (a, b) = (f.peek(2), f.peek(1));
        let version = $cx.cache.version.get();
        let class_version = |v: Value| {
            v.get::<InstanceObj>()
                .and_then(|i| i.class.get().get::<TypeObj>())
                .map(|t| t.version.get())
        };
        let ok = class_version(a) == Some(version)
            && if $cx.cache.index.get() == 0 {
                class_version(b) == Some(version)
            } else {
                b.is_small_int() || b.is_float()
            };
        if !ok {
            miss!();
        }
    }};
}
/// `[a, b] -> [a.__op__(b)]`, the method (`cache.value`) run in a new frame; its return
/// hook turns NotImplemented into the generic TypeError.
macro_rules! PUSH_BINARY_DUNDER_FRAME {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let (a, b) = (f.peek(2), f.peek(1));
        let len = f.slots.len();
        let hook = ReturnHook::BinaryOp { a, b, arg: $cx.arg };
        $vm.enter_function($cx.cache.value.get(), len - 2, len - 2, hook);
    }};
}
macro_rules! BINARY_ADD_STR {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let (a, b) = (Vm::str_of(f.peek(2)), Vm::str_of(f.peek(1)));
        let mut s = String::with_capacity(a.len() + b.len());
        s.push_str(a);
        s.push_str(b);
        let v = $vm.new_str(s);
        let f = frame($vm);
        f.slots.pop();
        f.set_peek(1, v);
    }};
}

// ---- subscripts -----------------------------------------------------------------------------

/// `[.., list, int]` (a subscript's container and key, loads and stores alike).
macro_rules! GUARD_LIST_INT_INDEX {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        if !(f.peek(2).is::<ListObj>() && f.peek(1).is_small_int()) {
            miss!();
        }
    }};
}
macro_rules! BINARY_SUBSCR_LIST_INT {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let l = f.peek(2).get::<ListObj>().expect("guarded");
        let items = l.items.borrow();
        let Some(i) = seq_index(f.peek(1).as_small_int(), items.len()) else {
            miss!()
        };
        let v = items[i];
        drop(items);
        f.slots.pop();
        f.set_peek(1, v);
    }};
}
macro_rules! GUARD_TUPLE_INT_INDEX {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        if !(f.peek(2).is::<TupleObj>() && f.peek(1).is_small_int()) {
            miss!();
        }
    }};
}
macro_rules! BINARY_SUBSCR_TUPLE_INT {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let t = f.peek(2).get::<TupleObj>().expect("guarded");
        let Some(i) = seq_index(f.peek(1).as_small_int(), t.items.len()) else {
            miss!()
        };
        let v = t.items[i];
        f.slots.pop();
        f.set_peek(1, v);
    }};
}
macro_rules! GUARD_ASCII_STR_INT_INDEX {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let ok = f.peek(1).is_small_int()
            && f.peek(2)
                .get::<StrObj>()
                .map(|s| s.is_ascii())
                .unwrap_or(false);
        if !ok {
            miss!();
        }
    }};
}
/// One character of an ASCII str: the interned one-character str, as the generic path gives.
macro_rules! BINARY_SUBSCR_ASCII_STR_INT {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let s = f.peek(2).get::<StrObj>().expect("guarded");
        let Some(i) = seq_index(f.peek(1).as_small_int(), s.s.len()) else {
            miss!()
        };
        let c = $vm.ascii_char(s.s.as_bytes()[i]);
        let f = frame($vm);
        f.slots.pop();
        f.set_peek(1, c);
    }};
}
/// `[.., dict, key]` (loads and stores alike).
macro_rules! GUARD_DICT_SUBSCR {
    ($vm:ident, $cx:ident) => {{
        if !frame($vm).peek(2).is::<DictObj>() {
            miss!();
        }
    }};
}
/// The lookup may run a key's `__eq__`/`__hash__`, and raises KeyError like the generic path.
macro_rules! BINARY_SUBSCR_DICT {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let (d, k) = (f.peek(2), f.peek(1));
        match $vm.dict_get(d, k)? {
            Some(v) => {
                let f = frame($vm);
                f.slots.pop();
                f.set_peek(1, v);
            }
            None => return Err($vm.key_error(k)),
        }
    }};
}
macro_rules! STORE_SUBSCR_LIST_INT {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let l = f.peek(2).get::<ListObj>().expect("guarded");
        let mut items = l.items.borrow_mut();
        let Some(i) = seq_index(f.peek(1).as_small_int(), items.len()) else {
            miss!()
        };
        items[i] = f.peek(3);
        drop(items);
        f.slots.truncate(f.slots.len() - 3);
    }};
}
macro_rules! STORE_SUBSCR_DICT {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let (v, d, k) = (f.peek(3), f.peek(2), f.peek(1));
        $vm.dict_set(d, k, v)?;
        let f = frame($vm);
        f.slots.truncate(f.slots.len() - 3);
    }};
}

// ---- comparisons ----------------------------------------------------------------------------

macro_rules! int_operands {
    ($vm:ident) => {{
        let f = frame($vm);
        (f.peek(2).as_small_int(), f.peek(1).as_small_int())
    }};
}
macro_rules! float_operands {
    ($vm:ident) => {{
        let f = frame($vm);
        (f.peek(2).as_float(), f.peek(1).as_float())
    }};
}
macro_rules! mixed_operands {
    ($vm:ident) => {{
        let f = frame($vm);
        let num = |v: Value| {
            if v.is_float() {
                v.as_float()
            } else {
                v.as_small_int() as f64
            }
        };
        (num(f.peek(2)), num(f.peek(1)))
    }};
}
macro_rules! str_operands {
    ($vm:ident) => {{
        let f = frame($vm);
        (Vm::str_of(f.peek(2)), Vm::str_of(f.peek(1)))
    }};
}
macro_rules! bool_result {
    ($vm:ident, $r:expr) => {
        set_binary_result($vm, Value::bool($r))
    };
}
macro_rules! COMPARE_INT {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = int_operands!($vm);
        bool_result!($vm, compare_ord(a, b, $cx.arg));
    }};
}
macro_rules! COMPARE_FLOAT {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = float_operands!($vm);
        bool_result!($vm, compare_ord(a, b, $cx.arg));
    }};
}
/// Python orders str by code point; UTF-8 byte order is the same order.
macro_rules! COMPARE_STR {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = str_operands!($vm);
        bool_result!($vm, compare_ord(a, b, $cx.arg));
    }};
}
macro_rules! COMPARE_INT_JUMP {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = int_operands!($vm);
        branch_on($vm, $cx, compare_ord(a, b, $cx.arg));
    }};
}
macro_rules! COMPARE_FLOAT_JUMP {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = float_operands!($vm);
        branch_on($vm, $cx, compare_ord(a, b, $cx.arg));
    }};
}
macro_rules! COMPARE_MIXED {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = mixed_operands!($vm);
        bool_result!($vm, compare_ord(a, b, $cx.arg));
    }};
}
macro_rules! COMPARE_MIXED_JUMP {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = mixed_operands!($vm);
        branch_on($vm, $cx, compare_ord(a, b, $cx.arg));
    }};
}
macro_rules! COMPARE_STR_JUMP {
    ($vm:ident, $cx:ident) => {{
        let (a, b) = str_operands!($vm);
        branch_on($vm, $cx, compare_ord(a, b, $cx.arg));
    }};
}

// ---- containment ----------------------------------------------------------------------------

macro_rules! GUARD_CONTAINER_DICT {
    ($vm:ident, $cx:ident) => {{
        if !frame($vm).peek(1).is::<DictObj>() {
            miss!();
        }
    }};
}
macro_rules! CONTAINS_DICT {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let (item, d) = (f.peek(2), f.peek(1));
        let found = $vm.dict_get(d, item)?.is_some();
        bool_result!($vm, found != ($cx.arg == 1));
    }};
}
macro_rules! GUARD_CONTAINER_SET {
    ($vm:ident, $cx:ident) => {{
        if !frame($vm).peek(1).is::<SetObj>() {
            miss!();
        }
    }};
}
macro_rules! CONTAINS_SET {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let (item, s) = (f.peek(2), f.peek(1));
        let found = $vm.set_contains(s, item)?;
        bool_result!($vm, found != ($cx.arg == 1));
    }};
}

macro_rules! GUARD_BOTH_STR_CONTAINS {
    ($vm:ident, $cx:ident) => {
        GUARD_BOTH_STR!($vm, $cx)
    };
}
/// `sub in s` for two strs: a substring search.
macro_rules! CONTAINS_STR {
    ($vm:ident, $cx:ident) => {{
        let (sub, s) = str_operands!($vm);
        bool_result!($vm, s.contains(sub) != ($cx.arg == 1));
    }};
}

// ---- globals --------------------------------------------------------------------------------

/// The frame's globals still have the key layout seen when specializing (`cache.version`).
macro_rules! GUARD_GLOBALS_VERSION {
    ($vm:ident, $cx:ident) => {{
        let g = frame($vm).globals;
        let ok = g
            .get::<DictObj>()
            .map(|d| d.table.borrow().current_version() == $cx.cache.version.get())
            .unwrap_or(false);
        if !ok {
            miss!();
        }
    }};
}
/// Builtins still have the key layout seen when specializing (`cache.aux`).
macro_rules! GUARD_BUILTINS_VERSION {
    ($vm:ident, $cx:ident) => {{
        let ok = $vm
            .builtins
            .get::<DictObj>()
            .map(|d| d.table.borrow().current_version() == $cx.cache.aux.get())
            .unwrap_or(false);
        if !ok {
            miss!();
        }
    }};
}
macro_rules! LOAD_GLOBAL_MODULE {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let d = f.globals.get::<DictObj>().expect("guarded");
        let v = d.table.borrow().value_at($cx.cache.index.get() as usize);
        f.push(v);
    }};
}
macro_rules! LOAD_GLOBAL_BUILTIN {
    ($vm:ident, $cx:ident) => {{
        let d = $vm.builtins.get::<DictObj>().expect("guarded");
        let v = d.table.borrow().value_at($cx.cache.index.get() as usize);
        frame($vm).push(v);
    }};
}

// ---- attributes -----------------------------------------------------------------------------

/// The type of the object on top has the cached version (the class is unchanged, so what the
/// specializer learned about the name on it still holds).
macro_rules! GUARD_TYPE_VERSION {
    ($vm:ident, $cx:ident) => {{
        let obj = frame($vm).top();
        if type_version_of($vm, obj) != $cx.cache.version.get() {
            miss!();
        }
    }};
}
/// The instance on top has the class version and shape of one of the cache's entries
/// (`version`/`aux`, or an extra entry); remembers which in `cx.entry`.
macro_rules! GUARD_INSTANCE_LAYOUT {
    ($vm:ident, $cx:ident) => {{
        let obj = frame($vm).top();
        let Some(inst) = obj.get::<InstanceObj>() else {
            miss!()
        };
        let version = inst
            .class
            .get()
            .get::<TypeObj>()
            .map(|t| t.version.get())
            .unwrap_or(0);
        let shape = inst.shape.get() as u64;
        let c = $cx.cache;
        if version == c.version.get() && shape == c.aux.get() {
            $cx.entry.set(0);
        } else {
            let Some(extra) = c.extra.get() else { miss!() };
            let Some(i) = extra
                .iter()
                .position(|e| e.version.get() == version && e.aux.get() == shape)
            else {
                miss!()
            };
            $cx.entry.set(i as u8 + 1);
        }
    }};
}
/// `[obj] -> [obj.values[index]]`
macro_rules! LOAD_ATTR_SLOT {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let inst = f.top().get::<InstanceObj>().expect("guarded");
        let v = inst.values.borrow()[$cx.entry_index()];
        f.set_peek(1, v);
    }};
}
/// `[obj] -> [the matched entry's value]`
macro_rules! LOAD_ATTR_ENTRY_VALUE {
    ($vm:ident, $cx:ident) => {{
        let v = $cx.entry_value();
        frame($vm).set_peek(1, v);
    }};
}
/// `[obj] -> [the matched entry's method, obj]`
macro_rules! LOAD_METHOD_ENTRY_VALUE {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let obj = f.top();
        f.set_peek(1, $cx.entry_value());
        f.push(obj);
    }};
}
/// The module on top has the cached dict layout.
macro_rules! GUARD_MODULE_VERSION {
    ($vm:ident, $cx:ident) => {{
        let obj = frame($vm).top();
        let ok = obj
            .get::<ModuleObj>()
            .and_then(|m| m.dict.get::<DictObj>())
            .map(|d| d.table.borrow().current_version() == $cx.cache.version.get())
            .unwrap_or(false);
        if !ok {
            miss!();
        }
    }};
}
macro_rules! module_value {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let m = f.top().get::<ModuleObj>().expect("guarded");
        let d = m.dict.get::<DictObj>().expect("module dict");
        let v = d.table.borrow().value_at($cx.cache.index.get() as usize);
        v
    }};
}
macro_rules! LOAD_ATTR_MODULE {
    ($vm:ident, $cx:ident) => {{
        let v = module_value!($vm, $cx);
        frame($vm).set_peek(1, v);
    }};
}
/// The class on top is the cached one, unchanged.
macro_rules! GUARD_CLASS_VERSION {
    ($vm:ident, $cx:ident) => {{
        let obj = frame($vm).top();
        match obj.get::<TypeObj>() {
            Some(t) if t.version.get() == $cx.cache.version.get() => {}
            _ => miss!(),
        }
    }};
}
/// `[obj] -> [cached value]`
macro_rules! LOAD_ATTR_CACHED {
    ($vm:ident, $cx:ident) => {{
        let v = $cx.cache.value.get();
        frame($vm).set_peek(1, v);
    }};
}
/// `[obj] -> [getter(obj)]`: the getter runs in a new frame whose result lands where obj was.
macro_rules! LOAD_ATTR_PROPERTY_FRAME {
    ($vm:ident, $cx:ident) => {{
        let getter = $cx.cache.value.get();
        let len = frame($vm).slots.len();
        $vm.enter_function(getter, len - 1, len - 1, ReturnHook::Plain);
    }};
}
/// `[obj] -> [method, obj]`
macro_rules! LOAD_METHOD_CACHED {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let obj = f.top();
        f.set_peek(1, $cx.cache.value.get());
        f.push(obj);
    }};
}
/// `[module] -> [module.name, NULL]`
macro_rules! LOAD_METHOD_MODULE {
    ($vm:ident, $cx:ident) => {{
        let v = module_value!($vm, $cx);
        let f = frame($vm);
        f.set_peek(1, v);
        f.push(Value::NULL);
    }};
}
/// `[class] -> [cached attribute, NULL]`
macro_rules! LOAD_METHOD_CLASS_ATTR {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        f.set_peek(1, $cx.cache.value.get());
        f.push(Value::NULL);
    }};
}
/// `[v, obj] -> []`: `obj.values[index] = v`
macro_rules! STORE_ATTR_SLOT {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let inst = f.top().get::<InstanceObj>().expect("guarded");
        inst.values.borrow_mut()[$cx.entry_index()] = f.peek(2);
        f.slots.truncate(f.slots.len() - 2);
    }};
}
/// `[v, obj] -> []`: append v as a new attribute and move obj to the next shape
/// (`cache.index`).
macro_rules! STORE_ATTR_ADD_SLOT {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let inst = f.top().get::<InstanceObj>().expect("guarded");
        inst.values.borrow_mut().push(f.peek(2));
        inst.shape.set($cx.entry_index() as u32);
        f.slots.truncate(f.slots.len() - 2);
    }};
}

// ---- calls ----------------------------------------------------------------------------------
// Stack at a call: `[callable, self_or_null, arg1 … argN]`, N = cx.arg.

/// Position of the callable, the self slot and the count of values passed (self included).
#[inline(always)]
fn call_layout(f: &Frame, argc: usize) -> (usize, usize) {
    let len = f.slots.len();
    let callable_idx = len - argc - 2;
    let n = if f.slots[callable_idx + 1].is_null() {
        argc
    } else {
        argc + 1
    };
    (callable_idx, n)
}

/// The callable is the cached object and gets the cached number of values (`cache.index`).
macro_rules! GUARD_CALLABLE_IS {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let (ci, n) = call_layout(f, $cx.arg as usize);
        if f.slots[ci] != $cx.cache.value.get() || n != $cx.cache.index.get() as usize {
            miss!();
        }
    }};
}
/// The callable is a function of the cached code object (any closure or defaults of it: they
/// are read from the function itself), given the cached number of values.
/// Polymorphic sites keep more (code, count) entries (`InlineCache::extra`).
macro_rules! GUARD_CALLABLE_CODE {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let (ci, n) = call_layout(f, $cx.arg as usize);
        let Some(func) = f.slots[ci].get::<FunctionObj>() else {
            miss!()
        };
        let c = $cx.cache;
        let matches = |code: Value, count: u32| func.code == code && n == count as usize;
        if !matches(c.value.get(), c.index.get()) {
            let Some(extra) = c.extra.get() else { miss!() };
            if !extra
                .iter()
                .any(|e| e.version.get() != 0 && matches(e.value.get(), e.index.get()))
            {
                miss!();
            }
        }
    }};
}
/// The callable is a bound method of the cached function, with no self slot yet.
macro_rules! GUARD_BOUND_METHOD_FUNC {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let ci = f.slots.len() - $cx.arg as usize - 2;
        let ok = f.slots[ci + 1].is_null()
            && f.slots[ci]
                .get::<BoundMethodObj>()
                .map(|m| m.func == $cx.cache.value.get())
                .unwrap_or(false);
        if !ok {
            miss!();
        }
    }};
}
/// `[method, NULL, args…] -> [func, receiver, args…]`
macro_rules! UNPACK_BOUND_METHOD {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let ci = f.slots.len() - $cx.arg as usize - 2;
        let m = f.slots[ci].get::<BoundMethodObj>().expect("guarded");
        f.slots[ci + 1] = m.receiver;
        f.slots[ci] = m.func;
    }};
}
/// Room for one more frame (else the generic path raises RecursionError).
macro_rules! CHECK_FRAME_DEPTH {
    ($vm:ident, $cx:ident) => {{
        if $vm.frames.len() >= $vm.recursion_limit {
            miss!();
        }
    }};
}
/// Enter the Python function in the callable slot with the missing trailing arguments taken
/// from its defaults (the count passed was checked against the cache when specializing).
macro_rules! PUSH_PY_FRAME_WITH_DEFAULTS {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let (ci, n) = call_layout(f, $cx.arg as usize);
        let func = f.slots[ci];
        let fo = func.get::<FunctionObj>().expect("guarded");
        let code = fo.code.get::<CodeObj>().expect("code");
        let argcount = $cx.cache.aux.get() as usize;
        let missing = argcount - n;
        let defaults: &[Value] = match fo.defaults.get().get::<TupleObj>() {
            Some(d) => &d.items,
            None => &[],
        };
        if missing > defaults.len() {
            miss!();
        }
        // Keyword-only parameters, all with defaults (checked when specializing; a changed
        // __kwdefaults__ misses here).
        let kwonly = code.unit.kwonlyargcount as usize;
        let mut kw = [Value::NULL; 8];
        if kwonly > 8 {
            miss!();
        }
        for i in 0..kwonly {
            match $vm.dict_get_str(fo.kwdefaults.get(), code.varnames[argcount + i]) {
                Some(v) => kw[i] = v,
                None => miss!(),
            }
        }
        let f = frame($vm);
        f.slots
            .extend_from_slice(&defaults[defaults.len() - missing..]);
        f.slots.extend_from_slice(&kw[..kwonly]);
        let len = f.slots.len();
        $vm.enter_function(func, ci, len - argcount - kwonly, ReturnHook::Plain);
    }};
}
/// Enter the Python function in the callable slot, its arguments copied from the stack.
macro_rules! PUSH_PY_FRAME {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let (ci, n) = call_layout(f, $cx.arg as usize);
        let func = f.slots[ci];
        let len = f.slots.len();
        $vm.enter_function(func, ci, len - n, ReturnHook::Plain);
    }};
}
/// Call a generator function: its frame goes into a new generator object, which is the
/// call's result.
macro_rules! MAKE_GENERATOR {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let (ci, n) = call_layout(f, $cx.arg as usize);
        let func = f.slots[ci];
        let len = f.slots.len();
        let gen_frame = $vm.frame_for(func, ci, len - n);
        let g = $vm.new_generator(gen_frame);
        frame($vm).push(g);
    }};
}
/// The callable is an instance of the cached class (unchanged), with no self slot.
macro_rules! GUARD_CALLABLE_TYPE_VERSION {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let ci = f.slots.len() - $cx.arg as usize - 2;
        let ok = f.slots[ci + 1].is_null()
            && f.slots[ci]
                .get::<InstanceObj>()
                .and_then(|i| i.class.get().get::<TypeObj>())
                .map(|t| t.version.get() == $cx.cache.version.get())
                .unwrap_or(false);
        if !ok {
            miss!();
        }
    }};
}
/// `[obj, NULL, args…] -> [type(obj).__call__, obj, args…]`
macro_rules! UNPACK_CALLABLE_INSTANCE {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let ci = f.slots.len() - $cx.arg as usize - 2;
        f.slots[ci + 1] = f.slots[ci];
        f.slots[ci] = $cx.cache.value.get();
    }};
}
/// No argument is an instance of a user class (builtin methods then need no unwrapping of a
/// subclass instance's builtin value).
macro_rules! GUARD_NO_INSTANCE_ARG {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let (_, n) = call_layout(f, $cx.arg as usize);
        let len = f.slots.len();
        if n > 8 || f.slots[len - n..].iter().any(|v| v.is::<InstanceObj>()) {
            miss!();
        }
    }};
}
/// Copy the call's values off the stack (they stay there, rooted, during the call).
#[inline(always)]
fn call_args(f: &Frame, argc: usize) -> (usize, [Value; 8], usize) {
    let (ci, n) = call_layout(f, argc);
    let len = f.slots.len();
    let mut buf = [Value::NULL; 8];
    buf[..n].copy_from_slice(&f.slots[len - n..]);
    (ci, buf, n)
}
macro_rules! finish_call {
    ($vm:ident, $ci:expr, $result:expr) => {{
        let r = $result;
        let f = frame($vm);
        f.slots.truncate($ci);
        f.push(r);
    }};
}
macro_rules! CALL_LEN {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let ci = f.slots.len() - 3;
        let obj = f.top();
        let n = $vm.len(obj)?;
        let v = $vm.new_int(n as i64);
        finish_call!($vm, ci, v);
    }};
}
macro_rules! CALL_ISINSTANCE {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let ci = f.slots.len() - 4;
        let (obj, cls) = (f.peek(2), f.peek(1));
        let r = $vm.isinstance(obj, cls)?;
        finish_call!($vm, ci, Value::bool(r));
    }};
}
macro_rules! CALL_BUILTIN_DIRECT {
    ($vm:ident, $cx:ident) => {{
        let (ci, buf, n) = call_args(frame($vm), $cx.arg as usize);
        let b = $cx.cache.value.get().get::<BuiltinObj>().expect("guarded");
        let r = (b.func)(
            $vm,
            crate::runtime::vm::Args {
                values: &buf[..n],
                kwnames: &[],
            },
        )?;
        finish_call!($vm, ci, r);
    }};
}
macro_rules! CALL_NATIVE {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let (ci, n) = call_layout(f, $cx.arg as usize);
        if n > 8 {
            miss!();
        }
        let (_, buf, _) = call_args(frame($vm), $cx.arg as usize);
        let r = $vm.call_native($cx.cache.value.get(), &buf[..n], &[])?;
        finish_call!($vm, ci, r);
    }};
}
/// The callable is the cached class, unchanged, called with no self slot and the cached count.
macro_rules! GUARD_CLASS_VERSION_CALLABLE {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let ci = f.slots.len() - $cx.arg as usize - 2;
        let ok = f.slots[ci + 1].is_null()
            && $cx.arg + 1 == $cx.cache.index.get()
            && f.slots[ci]
                .get::<TypeObj>()
                .map(|t| t.version.get() == $cx.cache.version.get())
                .unwrap_or(false);
        if !ok {
            miss!();
        }
    }};
}
/// `[cls, NULL, args…]`: allocate the instance into the self slot and enter `__init__`
/// (`cache.value`), whose frame returns the instance.
macro_rules! ALLOC_AND_ENTER_INIT {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let ci = f.slots.len() - $cx.arg as usize - 2;
        let cls = f.slots[ci];
        let obj = $vm.alloc(InstanceObj::new(cls));
        let f = frame($vm);
        f.slots[ci + 1] = obj;
        let init = $cx.cache.value.get();
        $vm.enter_function(init, ci, ci + 1, ReturnHook::Instance(obj));
    }};
}

// ---- iteration ------------------------------------------------------------------------------

macro_rules! iter_guard {
    ($vm:ident, $pat:pat) => {{
        let ok = frame($vm)
            .top()
            .get::<IterObj>()
            .map(|i| matches!(&*i.state.borrow(), $pat))
            .unwrap_or(false);
        if !ok {
            miss!();
        }
    }};
}
macro_rules! GUARD_ITER_RANGE {
    ($vm:ident, $cx:ident) => {
        iter_guard!($vm, IterState::Range { .. })
    };
}
macro_rules! GUARD_ITER_LIST {
    ($vm:ident, $cx:ident) => {
        iter_guard!($vm, IterState::List { .. })
    };
}
macro_rules! GUARD_ITER_TUPLE {
    ($vm:ident, $cx:ident) => {
        iter_guard!($vm, IterState::Tuple { .. })
    };
}
macro_rules! GUARD_ITER_GEN {
    ($vm:ident, $cx:ident) => {{
        if !frame($vm).top().is::<GeneratorObj>() {
            miss!();
        }
    }};
}
/// The iterator is exhausted: pop it and jump past the loop.
#[inline(always)]
fn end_loop(vm: &mut Vm, cx: &Cx) {
    let f = frame(vm);
    f.slots.pop();
    f.ip = cx.arg as usize;
}
macro_rules! FOR_ITER_RANGE {
    ($vm:ident, $cx:ident) => {{
        let it = frame($vm).top().get::<IterObj>().expect("guarded");
        let mut st = it.state.borrow_mut();
        let IterState::Range { next, stop, step } = &mut *st else {
            miss!()
        };
        let n = *next;
        if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
            *next = n + *step;
            drop(st);
            let v = if (-(1i128 << 47)..(1i128 << 47)).contains(&n) {
                Value::small_int(n as i64)
            } else {
                $vm.new_int_i128(n)
            };
            frame($vm).push(v);
        } else {
            drop(st);
            end_loop($vm, $cx);
        }
    }};
}
macro_rules! FOR_ITER_LIST {
    ($vm:ident, $cx:ident) => {{
        let it = frame($vm).top().get::<IterObj>().expect("guarded");
        let mut st = it.state.borrow_mut();
        let IterState::List { list, index } = &mut *st else {
            miss!()
        };
        let l = list.get::<ListObj>().expect("list");
        match l.get(*index) {
            Some(v) => {
                *index += 1;
                drop(st);
                frame($vm).push(v);
            }
            None => {
                *st = IterState::Exhausted;
                drop(st);
                end_loop($vm, $cx);
            }
        }
    }};
}
macro_rules! FOR_ITER_TUPLE {
    ($vm:ident, $cx:ident) => {{
        let it = frame($vm).top().get::<IterObj>().expect("guarded");
        let mut st = it.state.borrow_mut();
        let IterState::Tuple { tuple, index } = &mut *st else {
            miss!()
        };
        let t = tuple.get::<TupleObj>().expect("tuple");
        match t.items.get(*index) {
            Some(&v) => {
                *index += 1;
                drop(st);
                frame($vm).push(v);
            }
            None => {
                drop(st);
                end_loop($vm, $cx);
            }
        }
    }};
}
macro_rules! FOR_ITER_GEN {
    ($vm:ident, $cx:ident) => {{
        let it = frame($vm).top();
        match $vm.gen_resume(it, Value::NONE, None)? {
            crate::runtime::vm::generator::GenStep::Yielded(v) => frame($vm).push(v),
            crate::runtime::vm::generator::GenStep::Returned(_) => end_loop($vm, $cx),
        }
    }};
}

// ---- unpacking ------------------------------------------------------------------------------

macro_rules! GUARD_TUPLE_LEN {
    ($vm:ident, $cx:ident) => {{
        let ok = frame($vm)
            .top()
            .get::<TupleObj>()
            .map(|t| t.items.len() == $cx.arg as usize)
            .unwrap_or(false);
        if !ok {
            miss!();
        }
    }};
}
macro_rules! UNPACK_TWO_TUPLE {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let t = f.top().get::<TupleObj>().expect("guarded");
        let (a, b) = (t.items[0], t.items[1]);
        f.set_peek(1, b);
        f.push(a);
    }};
}
macro_rules! UNPACK_TUPLE {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let t = f.pop().get::<TupleObj>().expect("guarded");
        f.slots.extend(t.items.iter().rev());
    }};
}
macro_rules! GUARD_LIST_LEN {
    ($vm:ident, $cx:ident) => {{
        let ok = frame($vm)
            .top()
            .get::<ListObj>()
            .map(|l| l.len() == $cx.arg as usize)
            .unwrap_or(false);
        if !ok {
            miss!();
        }
    }};
}
macro_rules! UNPACK_LIST {
    ($vm:ident, $cx:ident) => {{
        let f = frame($vm);
        let l = f.pop().get::<ListObj>().expect("guarded");
        let items = l.items.borrow();
        f.slots.extend(items.iter().rev());
    }};
}

// ---- the generated interpreter cases --------------------------------------------------------

macro_rules! define_exec_specialized {
    (
        base { $( $(#[doc = $doc:literal])* $name:ident ),* $(,)? }
        specialized { $( $(#[doc = $sdoc:literal])* $spec:ident : $family:ident [ $($uop:ident),* ] ),* $(,)? }
    ) => {
        /// Run a specialized instruction: its micro-ops in order. A guard's miss returns
        /// before anything changed.
        #[inline(always)]
        pub(crate) fn exec_specialized(vm: &mut Vm, op: Op, cx: &Cx) -> PyResult<Spec> {
            match op {
                $( Op::$spec => { $( $uop!(vm, cx); )* } )*
                _ => unreachable!("{} is not a specialized instruction", op.name()),
            }
            Ok(Spec::Hit)
        }
    };
}

instruction_table!(define_exec_specialized);

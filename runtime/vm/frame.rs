//! A Python frame on the VM's frame stack: one contiguous slot array holding the locals, the
//! cells, then the operand stack (the layout every tier addresses).

use crate::runtime::heap::Marker;
use crate::runtime::object::CodeObj;
use crate::runtime::value::Value;

pub struct Frame {
    pub code: &'static CodeObj,
    /// The code object as a value (keeps `code` alive).
    pub code_value: Value,
    /// The function being run (NULL for module and class bodies run directly).
    pub func: Value,
    /// The globals dict.
    pub globals: Value,
    /// The namespace dict of a class body or module run with LOAD_NAME (else NULL).
    pub locals_ns: Value,
    /// Locals, then cells, then the operand stack.
    pub slots: Vec<Value>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Index of the instruction being executed (for tracebacks and exception handling).
    pub lasti: usize,
    /// When this frame returns, the interpreter loop that was entered for it returns too.
    pub is_entry: bool,
    /// What returning from this frame does besides handing its value to the caller: frames
    /// that tier 1 enters in place of a protocol (`__init__`, a binary dunder) finish it here.
    pub on_return: ReturnHook,
}

/// See `Frame::on_return`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ReturnHook {
    /// An ordinary call: the value goes to the caller.
    Plain,
    /// `__init__` entered by CALL_ALLOC_AND_ENTER_INIT: it must return None, and the call's
    /// result is this new instance.
    Instance(Value),
    /// `a.__op__(b)` entered by BINARY_OP_USER for BINARY_OP `arg`: NotImplemented means
    /// neither side supports the operator (the specializer checked that no reflected method
    /// applies), which raises TypeError as the generic path would.
    BinaryOp { a: Value, b: Value, arg: u32 },
}

impl Frame {
    /// The frame that stands in `Vm::frame` while no Python code runs: an empty code object.
    pub fn placeholder(heap: &mut crate::runtime::heap::Heap) -> Frame {
        let code_value = heap.alloc(
            CodeObj {
                header: Default::default(),
                unit: Box::default(),
                consts: Box::new([]),
                names: Box::new([]),
                varnames: Box::new([]),
                name: Value::NONE,
                qualname: Value::NONE,
                nlocals: 0,
                ncells: 0,
                quick: Box::new([]),
                caches: Box::new([]),
            },
            0,
        );
        Frame::empty(code_value)
    }

    /// A frame of `code_value` (the placeholder's empty code) that runs nothing.
    pub fn empty(code_value: Value) -> Frame {
        Frame {
            code: code_value.get::<CodeObj>().expect("code"),
            code_value,
            func: Value::NULL,
            globals: Value::NULL,
            locals_ns: Value::NULL,
            slots: Vec::new(),
            ip: 0,
            lasti: 0,
            is_entry: false,
            on_return: ReturnHook::Plain,
        }
    }

    /// Index of the first operand-stack slot.
    #[inline(always)]
    pub fn stack_base(&self) -> usize {
        self.code.nlocals + self.code.ncells
    }

    pub fn trace(&self, m: &mut Marker) {
        m.mark(self.code_value);
        m.mark(self.func);
        m.mark(self.globals);
        m.mark(self.locals_ns);
        match self.on_return {
            ReturnHook::Plain => {}
            ReturnHook::Instance(v) => m.mark(v),
            ReturnHook::BinaryOp { a, b, .. } => {
                m.mark(a);
                m.mark(b);
            }
        }
        m.mark_all(&self.slots);
    }

    /// Source line of the instruction being executed.
    pub fn line(&self) -> u32 {
        self.code
            .unit
            .lines
            .get(self.lasti)
            .copied()
            .unwrap_or(self.code.unit.first_line)
    }
}

/// Operand-stack access (the stack is the tail of `slots`).
impl Frame {
    #[inline(always)]
    pub(crate) fn push(&mut self, v: Value) {
        self.slots.push(v);
    }
    #[inline(always)]
    pub(crate) fn pop(&mut self) -> Value {
        self.slots.pop().unwrap_or(Value::NULL)
    }
    #[inline(always)]
    pub(crate) fn top(&self) -> Value {
        *self.slots.last().unwrap_or(&Value::NULL)
    }
    /// The item `n` from the top (1 = top).
    #[inline(always)]
    pub(crate) fn peek(&self, n: usize) -> Value {
        self.slots[self.slots.len() - n]
    }
    #[inline(always)]
    pub(crate) fn set_peek(&mut self, n: usize, v: Value) {
        let len = self.slots.len();
        self.slots[len - n] = v;
    }
    pub(crate) fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.slots.len() - n;
        self.slots.split_off(at)
    }
}

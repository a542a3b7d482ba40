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
}

impl Frame {
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

//! Loading compiled code: the compiler's plain `CodeUnit` becomes a heap `CodeObj` whose
//! constants are values.

use super::Vm;
use crate::runtime::bytecode::{CodeUnit, Const};
use crate::runtime::object::*;
use crate::runtime::value::Value;
use num_bigint::BigInt;

impl Vm {
    pub fn load_code(&mut self, mut unit: CodeUnit) -> Value {
        let consts_src = std::mem::take(&mut unit.consts);
        let consts: Vec<Value> = consts_src.into_iter().map(|c| self.load_const(c)).collect();
        let names: Vec<Value> = unit.names.iter().map(|n| self.intern(n)).collect();
        let varnames: Vec<Value> = unit.varnames.iter().map(|n| self.intern(n)).collect();
        let name = self.intern(&unit.name);
        let qualname = self.new_str(unit.qualname.as_str());
        let nlocals = unit.varnames.len();
        let ncells = unit.cellvars.len() + unit.freevars.len();
        let quick = unit.code.iter().map(|&i| std::cell::Cell::new(i)).collect();
        let caches = unit.code.iter().map(|_| self.new_inline_cache()).collect();
        self.alloc(CodeObj {
            header: Default::default(),
            unit: Box::new(unit),
            consts: consts.into_boxed_slice(),
            names: names.into_boxed_slice(),
            varnames: varnames.into_boxed_slice(),
            name,
            qualname,
            nlocals,
            ncells,
            quick,
            caches,
        })
    }

    pub fn load_const(&mut self, c: Const) -> Value {
        match c {
            Const::None => Value::NONE,
            Const::Bool(b) => Value::bool(b),
            Const::Int(digits) => match digits.parse::<BigInt>() {
                Ok(b) => self.new_bigint(b),
                Err(_) => Value::NONE,
            },
            Const::Float(f) => Value::float(f),
            // Complex numbers are not supported yet: the imaginary part alone would be wrong,
            // so the compiler never folds them; keep the value as a float for now.
            Const::Complex(f) => Value::float(f),
            Const::Str(s) => {
                if s.len() <= 32 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    self.intern(&s)
                } else {
                    self.new_str(s)
                }
            }
            Const::Bytes(b) => self.new_bytes(b),
            Const::Ellipsis => Value::ELLIPSIS,
            Const::Tuple(items) => {
                let vals: Vec<Value> = items.into_iter().map(|c| self.load_const(c)).collect();
                self.new_tuple(vals)
            }
            Const::FrozenSet(items) => {
                // CPython's compiler builds the frozenset from the items in source order, then
                // its constant merging rebuilds it from that set's iteration order.
                let vals: Vec<Value> = items.into_iter().map(|c| self.load_const(c)).collect();
                let first = self.new_set(SetTable::new(), true);
                for v in vals {
                    let _ = self.set_add(first, v);
                }
                let order: Vec<Value> = first
                    .get::<SetObj>()
                    .map(|s| s.table.borrow().iter().collect())
                    .unwrap_or_default();
                let rebuilt = self.new_set(SetTable::new(), true);
                for v in order {
                    let _ = self.set_add(rebuilt, v);
                }
                rebuilt
            }
            Const::Code(unit) => self.load_code(*unit),
        }
    }
}

//! The virtual machine: heap, builtin types, modules, the frame stack, and the helpers every
//! part of the runtime uses to make values and raise exceptions.

pub mod args;
pub mod call;
pub mod class;
pub mod errors;
pub mod frame;
pub mod fxhash;
pub mod generator;
pub mod import;
pub mod interp;
pub mod load;
pub mod matching;
pub mod specialize;
pub mod types;

#[cfg(test)]
mod gc_tests;

pub use args::Args;
pub use errors::{ExcKind, PyErr, PyResult};
pub use frame::Frame;
pub use types::BuiltinTypes;

use crate::runtime::abi::fits_small_int;
use crate::runtime::heap::{Heap, HeapObj, Marker};
use crate::runtime::object::*;
use crate::runtime::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::collections::HashMap;

/// Tier settings, from the environment (see README "Tiers").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TierConfig {
    /// `STITCH_SPECIALIZE=0` turns the adaptive interpreter's specialization off (tier 0).
    pub specialize: bool,
    pub jit: JitMode,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JitMode {
    Off,
    /// `STITCH_JIT=uops`: run traces in the uop interpreter.
    Uops,
    /// `STITCH_JIT=1`
    Native,
    /// `STITCH_JIT=stress`: trace every loop at once (thresholds of 1).
    Stress,
}

impl TierConfig {
    pub fn from_env() -> TierConfig {
        let specialize = std::env::var("STITCH_SPECIALIZE")
            .map(|v| v != "0")
            .unwrap_or(true);
        let jit = match std::env::var("STITCH_JIT").as_deref() {
            Ok("1") | Ok("on") | Ok("native") => JitMode::Native,
            Ok("uops") => JitMode::Uops,
            Ok("stress") => JitMode::Stress,
            _ => JitMode::Off,
        };
        TierConfig { specialize, jit }
    }
}

pub struct Vm {
    pub heap: Heap,
    pub t: BuiltinTypes,
    /// The running frame, kept inline so the interpreter reaches its stack and locals at a
    /// fixed offset from the VM (a placeholder when no Python code runs).
    pub frame: Frame,
    /// The frames below it, innermost last; the placeholder is at the bottom while a frame
    /// runs, so `frames.len()` is the number of Python frames running.
    pub frames: Vec<Frame>,
    /// The empty code object of the placeholder frame (see `Vm::empty_frame`).
    placeholder_code: Value,
    /// The builtins namespace (a dict).
    pub builtins: Value,
    /// `sys.modules`: name → module.
    pub modules: Value,
    /// Interned strings (names, attribute names).
    interned: fxhash::FxHashMap<Box<str>, Value>,
    /// Values that Rust code holds across calls back into Python (see `root`).
    pub roots: Vec<Value>,
    /// The exception being handled (what a bare `raise` re-raises), per handler nesting.
    pub handled_exc: Value,
    /// Set by RERAISE / bare `raise`: the unwinder adds no traceback entry for this frame.
    pub reraising: bool,
    /// Set by YIELD_VALUE: the loop returned because the generator frame yielded.
    pub yielded: bool,
    /// Containers whose repr is in progress (to print `[...]` for self-references).
    pub repr_stack: Vec<u64>,
    pub recursion_limit: usize,
    /// Depth of nested Rust-level interpreter invocations (builtins calling back into Python).
    pub native_depth: usize,
    pub config: TierConfig,
    pub argv: Vec<String>,
    /// The `sys` module's stdout buffer is flushed at exit and before stderr writes.
    pub stdout: std::io::BufWriter<std::io::Stdout>,
    /// Cache: the names `__init__`, `__name__`, … interned once.
    pub names: types::CommonNames,
    /// Source text of loaded files, for traceback lines.
    pub sources: HashMap<String, String>,
    /// `STITCH_GC_STRESS=1`: collect at every safepoint (finds values Rust forgot to root).
    pub gc_stress: bool,
    /// `lookup_in_mro` results by (type, interned name); see there.
    pub mro_cache: std::cell::RefCell<fxhash::FxHashMap<(u64, u64), Option<Value>>>,
    /// While non-zero, safepoints do not collect (a hash table is borrowed across a call
    /// into a user `__eq__`).
    pub gc_inhibit: u32,
    /// Slot vectors of returned frames, reused by calls.
    pub slot_pool: Vec<Vec<Value>>,
    /// Hidden classes of instances (see `object::instance`).
    pub shapes: Shapes,
    /// Tier 1 (the specializing interpreter): counters and watched types.
    pub spec: specialize::SpecState,
}

impl Vm {
    pub fn new(config: TierConfig) -> Vm {
        let mut heap = Heap::new();
        let mut interned = fxhash::FxHashMap::default();
        let t = BuiltinTypes::new(&mut heap, &mut interned);
        let builtins = heap.alloc(DictObj::new(DictTable::new()), 0);
        let modules = heap.alloc(DictObj::new(DictTable::new()), 0);
        let names = types::CommonNames::new(&mut heap, &mut interned);
        let placeholder = Frame::placeholder(&mut heap);
        let placeholder_code = placeholder.code_value;
        let mut vm = Vm {
            heap,
            t,
            frame: placeholder,
            placeholder_code,
            frames: Vec::new(),
            builtins,
            modules,
            interned,
            roots: Vec::new(),
            handled_exc: Value::NULL,
            reraising: false,
            yielded: false,
            repr_stack: Vec::new(),
            recursion_limit: 1000,
            native_depth: 0,
            config,
            argv: Vec::new(),
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            names,
            sources: HashMap::new(),
            shapes: Shapes::new(),
            spec: Default::default(),
            slot_pool: Vec::new(),
            gc_inhibit: 0,
            mro_cache: std::cell::RefCell::new(fxhash::FxHashMap::default()),
            gc_stress: std::env::var("STITCH_GC_STRESS")
                .map(|v| v == "1")
                .unwrap_or(false),
        };
        crate::runtime::builtins::install(&mut vm);
        generator::install(&mut vm);
        class::install(&mut vm);
        vm.invalidate_type_caches();
        vm
    }

    // ---- making values -------------------------------------------------------------------

    #[inline]
    pub fn alloc<T: HeapObj>(&mut self, obj: T) -> Value {
        self.heap.alloc(obj, 0)
    }

    pub fn new_str(&mut self, s: impl Into<Box<str>>) -> Value {
        let s: Box<str> = s.into();
        let extra = s.len();
        self.heap.alloc(StrObj::new(s), extra)
    }

    /// The interned str for `s`: the same object every time (names, attribute names).
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(&v) = self.interned.get(s) {
            return v;
        }
        let v = self.new_str(s);
        self.interned.insert(s.into(), v);
        v
    }

    #[inline]
    pub fn new_int(&mut self, i: i64) -> Value {
        if fits_small_int(i) {
            Value::small_int(i)
        } else {
            self.heap.alloc(
                BigIntObj {
                    header: Default::default(),
                    value: BigInt::from(i),
                },
                8,
            )
        }
    }

    pub fn new_int_i128(&mut self, i: i128) -> Value {
        match i64::try_from(i) {
            Ok(v) => self.new_int(v),
            Err(_) => self.new_bigint(BigInt::from(i)),
        }
    }

    /// An int from a big integer, normalised to a small int when it fits.
    pub fn new_bigint(&mut self, b: BigInt) -> Value {
        if let Some(i) = b.to_i64() {
            if fits_small_int(i) {
                return Value::small_int(i);
            }
        }
        let extra = (b.bits() / 8) as usize;
        self.heap.alloc(
            BigIntObj {
                header: Default::default(),
                value: b,
            },
            extra,
        )
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        let extra = items.capacity() * 8;
        self.heap.alloc(ListObj::new(items), extra)
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.t.empty_tuple;
        }
        let extra = items.len() * 8;
        self.heap.alloc(TupleObj::new(items), extra)
    }

    pub fn new_dict(&mut self) -> Value {
        self.heap.alloc(DictObj::new(DictTable::new()), 0)
    }

    pub fn new_set(&mut self, table: SetTable, frozen: bool) -> Value {
        let extra = table.slot_count() * 16;
        self.heap.alloc(SetObj::new(table, frozen), extra)
    }

    pub fn new_iter(&mut self, state: IterState) -> Value {
        self.heap.alloc(IterObj::new(state), 0)
    }

    // ---- rooting --------------------------------------------------------------------------

    /// Keep `v` alive across calls back into Python until `unroot_to(mark)`.
    #[inline]
    pub fn root(&mut self, v: Value) -> usize {
        self.roots.push(v);
        self.roots.len() - 1
    }
    #[inline]
    pub fn roots_mark(&self) -> usize {
        self.roots.len()
    }
    #[inline]
    pub fn unroot_to(&mut self, mark: usize) {
        self.roots.truncate(mark);
    }

    // ---- collection -----------------------------------------------------------------------

    /// A safepoint: collect if the heap asks for it. Only the interpreter calls this, at
    /// back-edges and calls, where every live value is reachable from the VM.
    #[inline]
    pub fn safepoint(&mut self) {
        if (self.heap.wants_collection() || self.gc_stress) && self.gc_inhibit == 0 {
            self.collect_garbage();
        }
    }

    /// A frame that runs nothing (the stand-in kept in a running generator's frame box).
    pub fn empty_frame(&self) -> Frame {
        Frame::empty(self.placeholder_code)
    }

    /// The interned str for `s`, if `s` was ever interned.
    pub fn interned_get(&self, s: &str) -> Option<Value> {
        self.interned.get(s).copied()
    }

    /// Is `v` the interned str for its text?
    pub fn is_interned(&self, v: Value) -> bool {
        v.get::<StrObj>()
            .and_then(|s| self.interned.get(s.as_str()))
            .map(|&i| i == v)
            .unwrap_or(false)
    }

    /// A class changed: forget cached lookups.
    pub fn invalidate_type_caches(&mut self) {
        self.mro_cache.borrow_mut().clear();
    }

    pub fn collect_garbage(&mut self) {
        if self.gc_inhibit > 0 {
            return;
        }
        self.mro_cache.borrow_mut().clear();
        let Vm {
            heap,
            t,
            frame,
            frames,
            placeholder_code,
            builtins,
            modules,
            interned,
            roots,
            handled_exc,
            names,
            spec,
            ..
        } = self;
        heap.collect(&mut |m: &mut Marker| {
            t.trace(m);
            names.trace(m);
            m.mark(*builtins);
            m.mark(*modules);
            m.mark(*handled_exc);
            m.mark_all(roots);
            spec.trace(m);
            for v in interned.values() {
                m.mark(*v);
            }
            frame.trace(m);
            m.mark(*placeholder_code);
            for f in frames.iter() {
                f.trace(m);
            }
        });
    }

    // ---- small accessors --------------------------------------------------------------------

    /// The str contents of a value known to be a str.
    pub fn str_of(v: Value) -> &'static str {
        v.get::<StrObj>().map(|s| s.as_str()).unwrap_or("")
    }

    pub fn dict_table(v: Value) -> Option<&'static std::cell::RefCell<DictTable>> {
        v.get::<DictObj>().map(|d| &d.table)
    }

    /// Flush buffered stdout (before writing to stderr, and at exit).
    pub fn flush_stdout(&mut self) {
        use std::io::Write;
        let _ = self.stdout.flush();
    }
}

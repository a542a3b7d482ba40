//! The heap: size-class allocation of objects and a precise, non-moving mark-sweep collector.
//!
//! Every heap object is a `#[repr(C)]` struct whose first field is a `Header` (kind + mark bit).
//! Objects live in slots of fixed-size slabs, one slab list per size class; objects larger than
//! the largest class get their own allocation. Variable-size payloads (a list's items, a str's
//! bytes) live in ordinary Rust allocations owned by the object and freed when it is swept.
//!
//! Collection happens only at safepoints chosen by the interpreter (`Vm::safepoint`), where all
//! live values are reachable from the VM's roots. Allocation itself never collects, so Rust
//! code may hold `Value`s in locals between safepoints without rooting them.

use super::object::*;
use super::value::Value;
use std::alloc::{self, Layout};
use std::cell::Cell;

/// Object header: the first 8 bytes of every heap object.
#[repr(C)]
pub struct Header {
    kind: Cell<u8>,
    marked: Cell<bool>,
    size_class: Cell<u8>,
    _reserved: u8,
    /// Free for the object's own use (e.g. a cached flag).
    pub aux: Cell<u32>,
}

impl Header {
    pub const fn new() -> Header {
        Header {
            kind: Cell::new(0),
            marked: Cell::new(false),
            size_class: Cell::new(0),
            _reserved: 0,
            aux: Cell::new(0),
        }
    }
    #[inline(always)]
    pub fn kind(&self) -> Kind {
        // SAFETY: `kind` is only ever written from a valid `Kind` discriminant (in `alloc`) or
        // `Kind::Free` (in sweep); every `Kind` is a `u8` enum with those values.
        unsafe { std::mem::transmute::<u8, Kind>(self.kind.get()) }
    }
}

impl Default for Header {
    fn default() -> Self {
        Header::new()
    }
}

/// A type that lives on the heap. `#[repr(C)]` with `header: Header` as the first field.
pub trait HeapObj: Sized + 'static {
    const KIND: Kind;
    /// Mark every `Value` this object holds.
    fn trace(&self, m: &mut Marker);
}

/// Declares every heap object type once: the `Kind` enum and the trace/drop dispatch.
macro_rules! heap_kinds {
    ($($kind:ident => $ty:ty),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Kind { Free = 0, $($kind),* }

        $(impl HeapObj for $ty { const KIND: Kind = Kind::$kind; fn trace(&self, m: &mut Marker) { Trace::trace(self, m) } })*

        /// Mark the children of the object at `h`.
        fn trace_object(h: *const Header, m: &mut Marker) {
            // SAFETY: `h` is a live, marked object; its kind says which type it was allocated as.
            unsafe {
                match (*h).kind() {
                    Kind::Free => {}
                    $(Kind::$kind => Trace::trace(&*(h as *const $ty), m),)*
                }
            }
        }

        /// Run the destructor of the object at `h` (its memory is reclaimed by the caller).
        fn drop_object(h: *mut Header) {
            // SAFETY: `h` is an unreachable object of the kind its header says; it is dropped
            // exactly once, after which its header is marked Free.
            unsafe {
                match (*h).kind() {
                    Kind::Free => {}
                    $(Kind::$kind => std::ptr::drop_in_place(h as *mut $ty),)*
                }
            }
        }

        fn object_size(kind: Kind) -> usize {
            match kind {
                Kind::Free => 0,
                $(Kind::$kind => std::mem::size_of::<$ty>(),)*
            }
        }
    };
}

/// How an object type lists the values it holds.
pub trait Trace {
    fn trace(&self, m: &mut Marker);
}

heap_kinds! {
    Str => StrObj,
    BigInt => BigIntObj,
    List => ListObj,
    Tuple => TupleObj,
    Dict => DictObj,
    Set => SetObj,
    Range => RangeObj,
    Slice => SliceObj,
    Code => CodeObj,
    Function => FunctionObj,
    Cell => CellObj,
    Builtin => BuiltinObj,
    BoundMethod => BoundMethodObj,
    Exception => ExceptionObj,
    Type => TypeObj,
    Module => ModuleObj,
    Iter => IterObj,
    DictView => DictViewObj,
    Property => PropertyObj,
    Generator => GeneratorObj,
    Instance => InstanceObj,
    Super => SuperObj,
    Bytes => BytesObj,
    Digest => DigestObj,
}

/// Collects reachable objects: an explicit stack, so deep structures never recurse.
pub struct Marker {
    stack: Vec<*const Header>,
}

impl Marker {
    #[inline]
    pub fn mark(&mut self, v: Value) {
        if let Some(h) = v.header() {
            if !h.marked.get() {
                h.marked.set(true);
                self.stack.push(h as *const Header);
            }
        }
    }
    pub fn mark_all(&mut self, vs: &[Value]) {
        for &v in vs {
            self.mark(v);
        }
    }
}

const SIZE_CLASSES: [usize; 9] = [16, 32, 48, 64, 80, 96, 128, 192, 256];
const SLAB_BYTES: usize = 64 * 1024;
const LARGE: u8 = u8::MAX;

struct SizeClass {
    slot: usize,
    slabs: Vec<*mut u8>,
    /// Free slots, threaded through the slot memory after the header.
    free: *mut Header,
}

pub struct Heap {
    classes: Vec<SizeClass>,
    large: Vec<*mut Header>,
    /// Bytes of objects allocated since the last collection (slots plus payload hints).
    pub allocated_since_gc: usize,
    /// Bytes live after the last collection: the next collection waits for as much again.
    pub live_after_gc: usize,
    pub threshold: usize,
    pub collections: u64,
    pub live_objects: usize,
}

const MIN_THRESHOLD: usize = 8 << 20;

impl Heap {
    pub fn new() -> Heap {
        Heap {
            classes: SIZE_CLASSES
                .iter()
                .map(|&slot| SizeClass {
                    slot,
                    slabs: Vec::new(),
                    free: std::ptr::null_mut(),
                })
                .collect(),
            large: Vec::new(),
            allocated_since_gc: 0,
            live_after_gc: 0,
            threshold: MIN_THRESHOLD,
            collections: 0,
            live_objects: 0,
        }
    }

    fn class_for(size: usize) -> Option<usize> {
        SIZE_CLASSES.iter().position(|&s| s >= size)
    }

    /// Move `obj` onto the heap and return a Value pointing at it. `extra` is a hint of the
    /// payload bytes the object owns outside its slot (e.g. a str's text), so that programs
    /// that allocate big payloads collect sooner.
    pub fn alloc<T: HeapObj>(&mut self, obj: T, extra: usize) -> Value {
        let size = std::mem::size_of::<T>();
        debug_assert!(std::mem::align_of::<T>() <= 16);
        let (ptr, class) = match Self::class_for(size) {
            Some(c) => (self.alloc_slot(c), c as u8),
            None => {
                let layout = Layout::from_size_align(size, 16).expect("object layout");
                // SAFETY: `layout` has non-zero size (every object has an 8-byte header).
                let p = unsafe { alloc::alloc(layout) } as *mut Header;
                if p.is_null() {
                    alloc::handle_alloc_error(layout);
                }
                self.large.push(p);
                (p, LARGE)
            }
        };
        // SAFETY: `ptr` is a fresh, suitably sized and aligned allocation for `T` that nothing
        // else refers to; we initialise it fully with `write` before anyone reads it.
        unsafe {
            std::ptr::write(ptr as *mut T, obj);
            let h = &*ptr;
            h.kind.set(T::KIND as u8);
            h.marked.set(false);
            h.size_class.set(class);
        }
        self.allocated_since_gc += size + extra;
        self.live_objects += 1;
        Value::from_ptr(ptr)
    }

    fn alloc_slot(&mut self, class: usize) -> *mut Header {
        let sc = &mut self.classes[class];
        if sc.free.is_null() {
            let layout = Layout::from_size_align(SLAB_BYTES, 16).expect("slab layout");
            // SAFETY: non-zero size; checked for null below.
            let slab = unsafe { alloc::alloc_zeroed(layout) };
            if slab.is_null() {
                alloc::handle_alloc_error(layout);
            }
            sc.slabs.push(slab);
            let n = SLAB_BYTES / sc.slot;
            for i in (0..n).rev() {
                // SAFETY: slot i lies within the slab; a zeroed header has kind Free.
                unsafe {
                    let slot = slab.add(i * sc.slot) as *mut Header;
                    set_next_free(slot, sc.free);
                    sc.free = slot;
                }
            }
        }
        let slot = sc.free;
        // SAFETY: `slot` came off this class's free list, so it is a Free slot whose link
        // word was written by `set_next_free`.
        sc.free = unsafe { next_free(slot) };
        slot
    }

    /// Should the VM collect at its next safepoint?
    #[inline(always)]
    pub fn wants_collection(&self) -> bool {
        self.allocated_since_gc > self.threshold
    }

    /// Mark from `roots`, then sweep. `roots` is called with a marker to mark every root.
    pub fn collect(&mut self, roots: &mut dyn FnMut(&mut Marker)) {
        let mut m = Marker {
            stack: Vec::with_capacity(1024),
        };
        roots(&mut m);
        while let Some(h) = m.stack.pop() {
            trace_object(h, &mut m);
        }
        self.sweep();
        self.collections += 1;
    }

    fn sweep(&mut self) {
        let mut live_bytes = 0usize;
        let mut live_objects = 0usize;
        for sc in &mut self.classes {
            let n = SLAB_BYTES / sc.slot;
            for &slab in &sc.slabs {
                for i in 0..n {
                    // SAFETY: slot i lies within the slab and starts with a header (zeroed or
                    // written by alloc).
                    unsafe {
                        let h = slab.add(i * sc.slot) as *mut Header;
                        if (*h).kind.get() == Kind::Free as u8 {
                            continue;
                        }
                        if (*h).marked.get() {
                            (*h).marked.set(false);
                            live_bytes += sc.slot;
                            live_objects += 1;
                        } else {
                            drop_object(h);
                            (*h).kind.set(Kind::Free as u8);
                            set_next_free(h, sc.free);
                            sc.free = h;
                        }
                    }
                }
            }
        }
        self.large.retain(|&h| {
            // SAFETY: every pointer in `large` is a live allocation made in `alloc`.
            unsafe {
                if (*h).marked.get() {
                    (*h).marked.set(false);
                    live_objects += 1;
                    live_bytes += object_size((*h).kind());
                    true
                } else {
                    let size = object_size((*h).kind());
                    drop_object(h);
                    alloc::dealloc(
                        h as *mut u8,
                        Layout::from_size_align(size, 16).expect("object layout"),
                    );
                    false
                }
            }
        });
        self.live_objects = live_objects;
        self.live_after_gc = live_bytes;
        self.allocated_since_gc = 0;
        self.threshold = MIN_THRESHOLD.max(live_bytes);
    }
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

// The free-list link is stored in the 8 bytes after the header of a free slot.
unsafe fn set_next_free(slot: *mut Header, next: *mut Header) {
    // SAFETY (caller): `slot` is a free slot of at least 16 bytes.
    unsafe { std::ptr::write((slot as *mut u8).add(8) as *mut *mut Header, next) }
}
unsafe fn next_free(slot: *mut Header) -> *mut Header {
    // SAFETY (caller): `slot` is a free slot whose link was written by `set_next_free`.
    unsafe { std::ptr::read((slot as *mut u8).add(8) as *const *mut Header) }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // Free everything (the CLI exits without dropping its VM, so this costs programs
        // nothing; tests that make many VMs get their memory back).
        for sc in &self.classes {
            let n = SLAB_BYTES / sc.slot;
            for &slab in &sc.slabs {
                // SAFETY: every slot holds a header; non-free slots hold live objects that are
                // dropped once here, then the slab (allocated in `alloc_slot` with this layout)
                // is released.
                unsafe {
                    for i in 0..n {
                        let h = slab.add(i * sc.slot) as *mut Header;
                        if (*h).kind.get() != Kind::Free as u8 {
                            drop_object(h);
                        }
                    }
                    alloc::dealloc(
                        slab,
                        Layout::from_size_align(SLAB_BYTES, 16).expect("slab layout"),
                    )
                }
            }
        }
        for &h in &self.large {
            // SAFETY: a live large object allocated in `alloc`, dropped and freed once.
            unsafe {
                let size = object_size((*h).kind());
                drop_object(h);
                alloc::dealloc(
                    h as *mut u8,
                    Layout::from_size_align(size, 16).expect("object layout"),
                );
            }
        }
    }
}

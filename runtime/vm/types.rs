//! The builtin type objects (int, str, list, …, the exception hierarchy) and interned names,
//! created once when the VM starts.

use crate::runtime::heap::{Heap, Marker};
use crate::runtime::object::*;
use crate::runtime::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// The exceptions the runtime itself raises. Each has a class in `BuiltinTypes::exc`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExcName {
    BaseException,
    SystemExit,
    KeyboardInterrupt,
    GeneratorExit,
    Exception,
    StopIteration,
    StopAsyncIteration,
    ArithmeticError,
    FloatingPointError,
    OverflowError,
    ZeroDivisionError,
    AssertionError,
    AttributeError,
    BufferError,
    EOFError,
    ImportError,
    ModuleNotFoundError,
    LookupError,
    IndexError,
    KeyError,
    MemoryError,
    NameError,
    UnboundLocalError,
    OSError,
    FileNotFoundError,
    PermissionError,
    FileExistsError,
    IsADirectoryError,
    NotADirectoryError,
    ReferenceError,
    RuntimeError,
    NotImplementedError,
    RecursionError,
    SyntaxError,
    IndentationError,
    TabError,
    SystemError,
    TypeError,
    ValueError,
    UnicodeError,
    UnicodeDecodeError,
    UnicodeEncodeError,
    Warning,
    UserWarning,
    DeprecationWarning,
    RuntimeWarning,
}

/// (exception, its base) in an order where every base comes first.
const EXCEPTION_TREE: &[(ExcName, Option<ExcName>)] = {
    use ExcName::*;
    &[
        (BaseException, None),
        (SystemExit, Some(BaseException)),
        (KeyboardInterrupt, Some(BaseException)),
        (GeneratorExit, Some(BaseException)),
        (Exception, Some(BaseException)),
        (StopIteration, Some(Exception)),
        (StopAsyncIteration, Some(Exception)),
        (ArithmeticError, Some(Exception)),
        (FloatingPointError, Some(ArithmeticError)),
        (OverflowError, Some(ArithmeticError)),
        (ZeroDivisionError, Some(ArithmeticError)),
        (AssertionError, Some(Exception)),
        (AttributeError, Some(Exception)),
        (BufferError, Some(Exception)),
        (EOFError, Some(Exception)),
        (ImportError, Some(Exception)),
        (ModuleNotFoundError, Some(ImportError)),
        (LookupError, Some(Exception)),
        (IndexError, Some(LookupError)),
        (KeyError, Some(LookupError)),
        (MemoryError, Some(Exception)),
        (NameError, Some(Exception)),
        (UnboundLocalError, Some(NameError)),
        (OSError, Some(Exception)),
        (FileNotFoundError, Some(OSError)),
        (PermissionError, Some(OSError)),
        (FileExistsError, Some(OSError)),
        (IsADirectoryError, Some(OSError)),
        (NotADirectoryError, Some(OSError)),
        (ReferenceError, Some(Exception)),
        (RuntimeError, Some(Exception)),
        (NotImplementedError, Some(RuntimeError)),
        (RecursionError, Some(RuntimeError)),
        (SyntaxError, Some(Exception)),
        (IndentationError, Some(SyntaxError)),
        (TabError, Some(IndentationError)),
        (SystemError, Some(Exception)),
        (TypeError, Some(Exception)),
        (ValueError, Some(Exception)),
        (UnicodeError, Some(ValueError)),
        (UnicodeDecodeError, Some(UnicodeError)),
        (UnicodeEncodeError, Some(UnicodeError)),
        (Warning, Some(Exception)),
        (UserWarning, Some(Warning)),
        (DeprecationWarning, Some(Warning)),
        (RuntimeWarning, Some(Warning)),
    ]
};

pub struct BuiltinTypes {
    pub object: Value,
    pub type_: Value,
    pub none: Value,
    pub bool_: Value,
    pub int: Value,
    pub float: Value,
    pub str_: Value,
    pub bytes: Value,
    pub bytearray: Value,
    pub list: Value,
    pub tuple: Value,
    pub dict: Value,
    pub set: Value,
    pub frozenset: Value,
    pub range: Value,
    pub slice: Value,
    pub function: Value,
    pub builtin_function: Value,
    pub method: Value,
    pub code: Value,
    pub cell: Value,
    pub module: Value,
    pub dict_keys: Value,
    pub dict_values: Value,
    pub dict_items: Value,
    pub property: Value,
    pub generator: Value,
    pub super_: Value,
    pub coroutine: Value,
    pub staticmethod: Value,
    pub classmethod: Value,
    pub not_implemented_type: Value,
    pub ellipsis_type: Value,
    pub getset_descriptor: Value,
    /// Iterator types by name (`list_iterator`, `zip`, …).
    pub iterators: HashMap<&'static str, Value>,
    pub exc: HashMap<ExcName, Value>,
    pub empty_tuple: Value,
}

fn str_eq(a: Value, b: Value) -> Result<bool, ()> {
    Ok(match (a.get::<StrObj>(), b.get::<StrObj>()) {
        (Some(x), Some(y)) => x.as_str() == y.as_str(),
        _ => a == b,
    })
}

/// Set `dict[name] = value` for a str key, outside the VM (used while bootstrapping).
pub fn dict_set_str(
    heap: &mut Heap,
    interned: &mut super::fxhash::FxHashMap<Box<str>, Value>,
    dict: Value,
    name: &str,
    value: Value,
) {
    let key = intern_in(heap, interned, name);
    let hash = key.get::<StrObj>().map(|s| s.hash()).unwrap_or(0);
    if let Some(d) = dict.get::<DictObj>() {
        let _ = d.table.borrow_mut().insert(key, hash, value, &mut str_eq);
    }
}

pub fn intern_in(
    heap: &mut Heap,
    interned: &mut super::fxhash::FxHashMap<Box<str>, Value>,
    s: &str,
) -> Value {
    if let Some(&v) = interned.get(s) {
        return v;
    }
    let v = heap.alloc(StrObj::new(s), s.len());
    interned.insert(s.into(), v);
    v
}

/// Make a type object with single inheritance from `base` (or none, for `object`).
pub fn make_type(
    heap: &mut Heap,
    name: &str,
    layout: Layout,
    base: Option<Value>,
    is_builtin: bool,
) -> Value {
    let dict = heap.alloc(DictObj::new(DictTable::new()), 0);
    let bases: Vec<Value> = base.into_iter().collect();
    let ty = heap.alloc(
        TypeObj {
            header: Default::default(),
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            layout,
            bases: RefCell::new(bases.clone()),
            mro: RefCell::new(Vec::new()),
            dict,
            version: Cell::new(crate::runtime::object::types::next_type_version()),
            is_builtin,
            slots_cache: RefCell::new(None),
            meta: Cell::new(Value::NULL),
            subclasses: RefCell::new(Vec::new()),
            is_abstract: Cell::new(false),
            getattribute_cache: Cell::new(0),
        },
        0,
    );
    let mut mro = vec![ty];
    if let Some(b) = base.and_then(|b| b.get::<TypeObj>()) {
        mro.extend(b.mro.borrow().iter().copied());
    }
    if let Some(t) = ty.get::<TypeObj>() {
        *t.mro.borrow_mut() = mro;
    }
    ty
}

impl BuiltinTypes {
    pub fn new(
        heap: &mut Heap,
        interned: &mut super::fxhash::FxHashMap<Box<str>, Value>,
    ) -> BuiltinTypes {
        let object = make_type(heap, "object", Layout::Object, None, true);
        let mk = |heap: &mut Heap, name: &str, layout: Layout| {
            make_type(heap, name, layout, Some(object), true)
        };
        let type_ = mk(heap, "type", Layout::Type);
        let int = mk(heap, "int", Layout::Int);
        let bool_ = make_type(heap, "bool", Layout::Bool, Some(int), true);
        let mut iterators = HashMap::new();
        for name in [
            "list_iterator",
            "list_reverseiterator",
            "tuple_iterator",
            "range_iterator",
            "str_ascii_iterator",
            "bytes_iterator",
            "bytearray_iterator",
            "dict_keyiterator",
            "dict_valueiterator",
            "dict_itemiterator",
            "set_iterator",
            "reversed",
            "iterator",
            "enumerate",
            "zip",
            "map",
            "filter",
            "callable_iterator",
        ] {
            iterators.insert(name, mk(heap, name, Layout::Iterator));
        }
        let mut exc = HashMap::new();
        for &(name, base) in EXCEPTION_TREE {
            let base_ty = base.map(|b| exc[&b]).unwrap_or(object);
            let ty = make_type(
                heap,
                &format!("{name:?}"),
                Layout::Exception,
                Some(base_ty),
                true,
            );
            exc.insert(name, ty);
        }
        let empty_tuple = heap.alloc(TupleObj::new(Vec::new()), 0);
        let t = BuiltinTypes {
            object,
            type_,
            none: mk(heap, "NoneType", Layout::NoneType),
            bool_,
            int,
            float: mk(heap, "float", Layout::Float),
            str_: mk(heap, "str", Layout::Str),
            bytes: mk(heap, "bytes", Layout::Bytes),
            bytearray: mk(heap, "bytearray", Layout::ByteArray),
            list: mk(heap, "list", Layout::List),
            tuple: mk(heap, "tuple", Layout::Tuple),
            dict: mk(heap, "dict", Layout::Dict),
            set: mk(heap, "set", Layout::Set),
            frozenset: mk(heap, "frozenset", Layout::FrozenSet),
            range: mk(heap, "range", Layout::Range),
            slice: mk(heap, "slice", Layout::Slice),
            function: mk(heap, "function", Layout::Function),
            builtin_function: mk(heap, "builtin_function_or_method", Layout::Builtin),
            method: mk(heap, "method", Layout::BoundMethod),
            code: mk(heap, "code", Layout::Code),
            cell: mk(heap, "cell", Layout::Cell),
            module: mk(heap, "module", Layout::Module),
            dict_keys: mk(heap, "dict_keys", Layout::DictView),
            dict_values: mk(heap, "dict_values", Layout::DictView),
            dict_items: mk(heap, "dict_items", Layout::DictView),
            property: mk(heap, "property", Layout::Property),
            generator: mk(heap, "generator", Layout::Generator),
            super_: mk(heap, "super", Layout::Object),
            coroutine: mk(heap, "coroutine", Layout::Generator),
            staticmethod: mk(heap, "staticmethod", Layout::Property),
            classmethod: mk(heap, "classmethod", Layout::Property),
            not_implemented_type: mk(heap, "NotImplementedType", Layout::NotImplementedType),
            ellipsis_type: mk(heap, "ellipsis", Layout::Ellipsis),
            getset_descriptor: mk(heap, "getset_descriptor", Layout::Property),
            iterators,
            exc,
            empty_tuple,
        };
        let _ = interned;
        t
    }

    pub fn trace(&self, m: &mut Marker) {
        for v in [
            self.object,
            self.type_,
            self.none,
            self.bool_,
            self.int,
            self.float,
            self.str_,
            self.bytes,
            self.bytearray,
            self.list,
            self.tuple,
            self.dict,
            self.set,
            self.frozenset,
            self.range,
            self.slice,
            self.function,
            self.builtin_function,
            self.method,
            self.code,
            self.cell,
            self.module,
            self.dict_keys,
            self.dict_values,
            self.dict_items,
            self.property,
            self.generator,
            self.super_,
            self.coroutine,
            self.staticmethod,
            self.classmethod,
            self.not_implemented_type,
            self.ellipsis_type,
            self.getset_descriptor,
            self.empty_tuple,
        ] {
            m.mark(v);
        }
        for v in self.iterators.values() {
            m.mark(*v);
        }
        for v in self.exc.values() {
            m.mark(*v);
        }
    }

    /// Every named builtin type, for installing into the builtins namespace.
    pub fn named(&self) -> Vec<(&'static str, Value)> {
        vec![
            ("object", self.object),
            ("type", self.type_),
            ("bool", self.bool_),
            ("int", self.int),
            ("float", self.float),
            ("str", self.str_),
            ("bytes", self.bytes),
            ("bytearray", self.bytearray),
            ("list", self.list),
            ("tuple", self.tuple),
            ("dict", self.dict),
            ("set", self.set),
            ("frozenset", self.frozenset),
            ("range", self.range),
            ("slice", self.slice),
            ("property", self.property),
            ("staticmethod", self.staticmethod),
            ("classmethod", self.classmethod),
            ("enumerate", self.iterators["enumerate"]),
            ("zip", self.iterators["zip"]),
            ("map", self.iterators["map"]),
            ("filter", self.iterators["filter"]),
            ("reversed", self.iterators["reversed"]),
        ]
    }
}

/// Names the runtime looks up often, interned once.
pub struct CommonNames {
    pub init: Value,
    pub name: Value,
    pub qualname: Value,
    pub module: Value,
    pub doc: Value,
    pub main: Value,
    pub classcell: Value,
    pub builtins: Value,
}

impl CommonNames {
    pub fn new(
        heap: &mut Heap,
        interned: &mut super::fxhash::FxHashMap<Box<str>, Value>,
    ) -> CommonNames {
        let mut i = |s: &str| intern_in(heap, interned, s);
        CommonNames {
            init: i("__init__"),
            name: i("__name__"),
            qualname: i("__qualname__"),
            module: i("__module__"),
            doc: i("__doc__"),
            main: i("__main__"),
            classcell: i("__classcell__"),
            builtins: i("builtins"),
        }
    }
    pub fn trace(&self, m: &mut Marker) {
        m.mark_all(&[
            self.init,
            self.name,
            self.qualname,
            self.module,
            self.doc,
            self.main,
            self.classcell,
            self.builtins,
        ]);
    }
}

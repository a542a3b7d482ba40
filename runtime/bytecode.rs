//! The bytecode: one table of every instruction (`define_ops!`), the instruction word, and
//! `CodeUnit`, the compiler's output as plain data (no heap values), which the VM loads into a
//! code object.
//!
//! Stack notation in the docs below: `[a, b] -> [c]` means the instruction pops `b` (top) then
//! `a`, and pushes `c`. `NULL` is `Value::NULL`, a marker that is never a Python object.
//! Jump targets are absolute instruction indices into `CodeUnit::code`.

/// The single list of instructions, as a macro that hands the whole table to `$callback`:
/// `base { … }` lists the instructions the compiler emits, each with a doc string giving its
/// stack effect and meaning; `specialized { … }` lists the forms the adaptive interpreter
/// (tier 1) rewrites them into, each as `NAME: FAMILY [UOP, …]`: the family (base
/// instruction) it stands in for, and the micro-ops (guards, then one action) it runs.
///
/// Everything else is generated from this one table: the `Op` enum, names, families and micro-op
/// lists (`define_ops!` below), and the interpreter's cases for every specialized form
/// (`runtime/vm/specialize/uops.rs`), whose micro-op bodies are the ones tier 2 records. A
/// missing case is a compile error (the interpreter matches exhaustively on the base ops).
macro_rules! instruction_table {
    ($callback:ident) => {
        $callback! {
            base {
                /// Does nothing.
                NOP,
                /// `[a] -> []`
                POP_TOP,
                /// `[] -> [NULL]`: the "no self" slot of a call (see CALL).
                PUSH_NULL,
                /// `[.. x(arg-th from top, 1 = top)] -> [.. x, x]`: push a copy of the arg-th item.
                COPY,
                /// Swap the top with the arg-th item (arg >= 2; 2 swaps the top two).
                SWAP,
                /// `[] -> [consts[arg]]`
                LOAD_CONST,
                /// `[] -> [locals[arg]]`; raises UnboundLocalError ("cannot access local variable 'x'
                /// where it is not associated with a value") if unset.
                LOAD_FAST,
                /// `[v] -> []`: `locals[arg] = v`
                STORE_FAST,
                /// Unset `locals[arg]` (UnboundLocalError if already unset).
                DELETE_FAST,
                /// `[] -> [cell.contents]` where the cell is `cells[arg]`; `cells` = cellvars then freevars.
                /// Unset cell: NameError "cannot access free variable 'x' where it is not associated with a
                /// value in enclosing scope" (freevar) or UnboundLocalError (cellvar).
                LOAD_DEREF,
                /// `[v] -> []`: `cells[arg].contents = v`
                STORE_DEREF,
                /// Unset `cells[arg]`.
                DELETE_DEREF,
                /// `[] -> [cells[arg]]`: the cell object itself, to build a closure tuple.
                LOAD_CLOSURE,
                /// `[] -> [v]`: `names[arg]` looked up in globals, then builtins; NameError
                /// "name 'x' is not defined".
                LOAD_GLOBAL,
                /// `[v] -> []`: `globals[names[arg]] = v`
                STORE_GLOBAL,
                /// Delete `globals[names[arg]]` (NameError if missing).
                DELETE_GLOBAL,
                /// `[] -> [v]`: `names[arg]` looked up in the frame's locals mapping (class body namespace),
                /// then globals, then builtins. Used only in class bodies.
                LOAD_NAME,
                /// `[v] -> []`: store into the locals mapping (class body namespace).
                STORE_NAME,
                /// Delete from the locals mapping.
                DELETE_NAME,
                /// `[obj] -> [obj.names[arg]]`
                LOAD_ATTR,
                /// `[v, obj] -> []`: `obj.names[arg] = v`
                STORE_ATTR,
                /// `[obj] -> []`: `del obj.names[arg]`
                DELETE_ATTR,
                /// `[obj] -> [callable, self_or_null]`: look up method `names[arg]`. If it is a plain
                /// function found on the type (an unbound method), pushes `[func, obj]`; otherwise pushes
                /// `[obj.name, NULL]`. Followed eventually by CALL / CALL_KW.
                LOAD_METHOD,
                /// `[container, key] -> [container[key]]`
                BINARY_SUBSCR,
                /// `[v, container, key] -> []`: `container[key] = v`
                STORE_SUBSCR,
                /// `[container, key] -> []`: `del container[key]`
                DELETE_SUBSCR,
                /// arg = 2: `[lo, hi] -> [slice(lo, hi)]`; arg = 3: `[lo, hi, step] -> [slice(lo, hi, step)]`.
                /// Missing bounds are pushed as None.
                BUILD_SLICE,
                /// `[a, b] -> [a op b]` with `op = BinaryOp::from_arg(arg)`; the in-place forms try
                /// `__iadd__` etc. first (lists extend in place).
                BINARY_OP,
                /// `[a] -> [-a]`
                UNARY_NEGATIVE,
                /// `[a] -> [+a]`
                UNARY_POSITIVE,
                /// `[a] -> [~a]`
                UNARY_INVERT,
                /// `[a] -> [not a]`
                UNARY_NOT,
                /// `[a, b] -> [a cmp b]` with `cmp = CompareOp::from_arg(arg)` (Lt, Le, Eq, Ne, Gt, Ge).
                COMPARE_OP,
                /// `[a, b] -> [a is b]`, or `a is not b` when arg = 1.
                IS_OP,
                /// `[a, b] -> [a in b]`, or `a not in b` when arg = 1.
                CONTAINS_OP,
                /// Jump to arg (a forward jump).
                JUMP_FORWARD,
                /// Jump to arg (a backward jump: the loop back-edge; a safepoint and the hot-loop counter).
                JUMP_BACKWARD,
                /// `[c] -> []`: jump to arg if `c` is falsy.
                POP_JUMP_IF_FALSE,
                /// `[c] -> []`: jump to arg if `c` is truthy.
                POP_JUMP_IF_TRUE,
                /// `[c] -> []`: jump to arg if `c is None`.
                POP_JUMP_IF_NONE,
                /// `[c] -> []`: jump to arg if `c is not None`.
                POP_JUMP_IF_NOT_NONE,
                /// `[c] -> [c]` and jump to arg if `c` is falsy; else `[c] -> []` and fall through.
                JUMP_IF_FALSE_OR_POP,
                /// `[c] -> [c]` and jump to arg if `c` is truthy; else `[c] -> []` and fall through.
                JUMP_IF_TRUE_OR_POP,
                /// `[obj] -> [iter(obj)]`
                GET_ITER,
                /// `[it] -> [it, next(it)]`; when `it` is exhausted: `[it] -> []` and jump to arg.
                FOR_ITER,
                /// `[v] -> ` return v from the frame.
                RETURN_VALUE,
                /// `[i1 … in] -> [(i1, …, in)]`
                BUILD_TUPLE,
                /// `[i1 … in] -> [[i1, …, in]]`
                BUILD_LIST,
                /// `[i1 … in] -> [{i1, …, in}]`
                BUILD_SET,
                /// `[k1, v1, … kn, vn] -> [{k1: v1, …}]` (arg = n pairs)
                BUILD_MAP,
                /// `[s1 … sn] -> [s1 + … + sn]`: concatenate n str values (f-strings).
                BUILD_STRING,
                /// `[.. list .. v] -> [.. list ..]`: `list.append(v)` where list is the arg-th item from the
                /// top after popping v (arg = 1 means the new top). Comprehensions.
                LIST_APPEND,
                /// Like LIST_APPEND for a set: `set.add(v)`.
                SET_ADD,
                /// `[.. dict .. k, v] -> [.. dict ..]`: `dict[k] = v` (dict is the arg-th item after popping).
                MAP_ADD,
                /// `[.. list .. iterable] -> [.. list ..]`: `list.extend(iterable)` (arg as LIST_APPEND).
                LIST_EXTEND,
                /// `[.. set .. iterable] -> [.. set ..]`: `set.update(iterable)`.
                SET_UPDATE,
                /// `[.. dict .. mapping] -> [.. dict ..]`: `dict.update(mapping)` (`{**a}` displays).
                DICT_UPDATE,
                /// Like DICT_UPDATE, but a repeated key raises TypeError
                /// "f() got multiple values for keyword argument 'k'" (`f(**a, **b)`), and a non-mapping
                /// raises "argument after ** must be a mapping, not int".
                DICT_MERGE,
                /// `[list] -> [tuple(list)]`
                LIST_TO_TUPLE,
                /// Format a value for an f-string. `arg & 3`: conversion (0 none, 1 str, 2 repr, 3 ascii);
                /// `arg & 4`: a format spec is on top. `[v] -> [format(v)]` or `[v, spec] -> [format(v, spec)]`.
                FORMAT_VALUE,
                /// `[seq] -> [x_n, …, x_1]`: unpack exactly arg items, pushing them so that x_1 is on top
                /// (the compiler then stores targets left to right). ValueError "too many values to unpack
                /// (expected 2)" / "not enough values to unpack (expected 3, got 2)".
                UNPACK_SEQUENCE,
                /// Starred unpack: `arg = before | (after << 8)`. Pushes `after` items, then a list of the
                /// middle, then `before` items, so that the first target is on top.
                UNPACK_EX,
                /// Build a function. Stack, bottom to top: `[defaults tuple]` if `arg & 1`, `[kwdefaults
                /// dict]` if `arg & 2`, `[annotations dict]` if `arg & 4`, `[closure tuple of cells]` if
                /// `arg & 8`, then the code object (a constant). `-> [function]`. The function's
                /// `__module__`/globals are the current frame's globals.
                MAKE_FUNCTION,
                /// Call. Stack `[callable, self_or_null, a1, …, a_arg] -> [result]`. If `self_or_null` is
                /// not NULL the call is `callable(self_or_null, a1, …)`, else `callable(a1, …)`.
                CALL,
                /// Call with keywords. Stack `[callable, self_or_null, a1 … a_arg, kwnames] -> [result]`:
                /// `kwnames` is a tuple constant of str naming the last `len(kwnames)` of the arg values.
                CALL_KW,
                /// `[callable, self_or_null, args_tuple] -> [result]` (arg = 0), or
                /// `[callable, self_or_null, args_tuple, kwargs_dict] -> [result]` (arg = 1):
                /// `callable(*args, **kwargs)`. args_tuple is a tuple (the compiler emits LIST_TO_TUPLE).
                CALL_FUNCTION_EX,
                /// arg = 0: re-raise the exception being handled (RuntimeError "No active exception to
                /// reraise" if none); arg = 1: `[exc] -> ` raise exc (a class is instantiated);
                /// arg = 2: `[exc, cause] -> ` raise exc from cause.
                RAISE_VARARGS,
                /// `[exc] -> [prev_handled, exc]`: entering an except/finally handler. Pushes the exception
                /// that was being handled before (or None) and makes `exc` the one being handled
                /// (what a bare `raise` re-raises and what becomes `__context__` of new exceptions).
                PUSH_EXC_INFO,
                /// `[prev_handled] -> []`: leaving a handler; restore the previously handled exception.
                POP_EXCEPT,
                /// `[exc, typ] -> [exc, bool]`: does exc match typ (a class or tuple of classes)?
                /// TypeError "catching classes that do not inherit from BaseException is not allowed".
                CHECK_EXC_MATCH,
                /// `[exc] -> ` re-raise exc without adding a traceback entry. Only exc is popped; `arg` is
                /// ignored (anything else below is discarded by the unwinder of the enclosing handler).
                RERAISE,
                /// `[] -> [AssertionError]` (the class).
                LOAD_ASSERTION_ERROR,
                /// `[] -> [__build_class__]` (the builtin).
                LOAD_BUILD_CLASS,
                /// `[mgr] -> [exit_bound, mgr.__enter__()]`: `with` entry (AttributeError/TypeError
                /// "'X' object does not support the context manager protocol" if missing).
                BEFORE_WITH,
                /// `[exit_bound, lasti, prev_exc, exc] -> [exit_bound, lasti, prev_exc, exc, res]`:
                /// inside a with's exception handler, `res = exit_bound(type(exc), exc, exc.__traceback__)`.
                WITH_EXCEPT_START,
                /// `[v] -> ` suspend the generator, handing out v; on resume `-> [sent]`.
                /// arg = 1 marks the yield inside a `yield from`/`await` loop (throw/close delegate to the
                /// sub-iterator, which is the item under v).
                YIELD_VALUE,
                /// `[sub, v] -> [sub, y]` after sending v into sub (`next(sub)` if v is None and sub is not
                /// a generator); when sub returns r (StopIteration): `[sub, v] -> [r]` and jump to arg.
                SEND,
                /// `[obj] -> [iter]`: `iter(obj)` unless obj is a generator or coroutine (kept as is).
                GET_YIELD_FROM_ITER,
                /// `[obj] -> [awaitable iterator]`: coroutine as is, else `obj.__await__()`.
                GET_AWAITABLE,
                /// `[level, fromlist] -> [module]`: `import names[arg]` (level = int, fromlist = tuple or
                /// None). Like `__import__`: returns the top package for `import a.b` when fromlist is None.
                IMPORT_NAME,
                /// `[module] -> [module, module.names[arg]]` (ImportError "cannot import name 'x' from 'm'").
                IMPORT_FROM,
                /// `[module] -> []`: `from module import *` into the current namespace.
                IMPORT_STAR,
                /// `[subject] -> [subject, len(subject)]`
                GET_LEN,
                /// `[subject] -> [subject, bool]`: is subject a mapping (dict or collections.abc.Mapping)?
                MATCH_MAPPING,
                /// `[subject] -> [subject, bool]`: is subject a sequence for pattern matching (list, tuple,
                /// range, … but not str/bytes/bytearray/dict)?
                MATCH_SEQUENCE,
                /// `[subject, keys_tuple] -> [subject, keys_tuple, values_tuple_or_None]`
                MATCH_KEYS,
                /// `[subject, cls, kwnames_tuple] -> [attrs_tuple_or_None]` with arg positional
                /// sub-patterns (uses `__match_args__`).
                MATCH_CLASS,
                /// Create `__annotations__ = {}` in the namespace (module or class body) if absent.
                SETUP_ANNOTATIONS,
            }

            specialized {
                /// `int + int` (small ints; a result beyond 48 bits becomes a big int).
                BINARY_OP_ADD_INT: BINARY_OP [GUARD_BOTH_INT, BINARY_ADD_INT],
                /// `int - int`
                BINARY_OP_SUB_INT: BINARY_OP [GUARD_BOTH_INT, BINARY_SUB_INT],
                /// `int * int` (misses when the product overflows 64 bits)
                BINARY_OP_MUL_INT: BINARY_OP [GUARD_BOTH_INT, BINARY_MUL_INT],
                /// The other int operators (`//`, `%`, `&`, `|`, `^`, `<<`, `>>`) on small ints.
                BINARY_OP_INT: BINARY_OP [GUARD_BOTH_INT, BINARY_INT_OTHER],
                /// `int / int`
                BINARY_OP_TRUEDIV_INT: BINARY_OP [GUARD_BOTH_INT, BINARY_TRUEDIV_INT],
                /// `float + float`
                BINARY_OP_ADD_FLOAT: BINARY_OP [GUARD_BOTH_FLOAT, BINARY_ADD_FLOAT],
                /// `float - float`
                BINARY_OP_SUB_FLOAT: BINARY_OP [GUARD_BOTH_FLOAT, BINARY_SUB_FLOAT],
                /// `float * float`
                BINARY_OP_MUL_FLOAT: BINARY_OP [GUARD_BOTH_FLOAT, BINARY_MUL_FLOAT],
                /// `float / float` (misses on a zero divisor)
                BINARY_OP_TRUEDIV_FLOAT: BINARY_OP [GUARD_BOTH_FLOAT, BINARY_TRUEDIV_FLOAT],
                /// `float ** float` with a positive base (misses otherwise, or on overflow).
                BINARY_OP_POW_FLOAT: BINARY_OP [GUARD_BOTH_FLOAT, BINARY_POW_FLOAT],
                /// `+ - * /` on a float and a small int (either order), computed in floats as
                /// CPython does.
                BINARY_OP_FLOAT_MIXED: BINARY_OP [GUARD_BOTH_NUMBER, BINARY_FLOAT_MIXED],
                /// A binary operator on an instance of a user class whose method for it
                /// (`__add__`, …) is a plain Python function, run in a new frame.
                BINARY_OP_USER: BINARY_OP [GUARD_USER_BINARY_OPERANDS, CHECK_FRAME_DEPTH, PUSH_BINARY_DUNDER_FRAME],
                /// `str + str` (also `s += t`).
                BINARY_OP_ADD_STR: BINARY_OP [GUARD_BOTH_STR, BINARY_ADD_STR],
                /// `list[int]`
                BINARY_SUBSCR_LIST_INT: BINARY_SUBSCR [GUARD_LIST_INT_INDEX, BINARY_SUBSCR_LIST_INT],
                /// `tuple[int]`
                BINARY_SUBSCR_TUPLE_INT: BINARY_SUBSCR [GUARD_TUPLE_INT_INDEX, BINARY_SUBSCR_TUPLE_INT],
                /// `str[int]` on an ASCII str.
                BINARY_SUBSCR_ASCII_STR_INT: BINARY_SUBSCR [GUARD_ASCII_STR_INT_INDEX, BINARY_SUBSCR_ASCII_STR_INT],
                /// `dict[key]` on an exact dict.
                BINARY_SUBSCR_DICT: BINARY_SUBSCR [GUARD_DICT_SUBSCR, BINARY_SUBSCR_DICT],
                /// `list[int] = v`
                STORE_SUBSCR_LIST_INT: STORE_SUBSCR [GUARD_LIST_INT_INDEX, STORE_SUBSCR_LIST_INT],
                /// `dict[key] = v` on an exact dict.
                STORE_SUBSCR_DICT: STORE_SUBSCR [GUARD_DICT_SUBSCR, STORE_SUBSCR_DICT],
                /// `int < int` etc.
                COMPARE_OP_INT: COMPARE_OP [GUARD_BOTH_INT, COMPARE_INT],
                /// `float < float` etc.
                COMPARE_OP_FLOAT: COMPARE_OP [GUARD_BOTH_FLOAT, COMPARE_FLOAT],
                /// A float compared with a small int (either order), exactly, as doubles.
                COMPARE_OP_MIXED: COMPARE_OP [GUARD_FLOAT_INT_MIX, COMPARE_MIXED],
                /// `str == str` etc.
                COMPARE_OP_STR: COMPARE_OP [GUARD_BOTH_STR, COMPARE_STR],
                /// An int comparison fused with the POP_JUMP_IF_FALSE/TRUE after it: no bool is
                /// pushed, the jump is taken directly and the jump instruction is skipped.
                COMPARE_OP_INT_JUMP: COMPARE_OP [GUARD_BOTH_INT, COMPARE_INT_JUMP],
                /// A float comparison fused with the following conditional jump.
                COMPARE_OP_FLOAT_JUMP: COMPARE_OP [GUARD_BOTH_FLOAT, COMPARE_FLOAT_JUMP],
                /// A mixed float/int comparison fused with the following conditional jump.
                COMPARE_OP_MIXED_JUMP: COMPARE_OP [GUARD_FLOAT_INT_MIX, COMPARE_MIXED_JUMP],
                /// A str comparison fused with the following conditional jump.
                COMPARE_OP_STR_JUMP: COMPARE_OP [GUARD_BOTH_STR, COMPARE_STR_JUMP],
                /// `x in dict` on an exact dict.
                CONTAINS_OP_DICT: CONTAINS_OP [GUARD_CONTAINER_DICT, CONTAINS_DICT],
                /// `x in set` / frozenset.
                CONTAINS_OP_SET: CONTAINS_OP [GUARD_CONTAINER_SET, CONTAINS_SET],
                /// `sub in s` on strs.
                CONTAINS_OP_STR: CONTAINS_OP [GUARD_BOTH_STR_CONTAINS, CONTAINS_STR],
                /// A module global: the globals dict's key layout is unchanged, so the value is
                /// at the cached entry index.
                LOAD_GLOBAL_MODULE: LOAD_GLOBAL [GUARD_GLOBALS_VERSION, LOAD_GLOBAL_MODULE],
                /// A builtin: globals still lack the name and builtins' layout is unchanged.
                LOAD_GLOBAL_BUILTIN: LOAD_GLOBAL [GUARD_GLOBALS_VERSION, GUARD_BUILTINS_VERSION, LOAD_GLOBAL_BUILTIN],
                /// An instance attribute: the class is unchanged (no data descriptor for the
                /// name) and the instance has the cached shape, so the value is in a fixed slot.
                /// Like every `GUARD_INSTANCE_LAYOUT` form, it caches up to two (class, shape)
                /// entries, so a site that sees a class and its subclass stays specialized.
                LOAD_ATTR_INSTANCE_VALUE: LOAD_ATTR [GUARD_INSTANCE_LAYOUT, LOAD_ATTR_SLOT],
                /// `module.name`
                LOAD_ATTR_MODULE: LOAD_ATTR [GUARD_MODULE_VERSION, LOAD_ATTR_MODULE],
                /// `Class.name` for a plain class attribute (a constant, a function).
                LOAD_ATTR_CLASS: LOAD_ATTR [GUARD_CLASS_VERSION, LOAD_ATTR_CACHED],
                /// A plain class attribute (a constant) read through an instance whose shape
                /// does not shadow it.
                LOAD_ATTR_CLASS_VIA_INSTANCE: LOAD_ATTR [GUARD_INSTANCE_LAYOUT, LOAD_ATTR_ENTRY_VALUE],
                /// A property whose getter is a plain Python function: runs the getter in a new
                /// frame, without the generic descriptor machinery.
                LOAD_ATTR_PROPERTY: LOAD_ATTR [GUARD_TYPE_VERSION, CHECK_FRAME_DEPTH, LOAD_ATTR_PROPERTY_FRAME],
                /// A method of a user class looked up on an instance that does not shadow it.
                LOAD_METHOD_WITH_VALUES: LOAD_METHOD [GUARD_INSTANCE_LAYOUT, LOAD_METHOD_ENTRY_VALUE],
                /// A method of a builtin type (`list.append`), whose instances have no dict.
                LOAD_METHOD_NO_DICT: LOAD_METHOD [GUARD_TYPE_VERSION, LOAD_METHOD_CACHED],
                /// `module.function(…)`
                LOAD_METHOD_MODULE: LOAD_METHOD [GUARD_MODULE_VERSION, LOAD_METHOD_MODULE],
                /// `Class.function(…)` (a plain attribute of the class, called without self).
                LOAD_METHOD_CLASS: LOAD_METHOD [GUARD_CLASS_VERSION, LOAD_METHOD_CLASS_ATTR],
                /// Store to an existing instance attribute slot.
                STORE_ATTR_INSTANCE_VALUE: STORE_ATTR [GUARD_INSTANCE_LAYOUT, STORE_ATTR_SLOT],
                /// Add an attribute: the instance moves to the cached next shape.
                STORE_ATTR_INSTANCE_ADD: STORE_ATTR [GUARD_INSTANCE_LAYOUT, STORE_ATTR_ADD_SLOT],
                /// A Python function called with exactly its positional parameters.
                CALL_PY_EXACT_ARGS: CALL [GUARD_CALLABLE_CODE, CHECK_FRAME_DEPTH, PUSH_PY_FRAME],
                /// A Python function called with fewer positional arguments than parameters,
                /// the rest from its defaults.
                CALL_PY_WITH_DEFAULTS: CALL [GUARD_CALLABLE_CODE, CHECK_FRAME_DEPTH, PUSH_PY_FRAME_WITH_DEFAULTS],
                /// A generator function called with exactly its positional parameters: the
                /// result is a new generator.
                CALL_PY_GENERATOR: CALL [GUARD_CALLABLE_CODE, MAKE_GENERATOR],
                /// An instance of a user class whose `__call__` is a plain Python function.
                CALL_USER_CALLABLE: CALL [GUARD_CALLABLE_TYPE_VERSION, CHECK_FRAME_DEPTH, UNPACK_CALLABLE_INSTANCE, PUSH_PY_FRAME],
                /// A bound method of such a function (`obj.method` kept in a variable).
                CALL_BOUND_METHOD_EXACT_ARGS: CALL [GUARD_BOUND_METHOD_FUNC, CHECK_FRAME_DEPTH, UNPACK_BOUND_METHOD, PUSH_PY_FRAME],
                /// `len(x)`
                CALL_LEN: CALL [GUARD_CALLABLE_IS, CALL_LEN],
                /// `isinstance(x, cls)`
                CALL_ISINSTANCE: CALL [GUARD_CALLABLE_IS, CALL_ISINSTANCE],
                /// Any other builtin function or builtin method on builtin values: called
                /// directly, without the generic call dispatch.
                CALL_BUILTIN: CALL [GUARD_CALLABLE_IS, GUARD_NO_INSTANCE_ARG, CALL_BUILTIN_DIRECT],
                /// A builtin type called as a constructor (`int(x)`, `range(n)`, `list()`).
                CALL_BUILTIN_CLASS: CALL [GUARD_CALLABLE_IS, CALL_NATIVE],
                /// Instantiating a user class whose `__init__` is a plain Python function: the
                /// instance is allocated here and `__init__` runs in a new frame that returns it.
                CALL_ALLOC_AND_ENTER_INIT: CALL [GUARD_CLASS_VERSION_CALLABLE, CHECK_FRAME_DEPTH, ALLOC_AND_ENTER_INIT],
                /// `for x in range(…)`
                FOR_ITER_RANGE: FOR_ITER [GUARD_ITER_RANGE, FOR_ITER_RANGE],
                /// `for x in list`
                FOR_ITER_LIST: FOR_ITER [GUARD_ITER_LIST, FOR_ITER_LIST],
                /// `for x in tuple`
                FOR_ITER_TUPLE: FOR_ITER [GUARD_ITER_TUPLE, FOR_ITER_TUPLE],
                /// `for x in generator`
                FOR_ITER_GEN: FOR_ITER [GUARD_ITER_GEN, FOR_ITER_GEN],
                /// `a, b = (x, y)`
                UNPACK_SEQUENCE_TWO_TUPLE: UNPACK_SEQUENCE [GUARD_TUPLE_LEN, UNPACK_TWO_TUPLE],
                /// `a, b, c = tuple`
                UNPACK_SEQUENCE_TUPLE: UNPACK_SEQUENCE [GUARD_TUPLE_LEN, UNPACK_TUPLE],
                /// `a, b, c = list`
                UNPACK_SEQUENCE_LIST: UNPACK_SEQUENCE [GUARD_LIST_LEN, UNPACK_LIST],
            }
        }
    };
}
pub(crate) use instruction_table;

/// Builds `Op` (base then specialized instructions) and its metadata from the table.
macro_rules! define_ops {
    (
        base { $( $(#[doc = $doc:literal])* $name:ident ),* $(,)? }
        specialized { $( $(#[doc = $sdoc:literal])* $spec:ident : $family:ident [ $($uop:ident),* ] ),* $(,)? }
    ) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op { $( $(#[doc = $doc])* $name, )* $( $(#[doc = $sdoc])* $spec, )* }
        impl Op {
            /// Every instruction, base and specialized, in table order (`op as usize` indexes it).
            pub const ALL: &'static [Op] = &[$(Op::$name,)* $(Op::$spec,)*];
            /// The specialized forms.
            pub const SPECIALIZED: &'static [Op] = &[$(Op::$spec),*];
            pub fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name),)* $(Op::$spec => stringify!($spec),)* }
            }
            /// The base instruction a specialized form stands in for (itself for a base one).
            pub fn family(self) -> Op {
                match self { $(Op::$spec => Op::$family,)* other => other }
            }
            pub fn is_specialized(self) -> bool {
                self as usize >= Op::SPECIALIZED[0] as usize
            }
            /// The micro-ops a specialized form runs, in order (empty for base instructions).
            pub fn uops(self) -> &'static [Uop] {
                match self { $(Op::$spec => &[$(Uop::$uop),*],)* _ => &[] }
            }
        }
    };
}

instruction_table!(define_ops);

/// The micro-ops that specialized instructions are made of (their bodies are in
/// `runtime/vm/specialize/uops.rs`). `GUARD_`/`CHECK_` ones only check; the rest act.
macro_rules! define_uops {
    ($($name:ident),* $(,)?) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Uop { $($name),* }
        impl Uop {
            pub const ALL: &'static [Uop] = &[$(Uop::$name),*];
            pub fn name(self) -> &'static str {
                match self { $(Uop::$name => stringify!($name)),* }
            }
            /// Does this micro-op only check (and exit on failure)?
            pub fn is_guard(self) -> bool {
                let n = self.name();
                n.starts_with("GUARD_") || n.starts_with("CHECK_")
            }
        }
    };
}

define_uops! {
    GUARD_BOTH_INT,
    GUARD_BOTH_FLOAT,
    GUARD_BOTH_NUMBER,
    GUARD_FLOAT_INT_MIX,
    GUARD_BOTH_STR,
    BINARY_ADD_INT,
    BINARY_SUB_INT,
    BINARY_MUL_INT,
    BINARY_INT_OTHER,
    BINARY_ADD_FLOAT,
    BINARY_SUB_FLOAT,
    BINARY_MUL_FLOAT,
    BINARY_TRUEDIV_FLOAT,
    BINARY_POW_FLOAT,
    BINARY_TRUEDIV_INT,
    BINARY_FLOAT_MIXED,
    GUARD_USER_BINARY_OPERANDS,
    PUSH_BINARY_DUNDER_FRAME,
    BINARY_ADD_STR,
    GUARD_LIST_INT_INDEX,
    BINARY_SUBSCR_LIST_INT,
    GUARD_TUPLE_INT_INDEX,
    BINARY_SUBSCR_TUPLE_INT,
    GUARD_ASCII_STR_INT_INDEX,
    BINARY_SUBSCR_ASCII_STR_INT,
    GUARD_DICT_SUBSCR,
    BINARY_SUBSCR_DICT,
    STORE_SUBSCR_LIST_INT,
    STORE_SUBSCR_DICT,
    COMPARE_INT,
    COMPARE_FLOAT,
    COMPARE_STR,
    COMPARE_INT_JUMP,
    COMPARE_FLOAT_JUMP,
    COMPARE_MIXED,
    COMPARE_MIXED_JUMP,
    COMPARE_STR_JUMP,
    GUARD_CONTAINER_DICT,
    CONTAINS_DICT,
    GUARD_CONTAINER_SET,
    CONTAINS_SET,
    GUARD_BOTH_STR_CONTAINS,
    CONTAINS_STR,
    GUARD_GLOBALS_VERSION,
    GUARD_BUILTINS_VERSION,
    LOAD_GLOBAL_MODULE,
    LOAD_GLOBAL_BUILTIN,
    GUARD_TYPE_VERSION,
    LOAD_ATTR_SLOT,
    GUARD_MODULE_VERSION,
    LOAD_ATTR_MODULE,
    GUARD_CLASS_VERSION,
    LOAD_ATTR_CACHED,
    LOAD_ATTR_PROPERTY_FRAME,
    LOAD_METHOD_CACHED,
    LOAD_METHOD_MODULE,
    LOAD_METHOD_CLASS_ATTR,
    STORE_ATTR_SLOT,
    STORE_ATTR_ADD_SLOT,
    GUARD_CALLABLE_IS,
    GUARD_CALLABLE_CODE,
    GUARD_INSTANCE_LAYOUT,
    LOAD_ATTR_ENTRY_VALUE,
    LOAD_METHOD_ENTRY_VALUE,
    GUARD_BOUND_METHOD_FUNC,
    UNPACK_BOUND_METHOD,
    CHECK_FRAME_DEPTH,
    PUSH_PY_FRAME,
    PUSH_PY_FRAME_WITH_DEFAULTS,
    MAKE_GENERATOR,
    GUARD_CALLABLE_TYPE_VERSION,
    UNPACK_CALLABLE_INSTANCE,
    GUARD_NO_INSTANCE_ARG,
    CALL_LEN,
    CALL_ISINSTANCE,
    CALL_BUILTIN_DIRECT,
    CALL_NATIVE,
    GUARD_CLASS_VERSION_CALLABLE,
    ALLOC_AND_ENTER_INIT,
    GUARD_ITER_RANGE,
    GUARD_ITER_LIST,
    GUARD_ITER_TUPLE,
    GUARD_ITER_GEN,
    FOR_ITER_RANGE,
    FOR_ITER_LIST,
    FOR_ITER_TUPLE,
    FOR_ITER_GEN,
    GUARD_TUPLE_LEN,
    UNPACK_TWO_TUPLE,
    UNPACK_TUPLE,
    GUARD_LIST_LEN,
    UNPACK_LIST,
}

impl Op {
    /// Instructions whose `arg` indexes `CodeUnit::names`.
    pub fn arg_is_name(self) -> bool {
        matches!(
            self,
            Op::LOAD_GLOBAL
                | Op::STORE_GLOBAL
                | Op::DELETE_GLOBAL
                | Op::LOAD_NAME
                | Op::STORE_NAME
                | Op::DELETE_NAME
                | Op::LOAD_ATTR
                | Op::STORE_ATTR
                | Op::DELETE_ATTR
                | Op::LOAD_METHOD
                | Op::IMPORT_NAME
                | Op::IMPORT_FROM
        )
    }

    /// Instructions whose `arg` is a jump target.
    pub fn is_jump(self) -> bool {
        matches!(
            self,
            Op::JUMP_FORWARD
                | Op::JUMP_BACKWARD
                | Op::POP_JUMP_IF_FALSE
                | Op::POP_JUMP_IF_TRUE
                | Op::POP_JUMP_IF_NONE
                | Op::POP_JUMP_IF_NOT_NONE
                | Op::JUMP_IF_FALSE_OR_POP
                | Op::JUMP_IF_TRUE_OR_POP
                | Op::FOR_ITER
                | Op::SEND
        )
    }
}

/// One instruction word: an opcode and a 32-bit argument (no EXTENDED_ARG needed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}

/// The operator of BINARY_OP (its `arg`). In-place forms are `op as u32 + INPLACE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOp {
    Add = 0,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    Or,
    Xor,
    And,
}

impl BinaryOp {
    pub const INPLACE: u32 = 16;
    pub const ALL: [BinaryOp; 13] = [
        BinaryOp::Add,
        BinaryOp::Sub,
        BinaryOp::Mul,
        BinaryOp::MatMul,
        BinaryOp::TrueDiv,
        BinaryOp::FloorDiv,
        BinaryOp::Mod,
        BinaryOp::Pow,
        BinaryOp::LShift,
        BinaryOp::RShift,
        BinaryOp::Or,
        BinaryOp::Xor,
        BinaryOp::And,
    ];
    /// Decode a BINARY_OP arg: the operator and whether it is the in-place form.
    pub fn from_arg(arg: u32) -> (BinaryOp, bool) {
        (
            BinaryOp::ALL[(arg % Self::INPLACE) as usize],
            arg >= Self::INPLACE,
        )
    }
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::MatMul => "@",
            BinaryOp::TrueDiv => "/",
            BinaryOp::FloorDiv => "//",
            BinaryOp::Mod => "%",
            BinaryOp::Pow => "**",
            BinaryOp::LShift => "<<",
            BinaryOp::RShift => ">>",
            BinaryOp::Or => "|",
            BinaryOp::Xor => "^",
            BinaryOp::And => "&",
        }
    }
    /// The dunder names: (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinaryOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinaryOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinaryOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinaryOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinaryOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinaryOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinaryOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinaryOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinaryOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinaryOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinaryOp::Or => ("__or__", "__ror__", "__ior__"),
            BinaryOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinaryOp::And => ("__and__", "__rand__", "__iand__"),
        }
    }
}

/// The comparison of COMPARE_OP (its `arg`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareOp {
    Lt = 0,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    pub const ALL: [CompareOp; 6] = [
        CompareOp::Lt,
        CompareOp::Le,
        CompareOp::Eq,
        CompareOp::Ne,
        CompareOp::Gt,
        CompareOp::Ge,
    ];
    pub fn from_arg(arg: u32) -> CompareOp {
        CompareOp::ALL[arg as usize]
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }
    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CompareOp::Lt => "__lt__",
            CompareOp::Le => "__le__",
            CompareOp::Eq => "__eq__",
            CompareOp::Ne => "__ne__",
            CompareOp::Gt => "__gt__",
            CompareOp::Ge => "__ge__",
        }
    }
}

/// A compile-time constant: the compiler's constants are plain data; the VM turns them into
/// heap values when it loads a `CodeUnit`.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    /// Decimal digits, optional leading '-'.
    Int(String),
    Float(f64),
    Complex(f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<Const>),
    /// A frozenset of constants (set displays of constants), items in source order: the VM
    /// builds it the way CPython's compiler does, so the set's iteration order matches.
    FrozenSet(Vec<Const>),
    /// A nested function, lambda, comprehension or class body.
    Code(Box<CodeUnit>),
}

/// Flags of a code object.
pub mod code_flags {
    /// Has a `*args` parameter (it is the local right after the positional and kw-only ones).
    pub const VARARGS: u32 = 1;
    /// Has a `**kwargs` parameter (the local after `*args`, or after the kw-only ones).
    pub const VARKEYWORDS: u32 = 2;
    /// Calling it makes a generator.
    pub const GENERATOR: u32 = 4;
    /// `async def`: calling it makes a coroutine.
    pub const COROUTINE: u32 = 8;
    /// `async def` with `yield`.
    pub const ASYNC_GENERATOR: u32 = 16;
    /// A class body: names resolve with LOAD_NAME/STORE_NAME in the class namespace.
    pub const CLASS_BODY: u32 = 32;
    /// The module's top-level code.
    pub const MODULE: u32 = 64;
}

/// One row of the exception table: an exception raised by an instruction with index in
/// `start..end` unwinds the value stack to `depth` items, pushes `lasti` (the raising
/// instruction's index, as an int) if `push_lasti`, pushes the exception, and jumps to
/// `handler`. The first row (in table order) that covers the instruction wins, so the compiler
/// lists inner handlers before outer ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// A compiled function, module, class body, lambda or comprehension, as plain data.
///
/// Frame layout at run time (shared by every tier): `varnames.len()` local slots (parameters
/// first, in order: positional-only, positional, keyword-only, then `*args`, then `**kwargs`,
/// then other locals), then one slot per cell (`cellvars` then `freevars`), then the operand
/// stack (`stacksize` slots).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CodeUnit {
    /// Function name (`<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, class name, …).
    pub name: String,
    /// Qualified name (`Outer.method.<locals>.inner`).
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    /// Number of positional parameters (including positional-only).
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub varnames: Vec<String>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<String>,
    /// For each cellvar, the index of the parameter it is initialised from (a parameter that
    /// is also captured), or None (starts unset).
    pub cell_from_arg: Vec<Option<u32>>,
    /// Variables of enclosing scopes used here (the closure, in this order).
    pub freevars: Vec<String>,
    /// Names used by *_GLOBAL, *_NAME, *_ATTR, LOAD_METHOD, IMPORT_*.
    pub names: Vec<String>,
    pub consts: Vec<Const>,
    pub code: Vec<Instr>,
    /// Source line of each instruction (`lines.len() == code.len()`).
    pub lines: Vec<u32>,
    pub exception_table: Vec<ExceptionEntry>,
    /// Maximum operand-stack depth.
    pub stacksize: u32,
    /// Docstring, if the body starts with a string literal.
    pub doc: Option<String>,
}

impl CodeUnit {
    /// A readable listing, for tests and `--dump-bytecode`.
    pub fn disassemble(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "code {} ({}:{})",
            self.qualname, self.filename, self.first_line
        );
        for (i, ins) in self.code.iter().enumerate() {
            let extra = match ins.op {
                Op::LOAD_CONST => format!(
                    "  ({:?})",
                    self.consts.get(ins.arg as usize).map(short_const)
                ),
                Op::LOAD_FAST | Op::STORE_FAST | Op::DELETE_FAST => {
                    format!(
                        "  ({})",
                        self.varnames
                            .get(ins.arg as usize)
                            .map(|s| s.as_str())
                            .unwrap_or("?")
                    )
                }
                op if op.arg_is_name() => {
                    format!(
                        "  ({})",
                        self.names
                            .get(ins.arg as usize)
                            .map(|s| s.as_str())
                            .unwrap_or("?")
                    )
                }
                Op::BINARY_OP => {
                    let (op, inplace) = BinaryOp::from_arg(ins.arg);
                    format!("  ({}{})", op.symbol(), if inplace { "=" } else { "" })
                }
                Op::COMPARE_OP => format!("  ({})", CompareOp::from_arg(ins.arg).symbol()),
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "{:>5} {:>4} {:<22} {}{}",
                self.lines[i],
                i,
                ins.op.name(),
                ins.arg,
                extra
            );
        }
        for e in &self.exception_table {
            let _ = writeln!(
                out,
                "  except {}..{} -> {} depth {} lasti {}",
                e.start, e.end, e.handler, e.depth, e.push_lasti
            );
        }
        for c in &self.consts {
            if let Const::Code(inner) = c {
                out.push('\n');
                out.push_str(&inner.disassemble());
            }
        }
        out
    }
}

fn short_const(c: &Const) -> String {
    match c {
        Const::Code(code) => format!("<code {}>", code.qualname),
        other => format!("{other:?}"),
    }
}

"""Type hints at run time: the names exist, can be subscripted, and print like CPython's.

Some things differ from CPython: Generic[T], Protocol[T] and SomeUserGeneric[int] return the
class itself (so they work as bases and constructors), NamedTuple and TypedDict are classes
that rebuild their subclasses in __init_subclass__, and isinstance() with typing aliases such
as List is not supported. @runtime_checkable protocols work with isinstance()/issubclass().
"""

import collections
import collections.abc
import functools
import sys

__all__ = ["Annotated", "Any", "AnyStr", "Callable", "ChainMap", "ClassVar", "Collection",
           "Container", "Counter", "DefaultDict", "Deque", "Dict", "Final", "ForwardRef",
           "FrozenSet", "Generator", "Generic", "Hashable", "ItemsView", "Iterable",
           "Iterator", "KeysView", "List", "Literal", "LiteralString", "Mapping",
           "MappingView", "MutableMapping", "MutableSequence", "MutableSet", "NamedTuple",
           "Never", "NewType", "NoReturn", "NotRequired", "Optional", "OrderedDict",
           "ParamSpec", "Protocol", "Required", "Reversible", "Self", "Sequence", "Set",
           "Sized", "SupportsAbs", "SupportsFloat", "SupportsIndex", "SupportsInt",
           "SupportsRound", "Text", "Tuple", "Type", "TypeAlias", "TypeGuard", "TypeVar",
           "TypedDict", "Union", "ValuesView", "TYPE_CHECKING", "AbstractSet", "assert_never",
           "assert_type", "cast", "final", "get_args", "get_origin", "get_type_hints",
           "no_type_check", "overload", "reveal_type", "runtime_checkable"]

TYPE_CHECKING = False


def _type_repr(obj):
    """How a type appears inside typing reprs: int, __main__.Point, typing.List[int], ..."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if obj is None:
        return "None"
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _check_type(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


# ---- aliases: List[int], Callable[[int], str], Optional[int], ... ------------------------------

class _GenericAlias:
    """A subscripted alias such as List[int]: remembers its origin and arguments."""

    def __init__(self, origin, args, name=None, inst=True, prefix="typing."):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        self._prefix = prefix

    def __repr__(self):
        name = self._prefix + self._name if self._name else _type_repr(self.__origin__)
        if not self.__args__:
            return name + "[()]"
        return "%s[%s]" % (name, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        # Substitute TypeVars: Dict[str, T][int] == Dict[str, int].
        params = _as_tuple(params)
        free = [a for a in self.__args__ if isinstance(a, TypeVar)]
        if len(free) != len(params):
            raise TypeError("Too %s arguments for %r" % ("many" if len(params) > len(free)
                                                         else "few", self))
        mapping = dict(zip(free, params))
        args = tuple(mapping.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__)
        return self.copy_with(args)

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, self._name, self._inst, self._prefix)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _CallableAlias(_GenericAlias):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return "typing.Callable[..., %s]" % _type_repr(self.__args__[1])
        params = ", ".join(_type_repr(a) for a in self.__args__[:-1])
        return "typing.Callable[[%s], %s]" % (params, _type_repr(self.__args__[-1]))

    def copy_with(self, args):
        return _CallableAlias(self.__origin__, args, self._name, self._inst)


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[%s]" % _type_repr(other)
        return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def copy_with(self, args):
        return Union[args]


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return "typing.Literal[%s]" % ", ".join(repr(a) for a in self.__args__)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), "Annotated")
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__),
                                             ", ".join(repr(m) for m in self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


class _SpecialGenericAlias:
    """An unsubscripted alias of a class, such as List (for list) or Callable."""

    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = tuple(_check_type(p, "Parameters to generic types must be types.")
                       if p is not ... else p for p in _as_tuple(params))
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                            % ("many" if len(params) > self._nparams else "few", self,
                               len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), "Tuple", False)
        params = _as_tuple(params)
        if len(params) == 2 and params[1] is ...:
            return _GenericAlias(tuple, (_check_type(params[0], "Tuple[t, ...]: t must be a "
                                                     "type."), ...), "Tuple", False)
        return _GenericAlias(tuple, tuple(_check_type(p, "Tuple[t0, t1, ...]: each t must "
                                                      "be a type.") for p in params),
                             "Tuple", False)


class _CallableSpecial(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        result = _check_type(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return _CallableAlias(self.__origin__, (..., result), "Callable")
        if not isinstance(args, list):
            raise TypeError("Callable[args, result]: args must be a list. Got %.100r." % (args,))
        args = tuple(_check_type(a, "Callable[[arg, ...], result]: each arg must be a type.")
                     for a in args)
        return _CallableAlias(self.__origin__, args + (result,), "Callable")


# ---- special forms: Any, Union, Optional, ClassVar, Final, Literal, ... --------------------------

class _SpecialForm:
    """A typing name that is not a class: Any, Union, Optional, ClassVar, Literal, ..."""

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            if self._name == "Any":     # a class in CPython 3.11
                raise TypeError("type 'Any' is not subscriptable")
            raise TypeError("%r is not subscriptable" % (self,))
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self._name


def _union(form, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    params = []
    for p in _as_tuple(parameters):
        p = _check_type(p, "Union[arg, ...]: each arg must be a type.")
        for q in (p.__args__ if isinstance(p, _UnionAlias) else (p,)):
            if q not in params:
                params.append(q)
    if len(params) == 1:
        return params[0]
    return _UnionAlias(form, tuple(params), "Union")


def _optional(form, parameter):
    return Union[_check_type(parameter, "Optional[t] requires a single type."), None]


def _single(form, parameter):
    item = _check_type(parameter, "%s accepts only single type." % form._name)
    return _GenericAlias(form, (item,), form._name)


def _literal(form, parameters):
    values = []
    for p in _as_tuple(parameters):
        if p not in values or any(type(p) is not type(v) for v in values if v == p):
            values.append(p)
    return _LiteralAlias(form, tuple(values), "Literal")


def _annotated(form, parameters):
    if not isinstance(parameters, tuple) or len(parameters) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(parameters[0], tuple(parameters[1:]))


def _many(form, parameters):
    return _GenericAlias(form, _as_tuple(parameters), form._name)


Any = _SpecialForm("Any", doc="Special type indicating an unconstrained type.")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
ClassVar = _SpecialForm("ClassVar", _single)
Final = _SpecialForm("Final", _single)
Required = _SpecialForm("Required", _single)
NotRequired = _SpecialForm("NotRequired", _single)
TypeGuard = _SpecialForm("TypeGuard", _single)
Literal = _SpecialForm("Literal", _literal)
Annotated = _SpecialForm("Annotated", _annotated)
Concatenate = _SpecialForm("Concatenate", _many)
Unpack = _SpecialForm("Unpack", _single)


class ForwardRef:
    """A type written as a string, such as List['Node']."""

    def __init__(self, arg, is_argument=True, module=None):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


# ---- type variables and generic classes ------------------------------------------------------

class TypeVar:
    """A type variable: T = TypeVar('T'), with optional constraints or bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec:
    """A parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.args = _GenericAlias(self, (), "args")
        self.kwargs = _GenericAlias(self, (), "kwargs")

    def __repr__(self):
        return "~" + self.__name__


class Generic:
    """Base class of generic classes: class Box(Generic[T]).

    Subscripting returns the class itself (no metaclass to make parametrized aliases).
    """

    __slots__ = ()

    def __class_getitem__(cls, params):
        if cls is Generic:
            for p in _as_tuple(params):
                if not isinstance(p, (TypeVar, ParamSpec)):
                    raise TypeError("Parameters to Generic[...] must all be type variables "
                                    "or parameter specification variables.")
        return cls


_SPECIAL_PROTOCOL_NAMES = frozenset({
    "__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol",
    "_is_runtime_protocol", "__dict__", "__args__", "__slots__", "__next_in_mro__",
    "__parameters__", "__origin__", "__orig_bases__", "__extra__", "__tree_hash__", "__doc__",
    "__subclasshook__", "__init__", "__new__", "__module__", "_MutableMapping__marker",
    "_gorg", "__qualname__", "__class_getitem__", "__init_subclass__", "__protocol_attrs__",
})


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = getattr(base, "__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith("_abc_") and attr not in _SPECIAL_PROTOCOL_NAMES:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(type):
    """isinstance()/issubclass() against @runtime_checkable protocols check the members."""

    def __instancecheck__(cls, instance):
        if not getattr(cls, "_is_protocol", False):
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if type.__instancecheck__(cls, instance):
            return True
        for attr in _get_protocol_attrs(cls):
            try:
                val = getattr(instance, attr)
            except AttributeError:
                return False
            if val is None and callable(getattr(cls, attr, None)):
                return False
        return True

    def __subclasscheck__(cls, other):
        if not getattr(cls, "_is_protocol", False):
            return type.__subclasscheck__(cls, other)
        if not isinstance(other, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if type.__subclasscheck__(cls, other):
            return True
        for attr in _get_protocol_attrs(cls):
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return False
                    break
            else:
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of structural types; @runtime_checkable ones work with isinstance()."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance() and issubclass()."""
    if not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        "got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


# ---- aliases of the builtin and collections classes ------------------------------------------

List = _SpecialGenericAlias(list, 1, "List", inst=False)
Dict = _SpecialGenericAlias(dict, 2, "Dict", inst=False)
Set = _SpecialGenericAlias(set, 1, "Set", inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet", inst=False)
Tuple = _TupleAlias(tuple, -1, "Tuple", inst=False)
Type = _SpecialGenericAlias(type, 1, "Type", inst=False)
Deque = _SpecialGenericAlias(collections.deque, 1, "Deque")
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, "OrderedDict")
Counter = _SpecialGenericAlias(collections.Counter, 1, "Counter")
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, "ChainMap")
Callable = _CallableSpecial(collections.abc.Callable, 2, "Callable")
_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0, "Hashable")
Sized = _SpecialGenericAlias(_abc.Sized, 0, "Sized")
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, "Iterable")
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, "Iterator")
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, "Reversible")
Container = _SpecialGenericAlias(_abc.Container, 1, "Container")
Collection = _SpecialGenericAlias(_abc.Collection, 1, "Collection")
Generator = _SpecialGenericAlias(_abc.Generator, 3, "Generator")
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, "Sequence")
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, "MutableSequence")
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, "Mapping")
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, "MutableMapping")
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, "AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, "MutableSet")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, "MappingView")
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, "KeysView")
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, "ItemsView")
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, "ValuesView")
del _abc

Text = str
AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


class SupportsInt(Protocol):
    __slots__ = ()


class SupportsFloat(Protocol):
    __slots__ = ()


class SupportsIndex(Protocol):
    __slots__ = ()


class SupportsAbs(Protocol):
    __slots__ = ()


class SupportsRound(Protocol):
    __slots__ = ()


# ---- NamedTuple and TypedDict ------------------------------------------------------------------

class NamedTuple(tuple):
    """class Point(NamedTuple): x: int; y: int = 0 -- a collections.namedtuple with types.

    Also NamedTuple('Point', [('x', int), ('y', int)]).
    """

    def __new__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        names = [name for name, _ in fields]
        nt = collections.namedtuple(typename, names, module=_caller_module())
        nt.__annotations__ = dict(fields)
        return nt

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if NamedTuple not in cls.__bases__:
            return          # a subclass of a NamedTuple class is a plain tuple subclass
        annotations = cls.__dict__.get("__annotations__", {})
        names = list(annotations)
        defaults = []
        default_names = []
        for name in names:
            if name in cls.__dict__:
                defaults.append(cls.__dict__[name])
                default_names.append(name)
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default "
                                "field%s %s" % (name, "s" if len(defaults) > 1 else "",
                                                ", ".join(default_names)))
        for name in names:
            if name.startswith("_"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + name)
        base = collections.namedtuple(cls.__name__, names, defaults=defaults,
                                      module=cls.__module__)
        for key, value in base.__dict__.items():
            if key not in ("__dict__", "__weakref__", "__module__", "__doc__", "__slots__",
                             "__qualname__") and (key not in cls.__dict__ or key in names):
                setattr(cls, key, value)
        cls._field_types = dict(annotations)


class TypedDict(dict):
    """class Movie(TypedDict): name: str -- calling Movie(...) makes a plain dict.

    Also TypedDict('Movie', {'name': str}).
    """

    def __new__(cls, *args, total=True, **kwargs):
        if cls is TypedDict:
            typename, fields = args[0], (args[1] if len(args) > 1 else kwargs)
            new_class = type(typename, (TypedDict,), {"__annotations__": dict(fields),
                                                      "__module__": _caller_module()})
            _setup_typeddict(new_class, total)  # stitch's type() skips __init_subclass__
            return new_class
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        super().__init_subclass__(**kwargs)
        _setup_typeddict(cls, total)


def _setup_typeddict(cls, total):
    """Merge the annotations of the bases and set the key sets (once)."""
    if "__total__" in cls.__dict__:
        return
    annotations = {}
    for base in reversed(cls.__mro__):
        annotations.update(base.__dict__.get("__annotations__", {}))
    cls.__annotations__ = annotations
    cls.__total__ = total
    keys = frozenset(annotations)
    cls.__required_keys__ = keys if total else frozenset()
    cls.__optional_keys__ = frozenset() if total else keys


def _caller_module():
    getframe = getattr(sys, "_getframe", None)
    if getframe is None:
        return "__main__"
    try:
        return getframe(2).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


class NewType:
    """UserId = NewType('UserId', int): a callable that returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __call__(self, x):
        return x

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __or__(self, other):
        return Union[self, other]


# ---- functions ---------------------------------------------------------------------------------

def cast(typ, val):
    """Return val unchanged (tells the type checker that val has type typ)."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print("Runtime type is %r" % type(obj).__name__, file=sys.stderr)
    return obj


def assert_never(arg, /):
    raise AssertionError("Expected code to be unreachable, but got: %.100r" % (arg,))


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @typing.overload-decorated "
        "functions outside a stub module should always be followed by an implementation "
        "that is not @typing.overload-decorated.")


def overload(func):
    """Decorator for the signatures of an overloaded function (the implementation follows)."""
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    """List[int] -> list, Union[int, str] -> Union, and None for what is not an alias."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """Dict[str, int] -> (str, int); Callable[[int], str] -> ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases), function or module.

    String annotations are resolved when they name a builtin, a typing name or a name in
    the given namespaces (there is no eval here); otherwise they stay strings.
    """
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get("__annotations__", {}))
    else:
        hints = dict(getattr(obj, "__annotations__", None) or {})
    namespace = dict(sys.modules[__name__].__dict__)
    module = sys.modules.get(getattr(obj, "__module__", None) or "")
    if module is not None:
        namespace.update(getattr(module, "__dict__", {}))
    namespace.update(globalns or {})
    namespace.update(localns or {})
    for name, value in hints.items():
        if value is None:
            hints[name] = type(None)
        elif isinstance(value, str):
            hints[name] = _resolve(value, namespace)
    return hints


_builtin_types = {"int": int, "float": float, "str": str, "bool": bool, "list": list,
                  "dict": dict, "set": set, "tuple": tuple, "frozenset": frozenset,
                  "object": object, "type": type, "None": type(None)}


def _resolve(text, namespace):
    text = text.strip()
    if text in _builtin_types:
        return _builtin_types[text]
    obj = namespace.get(text.split(".")[0])
    if obj is None:
        return text
    for part in text.split(".")[1:]:
        obj = getattr(obj, part, None)
        if obj is None:
            return text
    return obj

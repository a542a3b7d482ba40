"""@dataclass: generate __init__, __repr__, __eq__, ordering and hashing from annotations.

The generated methods are closures over the field list (there is no exec here); their
__qualname__ and error messages are CPython's.
"""

import sys
import copy as _copy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return "MISSING"


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    """InitVar[T]: a pseudo-field passed to __init__ and __post_init__ but not stored."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, "__name__", None) or repr(self.type)
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


# Kinds of pseudo-fields.
_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class Field:
    """The description of one field, as returned by field() and fields()."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Customize one field: its default (or default_factory) and where it takes part."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


# ---- recognizing ClassVar / InitVar / KW_ONLY annotations (objects or strings) ------------------

def _annotation_head(annotation):
    """'ClassVar' for 'typing.ClassVar[int]' and the like: the name before any '['."""
    head = annotation.split("[", 1)[0].strip()
    return head.rsplit(".", 1)[-1].strip()


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return _annotation_head(annotation) == "ClassVar"
    typing = sys.modules.get("typing")
    if typing is None:
        return False
    return (annotation is typing.ClassVar
            or getattr(annotation, "__origin__", None) is typing.ClassVar)


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return _annotation_head(annotation) == "InitVar"
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_kw_only(annotation):
    if isinstance(annotation, str):
        return _annotation_head(annotation) == "KW_ONLY"
    return annotation is KW_ONLY


# ---- collecting the fields ---------------------------------------------------------------------

def _is_unhashable_default(value):
    if isinstance(value, (list, dict, set)):
        return True
    return getattr(type(value), "__hash__", 0) is None


def _get_field(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    else:
        f._field_type = _FIELD
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % name)
    if f._field_type is _FIELD_CLASSVAR:
        return f
    if f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type is _FIELD and _is_unhashable_default(f.default):
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), name))
    return f


def _own_annotations(cls):
    annotations = cls.__dict__.get("__annotations__")
    return annotations if annotations is not None else {}


# ---- generated methods -----------------------------------------------------------------------

def _plural(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % tuple(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_init(cls, all_fields, frozen, has_post_init):
    qualname = cls.__qualname__ + ".__init__"
    params = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
    positional = [f for f in params if not f.kw_only]
    keyword = [f for f in params if f.kw_only]
    by_name = {f.name: f for f in params}
    npos = len(positional)
    nrequired = sum(1 for f in positional
                    if f.default is MISSING and f.default_factory is MISSING)
    initvars = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
    stored = [f for f in all_fields if f._field_type is _FIELD]
    set_attr = object.__setattr__ if frozen else setattr

    def bind(args, kwargs):
        if len(args) > npos:
            if nrequired == npos:
                takes = "%d positional argument%s" % (npos + 1, "s" if npos else "")
            else:
                takes = "from %d to %d positional arguments" % (nrequired + 1, npos + 1)
            raise TypeError("%s() takes %s but %d %s given"
                            % (qualname, takes, len(args) + 1, "were" if args else "was"))
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for name, value in kwargs.items():
            if name not in by_name:
                raise TypeError("%s() got an unexpected keyword argument '%s'"
                                % (qualname, name))
            if name in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, name))
            values[name] = value
        for group, kind in ((positional, "positional"), (keyword, "keyword-only")):
            missing = [f.name for f in group if f.name not in values
                       and f.default is MISSING and f.default_factory is MISSING]
            if missing:
                raise TypeError("%s() missing %d required %s argument%s: %s"
                                % (qualname, len(missing), kind,
                                   "s" if len(missing) > 1 else "", _plural(missing)))
        return values

    positional_names = [f.name for f in positional]

    def __init__(self, *args, **kwargs):
        if not kwargs and len(args) == npos and not keyword:
            values = dict(zip(positional_names, args))
        else:
            values = bind(args, kwargs)
        for f in stored:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            set_attr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*[values[name] if name in values else by_name[name].default
                                 for name in initvars])

    __init__.__qualname__ = qualname
    return __init__


_repr_running = set()


def _make_repr(cls, all_fields):
    shown = [f.name for f in all_fields if f._field_type is _FIELD and f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = ["%s=%r" % (name, getattr(self, name)) for name in shown]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (type(self).__qualname__, ", ".join(parts))

    __repr__.__qualname__ = cls.__qualname__ + ".__repr__"
    return __repr__


def _make_comparison(cls, name, compared, test):
    def method(self, other):
        if other.__class__ is self.__class__:
            return test(tuple([getattr(self, n) for n in compared]),
                        tuple([getattr(other, n) for n in compared]))
        return NotImplemented

    method.__name__ = name
    method.__qualname__ = cls.__qualname__ + "." + name
    return method


def _make_hash(cls, hashed):
    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in hashed]))

    __hash__.__qualname__ = cls.__qualname__ + ".__hash__"
    return __hash__


def _make_frozen_methods(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot assign to field %r" % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot delete field %r" % (name,))
        super(cls, self).__delattr__(name)

    __setattr__.__qualname__ = cls.__qualname__ + ".__setattr__"
    __delattr__.__qualname__ = cls.__qualname__ + ".__delattr__"
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    """Set cls.name unless the class body defined it; return whether it was defined."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _annotation_text(annotation):
    """An annotation as inspect.signature shows it."""
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return "%s.%s" % (annotation.__module__, annotation.__qualname__)
    if type(annotation).__module__ == "typing":
        return repr(annotation).replace("typing.", "")
    return repr(annotation)


def _signature_text(all_fields):
    """'(x: int, y: int = 0)': the __init__ signature, used as the default docstring."""
    params = []
    star = False
    for f in all_fields:
        if f._field_type not in (_FIELD, _FIELD_INITVAR) or not f.init:
            continue
        if f.kw_only and not star:
            params.append("*")
            star = True
        text = "%s: %s" % (f.name, _annotation_text(f.type))
        if f.default_factory is not MISSING:
            text += " = <factory>"
        elif f.default is not MISSING:
            text += " = %r" % (f.default,)
        params.append(text)
    return "(%s)" % ", ".join(params)


# ---- the decorator ---------------------------------------------------------------------------

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    all_fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if base.__dict__["__dataclass_params__"].frozen:
                any_frozen_base = True

    own = []
    seen_kw_only = False
    for name, annotation in _own_annotations(cls).items():
        if _is_kw_only(annotation):
            if seen_kw_only:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified"
                                % (name,))
            seen_kw_only = True
            continue
        own.append(_get_field(cls, name, annotation, kw_only or seen_kw_only))
    for f in own:
        all_fields[f.name] = f
        # A Field object as class attribute is replaced by its default (or removed).
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    annotations = _own_annotations(cls)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    fields_list = list(all_fields.values())
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    if init:
        seen_default = False
        for f in fields_list:
            if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init and not f.kw_only:
                if f.default is MISSING and f.default_factory is MISSING:
                    if seen_default:
                        raise TypeError("non-default argument %r follows default argument"
                                        % (f.name,))
                else:
                    seen_default = True
        _set_new_attribute(cls, "__init__",
                           _make_init(cls, fields_list, frozen, hasattr(cls, "__post_init__")))

    stored = [f for f in fields_list if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, "__repr__", _make_repr(cls, fields_list))
    compared = [f.name for f in stored if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__",
                           _make_comparison(cls, "__eq__", compared, lambda a, b: a == b))
    if order:
        tests = (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                 ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b))
        for name, test in tests:
            if _set_new_attribute(cls, name, _make_comparison(cls, name, compared, test)):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))
    if frozen:
        setter, deleter = _make_frozen_methods(cls, frozenset(f.name for f in stored))
        for name, method in (("__setattr__", setter), ("__delattr__", deleter)):
            if _set_new_attribute(cls, name, method):
                raise TypeError("Cannot overwrite attribute %s in class %s"
                                % (name, cls.__name__))

    hashed = [f.name for f in stored if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = _make_hash(cls, hashed)
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _make_hash(cls, hashed)
        else:
            cls.__hash__ = None

    if not getattr(cls, "__doc__", None):
        cls.__doc__ = cls.__name__ + _signature_text(fields_list)

    if match_args:
        _set_new_attribute(cls, "__match_args__",
                           tuple(f.name for f in fields_list
                                 if f._field_type in (_FIELD, _FIELD_INITVAR)
                                 and f.init and not f.kw_only))
    if slots:
        cls = _add_slots(cls, [f.name for f in stored])
    return cls


def _add_slots(cls, names):
    namespace = dict(cls.__dict__)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, "__slots__", ()))
    namespace["__slots__"] = tuple(n for n in names if n not in inherited)
    for name in names:
        namespace.pop(name, None)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    new_cls = type(cls.__name__, cls.__bases__, namespace)
    new_cls.__qualname__ = cls.__qualname__
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Class decorator (with or without arguments) that turns annotated class attributes
    into fields and adds the methods asked for."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


# ---- functions on dataclasses ------------------------------------------------------------------

def fields(class_or_instance):
    """The Field objects of a dataclass (or instance), ClassVars and InitVars excluded."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    """A dict of the fields of a dataclass instance, converting nested values recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, lambda items: dict_factory(items), True)


def astuple(obj, *, tuple_factory=tuple):
    """A tuple of the fields of a dataclass instance, converting nested values recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, False)


def _convert(obj, factory, as_dict):
    if _is_dataclass_instance(obj):
        if as_dict:
            return factory([(f.name, _convert(getattr(obj, f.name), factory, as_dict))
                            for f in fields(obj)])
        return factory([_convert(getattr(obj, f.name), factory, as_dict) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Create a dataclass from field names, (name, type) or (name, type, Field) items."""
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in annotations:
            raise TypeError("Field name duplicated: %r" % (name,))
        annotations[name] = tp
    namespace["__annotations__"] = annotations
    namespace.setdefault("__module__", module or "types")
    cls = type(cls_name, tuple(bases), namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)

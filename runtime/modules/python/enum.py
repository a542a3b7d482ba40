"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

stitch has no metaclasses, so the members are made by Enum.__init_subclass__ (which turns
the class attributes into member instances) and Color(1) finds a member through
Enum.__new__. Color['RED'] works through __class_getitem__. What needs a metaclass does not
work: iterating over the class, len(Color), `member in Color`, the class repr
`<enum 'Color'>` and protecting members from reassignment. Color.__members__ (a dict of
name -> member, aliases included) and Color._member_names_ are there to iterate instead.
"""

__all__ = ["Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum", "auto", "unique",
           "EnumType", "EnumMeta", "verify", "member", "nonmember", "global_enum"]


class auto:
    """Placeholder for a member value chosen by _generate_next_value_.

    In the class body A | B of two autos is an auto too, resolved after A and B.
    """

    def __init__(self, value=None):
        self.value = value
        self._combine = None

    def _combined(self, op, left, right):
        result = auto()
        result._combine = (op, left, right)
        return result

    def __or__(self, other):
        return self._combined(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return self._combined(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return self._combined(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return self._combined(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return self._combined(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return self._combined(lambda a, b: a ^ b, other, self)

    def _resolve(self, cls, name, last_values):
        if self.value is None:
            if self._combine is not None:
                op, left, right = self._combine
                left = left._resolve(cls, name, last_values) if isinstance(left, auto) else left
                right = (right._resolve(cls, name, last_values) if isinstance(right, auto)
                         else right)
                self.value = op(left, right)
            else:
                self.value = cls._generate_next_value_(name, 1, len(last_values),
                                                       last_values[:])
        return self.value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Force a value (such as a function) to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keep a value as a plain class attribute, not a member."""

    def __init__(self, value):
        self.value = value


EnumType = EnumMeta = type


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")
            or isinstance(obj, (property, classmethod, staticmethod))
            or type(obj).__name__ in ("function", "builtin_function_or_method"))


def _is_dunder_or_sunder(name):
    return len(name) > 2 and name[0] == "_" and name[-1] == "_"


def _member_type(cls):
    """The builtin (or other data) type mixed into an enum: int for IntEnum, else object."""
    for base in cls.__mro__[1:]:
        if base is object or issubclass(base, Enum):
            continue
        return base
    return object


class Enum:
    """Base class of enumerations: class Color(Enum): RED = 1."""

    # Class-level state of each enum (set for every subclass by __init_subclass__).
    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}
    _member_type_ = object

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _setup_enum(cls)

    def __new__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                boundary=None):
        if names is not None:
            return _functional_api(cls, value, names, module, type, start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for candidate in cls._member_map_.values():
            if candidate._value_ == value:
                return candidate
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid "
                            "member" % (cls.__name__, result))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __init__(self, *args, **kwds):
        pass

    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value of an auto() member: one more than the last value (or start)."""
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        # Members with a mixed-in type hash (and compare) as their values.
        if self._member_type_ is object:
            return hash(self._name_)
        return hash(self._value_)

    def __bool__(self):
        if self._member_type_ is object:
            return True
        return bool(self._value_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _setup_enum(cls):
    """Turn the class attributes of a new enum class into its members (once)."""
    if "_member_map_" in cls.__dict__:
        return
    for base in cls.__mro__[1:]:
        if issubclass(base, Enum) and base._member_names_:
            raise TypeError("%s: cannot extend %r" % (cls.__name__, base))
    cls._member_type_ = _member_type(cls)
    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    cls.__members__ = cls._member_map_

    ignore = cls.__dict__.get("_ignore_", [])
    if isinstance(ignore, str):
        ignore = ignore.replace(",", " ").split()
    candidates = []
    for name, value in list(cls.__dict__.items()):
        if name in ignore or name in ("_ignore_", "_order_"):
            if name in cls.__dict__:
                delattr(cls, name)
            continue
        if isinstance(value, nonmember):
            setattr(cls, name, value.value)
            continue
        if isinstance(value, member):
            candidates.append((name, value.value))
            continue
        if _is_dunder_or_sunder(name) or name.startswith("_%s__" % cls.__name__):
            continue
        if _is_descriptor(value) or isinstance(value, type):
            continue
        candidates.append((name, value))
    if not candidates:
        return

    # A __new__ written in the class body makes the members; afterwards Enum.__new__
    # takes its place to look members up by value.
    member_new = cls.__dict__.get("__new__")
    if member_new is not None:
        member_new = getattr(member_new, "__func__", member_new)
    member_init = cls.__init__
    last_values = []
    for name, value in candidates:
        if isinstance(value, auto):
            value = value._resolve(cls, name, last_values)
        elif isinstance(value, tuple):
            value = tuple(v._resolve(cls, name, last_values) if isinstance(v, auto) else v
                          for v in value)
        last_values.append(value)
        _add_member(cls, name, value, member_new, member_init)
    # From now on calling the class looks a member up (Enum.__new__ comes after the
    # mixed-in type in the MRO, hence the assignment) and must not run __init__ again.
    cls.__new__ = Enum.__dict__["__new__"]
    if member_init is not Enum.__init__:
        cls.__init__ = Enum.__init__


def _add_member(cls, name, value, member_new, member_init):
    """Create the member `name` of cls (or make it an alias of an equal-valued member)."""
    args = value if isinstance(value, tuple) else (value,)
    member_type = cls._member_type_
    if member_new is not None:
        obj = member_new(cls, *args)
    elif member_type is object:
        obj = object.__new__(cls)
    elif member_type is tuple:
        obj = member_type.__new__(cls, args)
    else:
        obj = member_type.__new__(cls, *args)
    if "_value_" not in getattr(obj, "__dict__", {}):
        if member_type is object:
            obj._value_ = value
        else:
            obj._value_ = member_type(*args)
    obj._name_ = name
    obj.__objclass__ = cls
    obj._sort_order_ = len(cls._member_names_)
    member_init(obj, *args)

    canonical = None
    for existing in cls._member_map_.values():
        if existing._value_ == obj._value_:
            canonical = existing
            break
    if canonical is not None:
        obj = canonical
    else:
        cls._member_names_.append(name)
    cls._member_map_[name] = obj
    try:
        cls._value2member_map_.setdefault(obj._value_, obj)
    except TypeError:
        pass
    setattr(cls, name, obj)


def _functional_api(cls, class_name, names, module, mixin, start):
    """Enum('Animal', 'ANT BEE') and friends: build the enum class from names."""
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        pairs = [(name, cls._generate_next_value_(name, start, i, list(range(start, start + i))))
                 for i, name in enumerate(names)]
    elif isinstance(names, dict):
        pairs = list(names.items())
    else:
        pairs = list(names)
    namespace = {"__module__": module or "__main__"}
    for name, value in pairs:
        namespace[name] = value
    bases = (cls,) if mixin is None else (mixin, cls)
    enum_class = type(class_name, bases, namespace)
    _setup_enum(enum_class)     # stitch's type() does not call __init_subclass__ yet
    return enum_class


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its mixed-in type (not Color.RED)."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are also strs; auto() gives the lowercased name."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _bits(value):
    """The single-bit values of a non-negative int, lowest first."""
    bits = []
    bit = 1
    while bit <= value:
        if value & bit:
            bits.append(bit)
        bit <<= 1
    return bits


class Flag(Enum):
    """An enum whose members combine with | & ^ ~ into flag values."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 1 << high.bit_length() if high > 0 else 1

    @classmethod
    def _all_bits(cls):
        total = 0
        for name in cls._member_names_:
            total |= cls._member_map_[name]._value_
        return total

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        all_bits = cls._all_bits()
        if value < 0:
            value = all_bits & value
        if value & ~all_bits and cls._member_type_ is object:
            raise ValueError("%s invalid value %d" % (_flag_repr_class(cls), value))
        return _pseudo_member(cls, value)

    def _canonical_members(self):
        """The single-flag members contained in this value, in definition order."""
        cls = type(self)
        found = []
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if v and v & (v - 1) == 0 and v & self._value_ == v:
                found.append(m)
        return found

    def __iter__(self):
        return iter(self._canonical_members())

    def __len__(self):
        return len(self._canonical_members())

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, int):
            pass
        else:
            return NotImplemented
        return type(self)(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, int):
            pass
        else:
            return NotImplemented
        return type(self)(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, int):
            pass
        else:
            return NotImplemented
        return type(self)(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(type(self)._all_bits() & ~self._value_)

    def __repr__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __hash__(self):
        return hash(self._value_)


def _flag_repr_class(cls):
    return "<flag %r>" % cls.__name__


def _pseudo_member(cls, value):
    """The member for a combination of flags (made once and remembered)."""
    existing = cls._value2member_map_.get(value)
    if existing is not None:
        return existing
    if cls._member_type_ is object:
        obj = object.__new__(cls)
    else:
        obj = cls._member_type_.__new__(cls, value)
    obj._value_ = value
    names = []
    covered = 0
    for name in cls._member_names_:
        v = cls._member_map_[name]._value_
        if v and v & (v - 1) == 0 and v & value == v:
            names.append(name)
            covered |= v
    if names and value & ~covered:
        names.append(str(value & ~covered))
    obj._name_ = "|".join(names) if names else None
    obj.__objclass__ = cls
    cls._value2member_map_[value] = obj
    return obj


class IntFlag(int, ReprEnum, Flag):
    """A Flag whose members are also ints (and combine with ints)."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    __repr__ = Flag.__repr__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __bool__ = Flag.__bool__
    __hash__ = Flag.__hash__


def unique(enumeration):
    """Class decorator: ValueError if two names share a value (aliases)."""
    duplicates = []
    for name, m in enumeration._member_map_.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        details = ", ".join("%s -> %s" % pair for pair in duplicates)
        raise ValueError("duplicate values found in <enum %r>: %s"
                         % (enumeration.__name__, details))
    return enumeration


def verify(*checks):
    def decorate(enumeration):
        return enumeration
    return decorate


def global_enum(cls):
    return cls

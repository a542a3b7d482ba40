"""Container datatypes: deque, defaultdict, namedtuple, Counter, OrderedDict, ChainMap."""

import sys
from keyword import iskeyword
from collections.abc import MutableMapping

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]

# ids of the containers whose repr is being computed, so that a container holding itself
# prints "[...]" instead of recursing forever.
_repr_running = set()


def _recursive_repr(fallback):
    def decorate(method):
        def wrapper(self):
            key = id(self)
            if key in _repr_running:
                return fallback
            _repr_running.add(key)
            try:
                return method(self)
            finally:
                _repr_running.discard(key)
        wrapper.__name__ = method.__name__
        wrapper.__doc__ = method.__doc__
        return wrapper
    return decorate


def _as_index(i, what="sequence index"):
    if isinstance(i, int):
        return i
    method = getattr(type(i), "__index__", None)
    if method is None:
        raise TypeError("%s must be integer, not '%s'" % (what, type(i).__name__))
    return method(i)


# ---- deque -----------------------------------------------------------------------------------

class deque:
    """A double-ended queue: a ring buffer with O(1) appends and pops at both ends."""

    __slots__ = ("_buf", "_head", "_size", "_maxlen", "_state")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = _as_index(maxlen, "an integer")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0
        self._size = 0
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __class_getitem__(cls, item):
        return cls

    # The slot of the i-th element (0 <= i < size).
    def _slot(self, i):
        return (self._head + i) % len(self._buf)

    def _grow(self):
        old = self._buf
        n = len(old)
        self._buf = [old[(self._head + i) % n] for i in range(self._size)] + [None] * (n + n - self._size)
        self._head = 0

    def append(self, x):
        """Add x to the right end."""
        self._state += 1
        size = self._size
        if size == self._maxlen:
            if not size:
                return
            self._popleft()
            size -= 1
        buf = self._buf
        if size == len(buf):
            self._grow()
            buf = self._buf
        buf[(self._head + size) % len(buf)] = x
        self._size = size + 1

    def appendleft(self, x):
        """Add x to the left end."""
        self._state += 1
        size = self._size
        if size == self._maxlen:
            if not size:
                return
            self._pop()
            size -= 1
        buf = self._buf
        if size == len(buf):
            self._grow()
            buf = self._buf
        head = (self._head - 1) % len(buf)
        buf[head] = x
        self._head = head
        self._size = size + 1

    def _pop(self):
        buf = self._buf
        size = self._size - 1
        i = (self._head + size) % len(buf)
        x = buf[i]
        buf[i] = None
        self._size = size
        return x

    def _popleft(self):
        buf = self._buf
        head = self._head
        x = buf[head]
        buf[head] = None
        self._head = (head + 1) % len(buf)
        self._size -= 1
        return x

    def pop(self):
        """Remove and return the rightmost element."""
        size = self._size
        if not size:
            raise IndexError("pop from an empty deque")
        self._state += 1
        buf = self._buf
        size -= 1
        i = (self._head + size) % len(buf)
        x = buf[i]
        buf[i] = None
        self._size = size
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        size = self._size
        if not size:
            raise IndexError("pop from an empty deque")
        self._state += 1
        buf = self._buf
        head = self._head
        x = buf[head]
        buf[head] = None
        self._head = (head + 1) % len(buf)
        self._size = size - 1
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._buf = [None] * 8
        self._head = 0
        self._size = 0

    def copy(self):
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, "__dict__", None) or None
        return type(self), ((), self._maxlen), state, iter(self)

    def rotate(self, n=1):
        """Rotate n steps to the right (to the left if n is negative)."""
        size = self._size
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        if size == len(self._buf):
            self._head = (self._head - n) % size
            return
        if n <= size // 2:
            for _ in range(n):
                x = self._pop()
                self._head = (self._head - 1) % len(self._buf)
                self._buf[self._head] = x
                self._size += 1
        else:
            for _ in range(size - n):
                x = self._popleft()
                self._buf[self._slot(self._size)] = x
                self._size += 1

    def reverse(self):
        n = self._size
        buf = self._buf
        for i in range(n // 2):
            a, b = self._slot(i), self._slot(n - 1 - i)
            buf[a], buf[b] = buf[b], buf[a]

    def count(self, x):
        state = self._state
        total = 0
        for i in range(self._size):
            item = self._buf[self._slot(i)]
            if item is x or item == x:
                total += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return total

    def index(self, x, start=0, stop=sys.maxsize):
        size = self._size
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        state = self._state
        for i in range(start, stop):
            item = self._buf[self._slot(i)]
            if item is x or item == x:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        if self._size == self._maxlen:
            raise IndexError("deque already at its maximum size")
        size = self._size
        i = _as_index(i)
        if i < 0:
            i = max(i + size, 0)
        i = min(i, size)
        self.rotate(-i)
        self.appendleft(x)
        self.rotate(i)

    def remove(self, x):
        for i in range(self._size):
            item = self._buf[self._slot(i)]
            if item is x or item == x:
                del self[i]
                return
        raise ValueError("%r is not in deque" % (x,))

    def _checked_index(self, i):
        i = _as_index(i)
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._buf[self._slot(self._checked_index(i))]

    def __setitem__(self, i, x):
        self._buf[self._slot(self._checked_index(i))] = x

    def __delitem__(self, i):
        i = self._checked_index(i)
        self.rotate(-i)
        self.popleft()
        self.rotate(i)

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size > 0

    def __iter__(self):
        state = self._state
        i = 0
        while True:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if i >= self._size:
                return
            yield self._buf[self._slot(i)]
            i += 1

    def __reversed__(self):
        state = self._state
        i = self._size - 1
        while True:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if i < 0:
                return
            yield self._buf[self._slot(i)]
            i -= 1

    def __contains__(self, x):
        state = self._state
        for i in range(self._size):
            item = self._buf[self._slot(i)]
            if item is x or item == x:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def _items(self):
        return [self._buf[self._slot(i)] for i in range(self._size)]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items()
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self

    @_recursive_repr("[...]")
    def __repr__(self):
        items = repr(self._items())
        if self._maxlen is None:
            return "%s(%s)" % (type(self).__name__, items)
        return "%s(%s, maxlen=%d)" % (type(self).__name__, items, self._maxlen)


# ---- defaultdict -----------------------------------------------------------------------------

class defaultdict(dict):
    """A dict that calls default_factory() to make the value of a missing key."""

    __slots__ = ("default_factory",)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    @_recursive_repr("...")
    def __repr__(self):
        factory = self.default_factory
        factory_repr = "..." if factory is self else repr(factory)
        # dict(self): the plain dict's repr of the same items.
        return "%s(%s, %r)" % (type(self).__name__, factory_repr, dict(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


# ---- namedtuple ------------------------------------------------------------------------------

def _plural_names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % tuple(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _caller_module():
    getframe = getattr(sys, "_getframe", None)
    if getframe is None:
        return "__main__"
    try:
        return getframe(2).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass named typename whose items are also attributes."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)

    if rename:
        seen = set()
        for i, name in enumerate(field_names):
            if (not name.isidentifier() or iskeyword(name) or name.startswith("_")
                    or name in seen):
                field_names[i] = "_%d" % i
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % name)
        if iskeyword(name):
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)

    fields = tuple(field_names)
    nfields = len(fields)
    positions = {name: i for i, name in enumerate(fields)}
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))
    nrequired = nfields - len(field_defaults)
    missing = object()

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == nfields:
            return tuple.__new__(_cls, args)
        if len(args) > nfields:
            if nrequired == nfields:
                takes = "%d positional argument%s" % (nfields + 1, "s" if nfields else "")
            else:
                takes = "from %d to %d positional arguments" % (nrequired + 1, nfields + 1)
            raise TypeError("%s.__new__() takes %s but %d %s given"
                            % (typename, takes, len(args) + 1, "was" if not args else "were"))
        values = list(args) + [missing] * (nfields - len(args))
        for key, value in kwargs.items():
            i = positions.get(key)
            if i is None:
                raise TypeError("%s.__new__() got an unexpected keyword argument '%s'"
                                % (typename, key))
            if i < len(args):
                raise TypeError("%s.__new__() got multiple values for argument '%s'"
                                % (typename, key))
            values[i] = value
        absent = []
        for i, value in enumerate(values):
            if value is missing:
                if fields[i] in field_defaults:
                    values[i] = field_defaults[fields[i]]
                else:
                    absent.append(fields[i])
        if absent:
            raise TypeError("%s.__new__() missing %d required positional argument%s: %s"
                            % (typename, len(absent), "s" if len(absent) > 1 else "",
                               _plural_names(absent)))
        return tuple.__new__(_cls, values)

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError("Expected %d arguments, got %d" % (nfields, len(result)))
        return result

    def _replace(self, /, **kwargs):
        result = self._make([kwargs.pop(name, value) for name, value in zip(fields, self)])
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return result

    def __repr__(self):
        parts = ["%s=%r" % (name, value) for name, value in zip(fields, self)]
        return "%s(%s)" % (self.__class__.__name__, ", ".join(parts))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__doc__": "%s(%s)" % (typename, ", ".join(fields)),
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
        "__module__": module if module is not None else _caller_module(),
    }
    for i, name in enumerate(fields):
        namespace[name] = property(lambda self, i=i: self[i], doc="Alias for field number %d" % i)
    return type(typename, (tuple,), namespace)


# ---- Counter ---------------------------------------------------------------------------------

def _count_value(item):
    return item[1]


class Counter(dict):
    """A dict subclass counting hashable items: Counter('abca') == {'a': 2, 'b': 1, 'c': 1}."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common elements and their counts, ties in insertion order."""
        ordered = sorted(self.items(), key=_count_value, reverse=True)
        if n is None:
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        """Each element repeated as many times as its count (counts below one: none)."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of counts."""
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, "keys"):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self[elem]
                else:
                    for elem, count in iterable.items():
                        self[elem] = count
            else:
                for elem in iterable:
                    self[elem] = self[elem] + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (which may go to zero or below)."""
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, "keys"):
                for elem, count in iterable.items():
                    self[elem] = self[elem] - count
            else:
                for elem in iterable:
                    self[elem] = self[elem] - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.pop(self, elem)

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        try:
            items = ", ".join("%r: %r" % pair for pair in self.most_common())
            return "%s({%s})" % (type(self).__name__, items)
        except TypeError:
            return "%s(%r)" % (type(self).__name__, dict(self))

    # Comparisons treat missing elements as zero counts.
    def _compare(self, other, test):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(test(self[e], other[e]) for c in (self, other) for e in c)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __lt__(self, other):
        result = self.__le__(other)
        return result if result is NotImplemented else (result and self != other)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __gt__(self, other):
        result = self.__ge__(other)
        return result if result is NotImplemented else (result and self != other)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            total = count + other[elem]
            if total > 0:
                result[elem] = total
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            diff = count - other[elem]
            if diff > 0:
                result[elem] = diff
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            best = other_count if count < other_count else count
            if best > 0:
                result[elem] = best
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            least = count if count < other_count else other_count
            if least > 0:
                result[elem] = least
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# ---- OrderedDict -----------------------------------------------------------------------------

class OrderedDict(dict):
    """A dict whose order can be rearranged (move_to_end) and matters for equality."""

    def move_to_end(self, key, last=True):
        """Move an existing key to the end (or to the beginning if last is false)."""
        value = dict.pop(self, key)
        if last:
            self[key] = value
            return
        rest = list(self.items())
        dict.clear(self)
        self[key] = value
        for k, v in rest:
            self[k] = v

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the end (or the beginning)."""
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    def __reversed__(self):
        return reversed(self.keys())

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, "__dict__", None) or None
        return type(self), (), state, None, iter(self.items())

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict(self) == dict(other) and list(self) == list(other)
        if isinstance(other, dict):
            return dict(self) == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    @_recursive_repr("...")
    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        return "%s(%r)" % (type(self).__name__, list(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


# ---- ChainMap --------------------------------------------------------------------------------

class ChainMap(MutableMapping):
    """Several mappings seen as one: lookups search them in order, writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(self._keys())

    def _keys(self):
        keys = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                keys[key] = None
        return keys

    def __iter__(self):
        return iter(self._keys())

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr("...")
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with a new (or the given) map in front of these."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of all the maps but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def clear(self):
        self.maps[0].clear()

    def __or__(self, other):
        if not isinstance(other, (dict, MutableMapping)):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


# ---- UserDict, UserList, UserString (wrappers around a real container in .data) ----------------

class UserDict(MutableMapping):
    """A dict-like class whose contents live in the plain dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), "__missing__", None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def copy(self):
        result = type(self)()
        result.data = self.data.copy()
        return result


class UserList:
    """A list-like class whose contents live in the plain list self.data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            self.data = list(initlist.data if isinstance(initlist, UserList) else initlist)

    def _unwrap(self, other):
        return other.data if isinstance(other, UserList) else other

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        return self.data == self._unwrap(other)

    def __lt__(self, other):
        return self.data < self._unwrap(other)

    def __le__(self, other):
        return self.data <= self._unwrap(other)

    def __gt__(self, other):
        return self.data > self._unwrap(other)

    def __ge__(self, other):
        return self.data >= self._unwrap(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        return type(self)(self.data + list(self._unwrap(other)))

    def __iadd__(self, other):
        self.data += self._unwrap(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(self._unwrap(other))


class UserString:
    """A str-like class whose value is the plain str self.data."""

    def __init__(self, seq):
        self.data = seq.data[:] if isinstance(seq, UserString) else str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserString) else other)

    def __lt__(self, other):
        return self.data < (other.data if isinstance(other, UserString) else other)

    def __hash__(self):
        return hash(self.data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __contains__(self, char):
        return (char.data if isinstance(char, UserString) else char) in self.data

    def __add__(self, other):
        return type(self)(self.data + (other.data if isinstance(other, UserString) else other))

    def __getattr__(self, name):
        # Delegate the str methods, re-wrapping str results.
        attr = getattr(self.data, name)
        if not callable(attr):
            return attr

        def method(*args, **kwargs):
            result = attr(*args, **kwargs)
            return type(self)(result) if isinstance(result, str) else result
        return method

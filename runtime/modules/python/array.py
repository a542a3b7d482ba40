"""Arrays of numbers of one C type (CPython's array module), kept as a list of checked values.

Items are validated (and `f` values rounded to single precision) when they go in, so reading
them back gives what CPython's C storage would; byte conversion goes through `struct` with
native sizes. `__buffer__` lets bytes(), bytearray(), struct and hashlib read an array's bytes.
"""

from struct import pack as _pack, unpack as _unpack, calcsize as _calcsize

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

# (minimum, maximum, message stem) of the integer codes, and the OverflowError texts CPython
# gives for values out of range.
_INT_LIMITS = {
    "b": (-128, 127, "signed char is less than minimum", "signed char is greater than maximum"),
    "B": (0, 255, "unsigned byte integer is less than minimum",
          "unsigned byte integer is greater than maximum"),
    "h": (-32768, 32767, "signed short integer is less than minimum",
          "signed short integer is greater than maximum"),
    "H": (0, 65535, "unsigned short is less than minimum", "unsigned short is greater than maximum"),
    "i": (-2 ** 31, 2 ** 31 - 1, "signed integer is less than minimum",
          "signed integer is greater than maximum"),
    "I": (0, 2 ** 32 - 1, "can't convert negative value to unsigned int",
          "unsigned int is greater than maximum"),
    "l": (-2 ** 63, 2 ** 63 - 1, "Python int too large to convert to C long",
          "Python int too large to convert to C long"),
    "L": (0, 2 ** 64 - 1, "can't convert negative value to unsigned int",
          "Python int too large to convert to C unsigned long"),
    "q": (-2 ** 63, 2 ** 63 - 1, "int too big to convert", "int too big to convert"),
    "Q": (0, 2 ** 64 - 1, "can't convert negative int to unsigned", "int too big to convert"),
}


def _as_int(v):
    if isinstance(v, int):
        return int(v)
    method = getattr(type(v), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return method(v)


def _as_float(v):
    if isinstance(v, float):
        return v
    if isinstance(v, int):
        return float(v)
    t = type(v)
    if getattr(t, "__float__", None) is not None or getattr(t, "__index__", None) is not None:
        return float(v)
    raise TypeError("must be real number, not %s" % t.__name__)


def _checker(typecode):
    """The function that validates (and converts) one item for `typecode`."""
    if typecode in _INT_LIMITS:
        lo, hi, below, above = _INT_LIMITS[typecode]

        def check(v):
            v = _as_int(v)
            if v < lo:
                raise OverflowError(below)
            if v > hi:
                raise OverflowError(above)
            return v
        return check
    if typecode == "d":
        return _as_float
    if typecode == "f":
        def check_f(v):
            return _unpack("f", _pack("f", _as_float(v)))[0]
        return check_f

    def check_u(v):
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    return check_u


class array:
    """array(typecode[, initializer]) -> array of numbers (or characters) of one C type."""

    __hash__ = None

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._check = _checker(typecode)
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if typecode == "u" and initializer._typecode != "u":
                raise TypeError("cannot use a unicode array to initialize an array with "
                                "typecode '%s'" % typecode)
            self._items = [self._check(v) for v in initializer._items]
        else:
            self._items = [self._check(v) for v in initializer]

    # ---- attributes and conversions ----------------------------------------------------

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return 4 if self._typecode == "u" else _calcsize(self._typecode)

    def buffer_info(self):
        return (id(self), len(self._items))

    def tolist(self):
        return list(self._items)

    def tobytes(self):
        if self._typecode == "u":
            return b"".join(ord(c).to_bytes(4, "little") for c in self._items)
        return _pack("%d%s" % (len(self._items), self._typecode), *self._items)

    def __buffer__(self, flags):
        return self.tobytes()

    def tounicode(self):
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def frombytes(self, buffer):
        data = bytes(buffer)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        n = len(data) // size
        if self._typecode == "u":
            self._items.extend(chr(int.from_bytes(data[i:i + 4], "little"))
                               for i in range(0, len(data), 4))
        else:
            self._items.extend(_unpack("%d%s" % (n, self._typecode), data))

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self._items.extend([self._check(v) for v in items])

    def fromunicode(self, s):
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    # ---- list-like methods -------------------------------------------------------------

    def append(self, v):
        self._items.append(self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
        else:
            self._items.extend([self._check(v) for v in iterable])

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        n = len(self._items)
        if i < -n or i >= n:
            raise IndexError("pop index out of range")
        return self._items.pop(i)

    def remove(self, v):
        for i, x in enumerate(self._items):
            if x == v:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if self._items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    # ---- the sequence protocol ---------------------------------------------------------

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def _new(self, items):
        out = array(self._typecode)
        out._items = items
        return out

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self._new(self._items[key])
        if not isinstance(key, int) and getattr(type(key), "__index__", None) is None:
            raise TypeError("array indices must be integers")
        try:
            return self._items[key]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            self._items[key] = list(value._items)
            return
        if not isinstance(key, int) and getattr(type(key), "__index__", None) is None:
            raise TypeError("array indices must be integers")
        v = self._check(value)
        try:
            self._items[key] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, key):
        if isinstance(key, slice):
            del self._items[key]
            return
        try:
            del self._items[key]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    # ---- operators ---------------------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __repr__(self):
        if not self._items:
            return "array(%r)" % self._typecode
        if self._typecode == "u":
            return "array('u', %r)" % "".join(self._items)
        return "array(%r, %r)" % (self._typecode, self._items)


ArrayType = array

# Builtins calling back into user-defined special methods: __index__, __int__, __float__,
# __abs__, __round__, __divmod__, __len__/__getitem__, __reversed__, __lt__ (the order of
# comparisons sort makes), __call__, and file-like objects for print.


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(hex(Idx(255)), bin(Idx(5)), chr(Idx(65)), "abc"[Idx(1)], [1, 2, 3].pop(Idx(0)), "abcdef".find("d", Idx(2)))
print(range(Idx(3)), "ab".center(Idx(6), "*"), list(enumerate("x", Idx(7))), round(2.567, Idx(2)))


class Num:
    def __int__(self):
        return 42

    def __float__(self):
        return 2.5

    def __abs__(self):
        return "absolute"

    def __round__(self, nd=None):
        return ("rounded", nd)

    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)


n = Num()
print(int(n), float(n), abs(n), round(n), round(n, 3), divmod(n, 7), divmod(7, n))


class BadInt:
    def __int__(self):
        return "nope"


check("bad __int__", lambda: int(BadInt()))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "item%d" % i


print(list(reversed(Seq())), len(Seq()))


class Rev:
    def __reversed__(self):
        return iter([3, 2, 1])


print(list(reversed(Rev())))
check("reversed plain object", lambda: reversed(object()))


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  %d < %d" % (self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "L%d" % self.v


print("sorting")
print(sorted([Loud(3), Loud(1), Loud(2), Loud(5), Loud(4)]))
print("max")
print(max([Loud(3), Loud(1), Loud(2)], key=lambda x: x.v), min(Loud(2), Loud(1), key=lambda x: x.v))


def bad_key(x):
    if x == 3:
        raise ValueError("bad key %d" % x)
    return x


data = [5, 3, 1]
try:
    data.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e, data)
check("max key raises", lambda: max([1, 3], key=bad_key))

victim = [3, 1, 2]


def meddle(x):
    victim.append(x)
    return x


try:
    victim.sort(key=meddle)
except ValueError as e:
    print("ValueError:", e, victim)


class Callable:
    def __call__(self):
        return 1


print(callable(Callable()), callable(Callable), callable(Idx(1)))


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


w = Writer()
print("a", 1, [2], sep="|", end="$", file=w)
print(file=w, flush=True)
print(w.parts)
check("print to int", lambda: print("x", file=1))
print("to None file", file=None)


class Attrs:
    pass


obj = Attrs()
setattr(obj, "x", 5)
print(getattr(obj, "x"), hasattr(obj, "x"), hasattr(obj, "y"), getattr(obj, "y", "default"))
delattr(obj, "x")
print(hasattr(obj, "x"))
check("delattr missing", lambda: delattr(obj, "x"))
print(isinstance(obj, Attrs), isinstance(obj, (int, Attrs)), issubclass(Attrs, object), issubclass(bool, Attrs))

# Subclasses of builtin types and the builtin types' special methods as attributes:
# str()/int()/float()/bool() of subclass instances, a user __hash__ used as is, comparison
# results returned as is, '%r' % obj, int.__add__ and friends (NotImplemented for other
# types), super().__setitem__ in a dict subclass, unbound builtin methods.


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class S(str):
    pass


class I(int):
    pass


class F(float):
    pass


class L(list):
    pass


print(str(S("x")), type(str(S("x"))).__name__, repr(S("x")), S("ab") + "c", type(S("ab") + "c").__name__)
print(int(I(5)), type(int(I(5))).__name__, bool(I(0)), bool(I(2)), I(7) // 2, type(I(7) + 1).__name__)
print(float(F(1.5)), type(float(F(1.5))).__name__, int(F(2.9)), float(I(3)), round(F(2.567), 2))
print(bool(L()), bool(L([0])), len(L("abc")), L([3, 1, 2]) + [9], sorted(L([3, 1])), str(L([1])))
print(f"{I(5):04d}|{F(0.5):.2f}|{S('ab'):>4}|", "%d %s %r %.1f" % (I(3), S("s"), S("r"), F(2.25)))


class Money(int):
    def __repr__(self):
        return "Money(%d)" % int(self)


m = Money(12)
print(str(m), repr(m), f"{m}", "%s" % m, "%d" % m, [m], m + 1, type(m + 1).__name__)


class Upper(str):
    def __str__(self):
        return self.upper()


u = Upper("shout")
print(str(u), "%s" % u, f"{u}", u, repr(u), u + "!", len(u))


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


print([hash(H(v)) for v in (12345, -1, 0, 2**61 - 1, 2**61, -2**70, True)])
print(attempt(lambda: hash(H(1.5))), attempt(lambda: hash(H("1"))))


class Weird:
    def __lt__(self, other):
        return "less"

    def __eq__(self, other):
        return [1]

    def __gt__(self, other):
        return None


w = Weird()
print(w < 1, w == 2, w > 3, 1 > w, w != 4, bool(w == 5), w < w)


class G:
    def __getitem__(self, key):
        return key * 2

    def __repr__(self):
        return "<G>"


print("%r" % G(), "%s" % G(), "%(k)s" % {"k": 1}, attempt(lambda: "%(k)s" % G()))
print("%s and %r" % (G(), G()), "%d%%" % 5)

# Special methods of builtin types, called directly.
print(int.__add__(1, 2), int.__add__(1, 2.0), float.__add__(1.0, 2), int.__radd__(1, 2), int.__neg__(5))
print(int.__lt__(1, 2), int.__eq__(1, "a"), str.__len__("abcd"), str.__contains__("abc", "b"))
print(list.__getitem__([1, 2, 3], 1), list.__len__([1]), dict.__getitem__({"a": 1}, "a"), tuple.__add__((1,), (2,)))
print(str.__mul__("ab", 2), str.__add__("a", "b"), attempt(lambda: str.__add__("a", 1)), bool.__or__(True, False))
lst = [1]
list.__setitem__(lst, 0, 9)
list.__iadd__(lst, [10])
dct = {}
dict.__setitem__(dct, "k", "v")
print(lst, dct, dict.__contains__(dct, "k"), set.__or__({1}, {2}), set.__or__({1}, [2]))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2), object.__lt__(1, 2))
print(int.__hash__(5), int.__bool__(0), int.__index__(7), float.__int__(2.5), int.__float__(2))
print(list.__iter__([7]).__next__(), next(iter(range(3)).__iter__()), range.__len__(range(5)))
print(repr(int.__repr__(5)), str.__str__("q"), int.__format__(5, "03d"), float.__format__(0.5, ".1%"))
print(list.__hash__, dict.__hash__ is None, "__add__" in int.__dict__)
print(str.upper("abc"), str.join(",", ["a", "b"]), list.append.__name__, dict.get({"a": 1}, "a"))
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.strip, [" a ", "b "])), list(map(int.__neg__, [1, 2])))


class LoggedDict(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value * 2)

    def __getitem__(self, key):
        return super().__getitem__(key) + 1

    def __missing__(self, key):
        return -1

    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)


d = LoggedDict()
d["a"] = 5
print(d["a"], d["zz"], dict(d), d.get("a"), len(d), "a" in d)
del d["a"]
print(dict(d), super(LoggedDict, d).__getitem__("q") if False else "skip")


class Stack(list):
    def push(self, v):
        super().append(v)
        return self

    def __repr__(self):
        return "Stack" + super().__repr__()

    def __len__(self):
        return super().__len__() * 10


s = Stack().push(1).push(2)
print(s, len(s), list(s), bool(s), s[0], super(Stack, s).__len__())


class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, v)

    def __add__(self, other):
        return Celsius(float(self) + float(other))

    def __str__(self):
        return "%.1fC" % float(self)


c = Celsius(20) + 1.5
print(c, type(c).__name__, c * 2, repr(c), c > 21, float(c))

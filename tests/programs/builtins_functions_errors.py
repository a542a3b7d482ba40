# The functions of the builtins module: results and CPython's error messages.


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


# print: sep, end, flush, and the checks on sep/end.
print("a", "b", "c", sep="-", end="!\n")
print("x", 1, None, 2.5, [1, "two"], sep="")
print()
print("no newline", end="")
print(" -- continued", flush=True)
print("sep None", "end None", sep=None, end=None)
check("print sep", lambda: print("a", sep=1))
check("print end", lambda: print("a", end=[]))
check("print kw", lambda: print("a", foo=1))

# len
check("len", lambda: len([1, 2, 3]))
check("len str", lambda: len("héllo"))
check("len int", lambda: len(5))
check("len none", lambda: len())
check("len kw", lambda: len(obj=[]))

# abs
for v in [-5, 5, -0.0, -2.5, True, False, -(2 ** 70), -(2 ** 47)]:
    print("abs", repr(v), repr(abs(v)))
check("abs str", lambda: abs("a"))
check("abs none", lambda: abs())

# divmod
for a, b in [(7, 2), (-7, 2), (7, -2), (-7.5, 2), (7, 0.5), (2 ** 70, 7), (True, 2)]:
    print("divmod", a, b, divmod(a, b))
check("divmod zero", lambda: divmod(1, 0))
check("divmod fzero", lambda: divmod(1.0, 0))
check("divmod str", lambda: divmod("a", 1))
check("divmod count", lambda: divmod(1))
check("divmod kw", lambda: divmod(1, y=2))

# pow, including three arguments and modular inverses
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 2))
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(-2, 3, 5), pow(2, 3, -5), pow(3, -1, -7), pow(5, 0, -1))
print(pow(3, -1, 7), pow(38, -1, 97), pow(base=2, exp=5), pow(2, exp=3, mod=5))
check("pow inverse", lambda: pow(2, -1, 4))
check("pow mod 0", lambda: pow(2, 3, 0))
check("pow float mod", lambda: pow(2.0, 3, 4))
check("pow str", lambda: pow("a", 2, 3))
check("pow zero neg", lambda: pow(0, -1))
check("pow missing", lambda: pow())
check("pow missing exp", lambda: pow(1))
check("pow many", lambda: pow(1, 2, 3, 4))
check("pow kw", lambda: pow(2, 3, foo=1))

# round: banker's rounding, ndigits, ints
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e300, -0.0]:
    print("round", repr(v), repr(round(v)), repr(round(v, 2)), repr(round(v, None)))
print(round(1234, -2), round(1250, -2), round(-1250, -2), round(1350, -2), round(5, 2), round(True), round(True, 1))
print(round(1.25, 1), round(1.35, 1), round(123.456, -1), round(0.125, 2), round(1.5, 2 ** 70))
check("round inf", lambda: round(float("inf")))
check("round nan", lambda: round(float("nan")))
check("round str", lambda: round("a"))
check("round ndigits", lambda: round(1.5, "a"))
check("round none", lambda: round())
check("round kw", lambda: round(number=2.5, ndigits=0))

# min and max
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"))
print(max([1, 3, 2], key=lambda x: -x), min([], default="empty"), max([1, 2], default=5))
print(max((1, "a"), (1, "b")), min(1, 2, key=None), max([-3, 2, 3], key=abs), min([-3, 2, 3], key=abs))
print(max([1.0, 1, True]), min([1, 1.0, True]))
check("max empty", lambda: max([]))
check("min empty key", lambda: min([], key=len))
check("max none", lambda: max())
check("max default many", lambda: max(1, 2, default=3))
check("max int", lambda: max(1))
check("max kw", lambda: max([1], foo=1))
check("max mixed", lambda: max(1, "a"))
check("min mixed", lambda: min([1, "a"]))
check("max key only", lambda: max(key=len))

# sum
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(10), 0.5), sum([], 5))
print(sum([1, 2.5, True]), sum((2 ** 64, 2 ** 64)), sum([1], start=2))
check("sum strings", lambda: sum(["a"], ""))
check("sum start str", lambda: sum([1], start=""))
check("sum none", lambda: sum())
check("sum many", lambda: sum([1], 2, 3))
check("sum types", lambda: sum([1, "a"]))
check("sum iterable kw", lambda: sum(iterable=[1]))

# any / all
print(any([0, "", None]), any([0, 1]), all([]), all([1, 0]), any([]), all("abc"))
check("any int", lambda: any(1))
check("all none", lambda: all())

# sorted
print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True), sorted({3: 1, 1: 2}))
print(sorted(["b", "A", "a", "B"], key=str.lower), sorted(["b", "A", "a"], key=None))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0], reverse=True))
print(sorted([3, 1, 2], reverse=1), sorted(range(5), reverse=False))
check("sorted none", lambda: sorted())
check("sorted two", lambda: sorted([], 1))
check("sorted kw", lambda: sorted([3, 1], foo=1))
check("sorted reverse none", lambda: sorted([3, 1], reverse=None))
check("sorted mixed", lambda: sorted([1, "a"]))

# isinstance / issubclass
print(isinstance(True, int), isinstance(1, (str, (int, float))), isinstance(1, ()), isinstance("a", str))
print(issubclass(bool, (str, int)), issubclass(bool, bool), issubclass(int, bool), issubclass(int, (int, 2)))
check("isinstance bad", lambda: isinstance(1, 2))
check("isinstance tuple bad", lambda: isinstance(1, (str, 2)))
check("isinstance count", lambda: isinstance(1))
check("issubclass arg1", lambda: issubclass(1, int))
check("issubclass arg2", lambda: issubclass(int, 1))
check("isinstance kw", lambda: isinstance(1, class_or_tuple=int))

# hash / id / callable
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5), hash(None) == hash(None))
print(hash((1, 2)), hash(()), hash(float("inf")))
check("hash list", lambda: hash([]))
check("hash two", lambda: hash(1, 2))
x = [1]
print(id(x) == id(x), id(x) == id([1]), type(id(x)).__name__)
print(callable(len), callable(int), callable(1), callable(lambda: 1), callable("a".upper))

# ord / chr / hex / oct / bin
print(ord("a"), ord("é"), ord("€"), chr(97), chr(233), repr(chr(0x10FFFF)), chr(0x20AC))
check("ord long", lambda: ord("ab"))
check("ord int", lambda: ord(1))
check("ord empty", lambda: ord(""))
check("chr neg", lambda: chr(-1))
check("chr big", lambda: chr(0x110000))
check("chr huge", lambda: chr(2 ** 70))
check("chr float", lambda: chr(1.5))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(True), hex(2 ** 70))
check("hex float", lambda: hex(1.5))
check("bin none", lambda: bin())

# iter / next
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
check("next exhausted", lambda: next(it))
check("next list", lambda: next([]))
check("next count", lambda: next())
check("iter int", lambda: iter(1))
check("iter sentinel", lambda: iter(1, 2))
stack = [1, 2, 3, 4]
print(list(iter(stack.pop, 2)))

# repr / ascii / format
print(repr("a'b"), repr([1, "x"]), ascii("é\n"), ascii([1, "ü", "€", "\U0001f600"]))
print(format(3.14159, ".2f"), format("a", ">3"), format(None), format(255, "x"), format(12345, ",d"), repr(format(1)))
check("format code", lambda: format(1, "q"))
check("format spec type", lambda: format(1, 2))
check("format none spec", lambda: format(None, "x"))
check("format many", lambda: format(1, "x", 3))

# getattr / setattr / hasattr / delattr
print(getattr(1, "real"), getattr(1, "nope", "dflt"), hasattr(1, "real"), hasattr(1, "nope"))
check("getattr missing", lambda: getattr(1, "x"))
check("getattr name", lambda: getattr(1, 2))
check("getattr count", lambda: getattr(1))
check("setattr name", lambda: setattr(1, 2, 3))
check("setattr count", lambda: setattr(1, "x"))
check("hasattr name", lambda: hasattr(1, 2))
check("delattr name", lambda: delattr(1, 2))

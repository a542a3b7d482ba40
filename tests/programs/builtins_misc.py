# isinstance, type, hash of numbers/tuples, ord/chr/hex/bin/oct, id equality, callable, divmod etc.
print(ord("A"), ord("z"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("中"), ord("😀"))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(233), chr(20013), chr(128512), repr(chr(0)))
print("".join(chr(c) for c in range(ord("a"), ord("a") + 26)))
print(hex(0), hex(255), hex(-255), hex(2 ** 64), oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0), bin(2 ** 65))
print(hash(0), hash(1), hash(-1), hash(10 ** 20), hash(1.5), hash(-2.0), hash((1, 2)), hash(((1,), 2.5)))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash(2 ** 61 - 1))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None))
print(callable(len), callable(print), callable(5), callable(lambda: 0), callable("s"), callable(int))
print(type(3), type(3.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(True))
print(type(3).__name__, type(range(1)).__name__, type(iter([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__)
print(type(type(3)).__name__, type(len).__name__, type(lambda: 0).__name__, type(print).__name__)
def fn():
    pass
print(type(fn).__name__, fn.__name__, len.__name__, int.__name__, ValueError.__name__)
print(isinstance(3, int), isinstance(3, (float, str)), isinstance(True, bool), isinstance([], list))
print(isinstance({}, dict), isinstance(frozenset(), frozenset), isinstance(frozenset(), set), isinstance(1.0, (int, float)))
print(divmod(17, 5), pow(3, 4), pow(3, 4, 5), round(3.14159, 2), abs(-7))
print(str(12), repr("12"), ascii("ü"), format(255, "x"), bool(""), len("four"))
print(max(1, 2), min("b", "a"), sum([1, 2]), sorted("cba"), list(reversed([1, 2])))
print(int.__name__, str.__name__, type(int) is type, type(ValueError()) is ValueError)
x = 42
print(type(x) is int, type(x) == int, type(x) is not float)
ids_same = []
lst = [[], [], []]
for item in lst:
    ids_same.append(id(item) == id(lst[0]))
print(ids_same)
print(isinstance(ValueError("x"), Exception), isinstance(StopIteration(), Exception), type(KeyError()).__name__)

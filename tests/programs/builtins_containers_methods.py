# Methods of list, tuple, dict and range: results, mutation, and CPython's error messages.


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


# list
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend((7,))
a.extend("xy")
a.extend(range(2))
a.extend(a)
print(a, len(a))
b = [1, 2]
b.insert(0, "first")
b.insert(-1, "before last")
b.insert(-100, "very first")
b.insert(100, "last")
print(b, b.pop(), b.pop(0), b.pop(-2), b)
c = [1, 2, 3, 2, 1]
c.remove(2)
print(c, c.index(1), c.index(1, 1), c.index(2, -2), c.index(1, 0, 10 ** 30), c.count(1), c.count(9))
c.reverse()
d = c.copy()
d.append("copy")
print(c, d)
c.clear()
print(c, [1, 2.0, True].count(1))
nan = float("nan")
print([nan].count(nan), [nan].index(nan), [[1], [2]].index([2]))
check("pop empty", lambda: [].pop())
check("pop range", lambda: [1].pop(5))
check("pop neg range", lambda: [1, 2, 3].pop(-4))
check("pop str", lambda: [].pop("a"))
check("pop many", lambda: [].pop(1, 2))
check("pop kw", lambda: [].pop(index=0))
check("index missing", lambda: [1].index(2))
check("index missing str", lambda: ["a"].index("b"))
check("index start str", lambda: [1].index(1, "a"))
check("index start none", lambda: [1].index(1, None))
check("index none", lambda: [].index())
check("index many", lambda: [].index(1, 2, 3, 4))
check("remove missing", lambda: [].remove(1))
check("insert few", lambda: [].insert(1))
check("insert str", lambda: [].insert("a", 1))
check("append none", lambda: [].append())
check("append kw", lambda: [].append(x=1))
check("extend int", lambda: [].extend(1))
check("count none", lambda: [].count())
check("copy arg", lambda: [].copy(1))
check("descriptor", lambda: list.append(1, 2))

# list.sort
s = [5, 2, 8, 1, 9, 3]
s.sort()
print(s)
s.sort(reverse=True)
print(s)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
big = [(i * 7919) % 1009 for i in range(300)]
big.sort()
ordered = True
for i in range(len(big) - 1):
    if big[i] > big[i + 1]:
        ordered = False
print(big[:8], big[-8:], ordered)
stable = [(i % 5, i) for i in range(200)]
stable.sort(key=lambda t: t[0])
print(stable[:6], stable[-3:])
stable.sort(key=lambda t: t[0], reverse=True)
print(stable[:6], stable[-3:])
mixed = [3, 1, "a", 2]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e, mixed)
check("sort positional", lambda: [].sort(1))
check("sort kw", lambda: [].sort(foo=1))
check("sort reverse none", lambda: [2, 1].sort(reverse=None))
print([2, 1].sort(key=None, reverse=False), sorted([0.0, -0.0]), sorted([-0.0, 0.0]), sorted([1.0, 1, True]))

# tuple
t = (1, 2, 1, "a", 2)
print(t.count(1), t.count("a"), t.count(9), t.index(2), t.index(1, 1), t.index(2, -5, 100), t.index("a"))
check("tuple index missing", lambda: ().index(1))
check("tuple count none", lambda: ().count())
check("tuple index none", lambda: ().index())
check("tuple index kw", lambda: (1,).index(1, start=0))

# dict
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("a"), d.pop("zz", "dflt"), d, list(d.keys()), list(d.values()), list(d.items()))
d.update({"x": 10}, y=20)
d.update([("p", 1), ["q", 2], "rs"])
d.update(z=0)
print(d, d.popitem(), d.popitem(), d)
e = d.copy()
e["new"] = 1
d.clear()
print(d, e, dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys(range(3), "v"))
keys = {"k1": 1, "k2": 2}.keys()
print(keys, {"k1": 1}.values(), {"k1": 1}.items(), len(keys), "k1" in keys)
check("pop missing", lambda: {}.pop("k"))
check("popitem empty", lambda: {}.popitem())
check("get none", lambda: {}.get())
check("get many", lambda: {}.get(1, 2, 3))
check("get kw", lambda: {}.get("a", default=1))
check("update int", lambda: {}.update(1))
check("update seq", lambda: {}.update([1]))
check("update len", lambda: {}.update([(1, 2, 3)]))
check("update len1", lambda: {}.update(["abc"]))
check("update many", lambda: {}.update({}, {}))
check("setdefault none", lambda: {}.setdefault())
check("fromkeys none", lambda: dict.fromkeys())
check("fromkeys int", lambda: dict.fromkeys(1))
check("fromkeys many", lambda: dict.fromkeys(1, 2, 3))
check("keys arg", lambda: {}.keys(1))
check("popitem arg", lambda: {}.popitem(1))
check("unhashable", lambda: {}.get([]))
print(list(reversed({1: "a", 2: "b"})), list(reversed({1: "a"}.values())), list(reversed({1: "a", 2: "b"}.items())))

# range
r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), range(5).index(True), range(5).count(3.0), range(5).index(3.0))
check("range index missing", lambda: range(5).index(10))
check("range index str", lambda: range(5).index("a"))
check("range index none", lambda: range(5).index())
check("range count many", lambda: range(5).count(1, 2))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(10, 0, -4))))

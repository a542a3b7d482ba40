# Call sites, attribute loads and iteration that see many kinds of objects.
class A:
    def __init__(self, x):
        self.x = x
    def val(self):
        return self.x
class B:
    def __init__(self, x, y=0):
        self.y = y
        self.x = x
    def val(self):
        return self.x + self.y
class C(A):
    def val(self):
        return -self.x
class Slotted:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
    def val(self):
        return self.x * 10

def make(i):
    k = i % 4
    if k == 0:
        return A(i)
    if k == 1:
        return B(i, 1)
    if k == 2:
        return C(i)
    return Slotted(i)

def get_x(o):
    return o.x
total = 0
xs = 0
for i in range(400):
    o = make(i)
    total += o.val()
    xs += get_x(o)
print(total, xs)

# One call site, many callables.
def one(a):
    return a + 1
class K:
    def __init__(self, a):
        self.a = a
    def __repr__(self):
        return "K(%r)" % (self.a,)
callables = [one, abs, str, K, lambda a: a * 2, A(1).val.__func__, len, int, float]
results = []
for i in range(300):
    fn = callables[i % len(callables)]
    try:
        if fn is len:
            results.append(fn([i]))
        elif fn is callables[5]:
            results.append(fn(A(i)))
        else:
            results.append(fn(i))
    except Exception as e:
        results.append(type(e).__name__)
print(results[:12], results[-9:])

# A function whose arity changes at the call site, and defaults.
def g(a, b=10):
    return a + b
acc = []
for i in range(200):
    acc.append(g(i) if i % 2 else g(i, i))
print(sum(acc), acc[:4])

# __init__ returning a value after being specialized.
class Bad:
    def __init__(self, v):
        self.v = v
        if v == 150:
            return v
made = 0
for i in range(200):
    try:
        Bad(i)
        made += 1
    except TypeError as e:
        print("TypeError", e)
print(made)

# __new__ added later to a class whose instantiation was specialized.
class N:
    def __init__(self, v):
        self.v = v
objs = []
for i in range(200):
    if i == 100:
        N.__new__ = staticmethod(lambda cls, v: "from __new__")
    objs.append(N(i))
print(type(objs[99]).__name__, objs[100], objs[-1])

# Recursion limit reached through specialized calls.
import sys
def deep(n):
    return deep(n + 1) if n < 100000 else n
for i in range(3):
    try:
        deep(0)
    except RecursionError as e:
        print("RecursionError", e)

# Iteration sites fed lists, tuples, ranges, strings, dicts, sets and generators.
def total_of(it):
    t = 0
    for v in it:
        t += v if not isinstance(v, str) else len(v)
    return t
def gen(n):
    for i in range(n):
        yield i * 2
sources = [[1, 2, 3], (4, 5), range(10), "abc", {7: 1, 8: 2}, {9}, gen(5), iter([1, 1])]
sums = []
for i in range(160):
    src = sources[i % len(sources)]
    if i % len(sources) in (6, 7):
        src = gen(5) if i % len(sources) == 6 else iter([1, 1])
    sums.append(total_of(src))
print(sums[:8], sum(sums))

# A list growing and shrinking while a specialized loop runs over it.
items = list(range(10))
seen = []
for v in items:
    seen.append(v)
    if v == 3:
        items.append(100)
    if v == 5:
        del items[0]
print(seen)

# Instances of one class whose attribute layouts (shapes) diverge.
class Obj:
    pass

def read_a(o):
    return o.a
def write_a(o, v):
    o.a = v

objs = []
for i in range(300):
    o = Obj()
    if i % 3 == 0:
        o.a = i
        o.b = -i
    elif i % 3 == 1:
        o.b = -i
        o.a = i
    else:
        o.c = 0
        o.a = i
        o.b = 1
    objs.append(o)
print(sum(read_a(o) for o in objs))
for i, o in enumerate(objs):
    write_a(o, i * 2)
print(sum(read_a(o) for o in objs), [sorted(o.__dict__.items()) for o in objs[:3]])

# An instance switched to dict mode by reading __dict__ mid-loop.
o = Obj()
o.a = 1
vals = []
for i in range(200):
    if i == 100:
        d = o.__dict__
        d["a"] = "via dict"
    if i == 150:
        o.__dict__["z"] = 9
    vals.append(read_a(o))
    write_a(o, vals[-1]) if i < 100 else None
print(vals[99], vals[100], vals[150], o.z)

# Deleting attributes under specialized loads and stores.
class D:
    def __init__(self):
        self.a = 1
        self.b = 2
d = D()
got = []
for i in range(200):
    if i == 100:
        del d.a
    try:
        got.append(read_a(d))
    except AttributeError as e:
        got.append(str(e))
    if i == 150:
        d.a = "back"
print(got[99], got[100], got[151])

# An instance attribute that shadows a method.
class Meth:
    def m(self):
        return "method"
def call_m(o):
    return o.m()
mo = Meth()
r = []
for i in range(200):
    if i == 100:
        mo.m = lambda: "shadow"
    r.append(call_m(mo))
print(r[99], r[100])

# __class__ assignment moves an instance to another class.
class X1:
    def who(self):
        return "X1"
class X2:
    def who(self):
        return "X2"
x = X1()
w = []
for i in range(200):
    if i == 100:
        x.__class__ = X2
    w.append(x.who())
print(w[99], w[100])

# Subscript and store sites fed lists, tuples, dicts, strings and user classes.
class Seq:
    def __getitem__(self, i):
        return i * 100
    def __setitem__(self, i, v):
        print("set", i, v) if i == 0 else None
def at(c, i):
    return c[i]
def put(c, i, v):
    c[i] = v
containers = [[10, 20, 30], (40, 50, 60), {0: "a", 1: "b", -1: "neg"}, "xyz", Seq(), range(5)]
out = []
for i in range(240):
    c = containers[i % len(containers)]
    try:
        out.append(at(c, (i % 4) - 2))
    except (IndexError, KeyError) as e:
        out.append(type(e).__name__ + str(e))
print(out[:12])
lst = [0] * 4
dct = {}
for i in range(200):
    target = lst if i % 2 else dct
    try:
        put(target, i % 6 - 3, i)
    except IndexError as e:
        out.append(str(e))
print(lst, sorted(dct.items()), out[-1])
put(Seq(), 0, "x")

# Containment sites with dicts, sets, lists, strings, and unhashable keys.
def has(c, k):
    return k in c
conts = [{1: 2}, {1, 3}, [1, 4], "1x", frozenset([5]), (1,)]
hits = []
for i in range(120):
    c = conts[i % len(conts)]
    k = 1 if not isinstance(c, str) else "1"
    hits.append(has(c, k))
print(hits[:6], sum(hits))
try:
    has({1: 2}, [1])
except TypeError as e:
    print("TypeError", e)
try:
    has({1}, {2: 3})
except TypeError as e:
    print("TypeError", e)

# Unpacking sites: tuples, lists, strings, wrong lengths.
def unpack2(s):
    a, b = s
    return a, b
def unpack3(s):
    a, b, c = s
    return c
u = []
for i in range(150):
    src = [(1, 2), [3, 4], "ab", (5, 6, 7), range(2)][i % 5]
    try:
        u.append(unpack2(src))
    except ValueError as e:
        u.append(str(e))
print(u[:5])
print(sum(unpack3((i, i, i)) + unpack3([i, 0, 1]) for i in range(200)))

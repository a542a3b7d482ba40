# Specializations must notice methods, class attributes and hooks changing while loops run.
class Base:
    def f(self):
        return "base.f"
    kind = "base-kind"

class Child(Base):
    pass

def call_f(o):
    return o.f()

c = Child()
out = []
for i in range(300):
    if i == 100:
        Base.f = lambda self: "patched base.f"
    if i == 150:
        Child.f = lambda self: "child.f"
    if i == 200:
        del Child.f
    if i == 250:
        c.f = lambda: "instance f"
    out.append(call_f(c))
print(out[99], out[100], out[149], out[150], out[199], out[200], out[249], out[250], out[299])

# A class attribute read through instances and through the class.
def kinds(o):
    return o.kind, Child.kind
res = []
for i in range(200):
    if i == 80:
        Base.kind = "changed"
    if i == 120:
        Child.kind = "child-kind"
    if i == 160:
        c.kind = "own"
    res.append(kinds(c))
print(res[79], res[80], res[119], res[120], res[159], res[160])

# Adding __getattr__ later: existing attributes are unaffected, missing ones now resolve.
class G:
    def __init__(self):
        self.a = 1
def get_b(o):
    try:
        return o.b
    except AttributeError as e:
        return "missing: " + str(e)
g = G()
seen = []
for i in range(200):
    if i == 100:
        G.__getattr__ = lambda self, name: "dyn " + name
    seen.append((g.a, get_b(g)))
print(seen[99], seen[100], seen[199])

# A property replaced by a plain attribute and back.
class P:
    def __init__(self, v):
        self.v = v
    @property
    def double(self):
        return self.v * 2
def dbl(o):
    return o.double
p = P(21)
vals = []
for i in range(300):
    if i == 100:
        P.double = 5
    if i == 200:
        P.double = property(lambda self: self.v * 3)
    vals.append(dbl(p))
print(vals[99], vals[100], vals[199], vals[200], vals[299])

# A property added after instances already have a same-named attribute (data descriptor wins).
class Q:
    def __init__(self):
        self.x = "instance x"
def read_x(o):
    return o.x
q = Q()
xs = []
for i in range(200):
    if i == 100:
        Q.x = property(lambda self: "property x")
    xs.append(read_x(q))
print(xs[99], xs[100], xs[199])

# __setattr__ added later must intercept stores that were specialized.
class S:
    pass
def setv(o, v):
    o.val = v
s = S()
log = []
for i in range(200):
    if i == 120:
        def hook(self, name, value):
            log.append((name, value))
            object.__setattr__(self, name, value * 10)
        S.__setattr__ = hook
    setv(s, i)
print(s.val, len(log), log[:2])

# A bound method stored in a variable, then the function underneath changes identity.
class M:
    def m(self, x):
        return x + 1
mm = M()
bm = mm.m
acc = 0
for i in range(200):
    if i == 100:
        bm = lambda x: x * 100
    acc += bm(i)
print(acc)

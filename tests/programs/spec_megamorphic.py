# Sites that see more classes, shapes and callees than any inline cache holds (megamorphic):
# they must keep giving the right answers while entries fill, miss and get thrown away.
classes = []
for k in range(8):
    def init(self, a, b, k=k):
        if k % 2:
            self.a = a
            self.b = b
        else:
            self.b = b
            self.a = a
        if k % 3 == 0:
            self.extra = k
    def total(self, k=k):
        return self.a * 10 + self.b + k
    classes.append(type("C%d" % k, (object,), {"__init__": init, "total": total, "tag": "t%d" % k}))

def read(o):
    return o.a, o.b, o.tag
def write(o, v):
    o.a = v
def call_total(o):
    return o.total()

acc = 0
tags = []
for i in range(2000):
    o = classes[(i * 7) % 8](i, -i)
    a, b, tag = read(o)
    write(o, a + 1)
    acc += call_total(o) + a + b
    if i % 250 == 0:
        tags.append(tag)
print(acc, tags)

# Patching one of many classes mid-run.
for i in range(400):
    if i == 200:
        classes[3].total = lambda self: -1
        classes[5].tag = "patched"
    o = classes[i % 8](1, 2)
    r = (call_total(o), read(o)[2])
    if i in (195, 203, 205, 395, 397):
        print(i, r)

# One call site, many functions (defaults, closures, generators, builtins, classes).
def mk(n):
    def f(x):
        return x + n
    return f
fns = [mk(i) for i in range(6)] + [abs, str, lambda x, y=3: x * y, len if False else hex]
out = []
for i in range(600):
    f = fns[i % len(fns)]
    out.append(f(i))
print(out[:10], out[-10:])

# Hot loops whose operand types change mid-way: guards must fail and fall back correctly.
def add(a, b):
    return a + b
results = []
for i in range(300):
    if i < 200:
        results.append(add(i, 1))
    elif i < 250:
        results.append(add(i * 0.5, 1))
    elif i < 280:
        results.append(add(str(i), "!"))
    else:
        results.append(add([i], [0]))
print(results[198:203], results[248:253], results[278:283], results[-1])
x = 0
for i in range(500):
    if i == 250:
        x = float(x)
    if i == 400:
        x = int(x)
    x += i
print(x, type(x).__name__)
vals = [1, 2.0, True, 3, 10 ** 20, -1.5, False, 7]
total = 0
for rep in range(100):
    for v in vals:
        total += v
print(total)
def mul(a, b):
    return a * b
out = []
for i in range(200):
    a = i if i % 3 else str(i)
    out.append(mul(a, 2))
print(out[:7], out[-3:])
def cmp(a, b):
    return a < b
flags = []
for i in range(300):
    if i < 100:
        flags.append(cmp(i, 50))
    elif i < 200:
        flags.append(cmp(i / 2, 75.0))
    else:
        flags.append(cmp("a" * (i % 5), "aa"))
print(sum(flags), flags[48:52], flags[148:152], flags[-5:])
def index(c, i):
    return c[i]
containers = [[10, 20, 30], (40, 50, 60), "xyz", range(7, 10), {0: "a", 1: "b", 2: "c"}]
got = []
for rep in range(60):
    for c in containers:
        got.append(index(c, rep % 3))
print(got[:15], len(got))
acc = 0
for i in range(1000):
    v = i if i % 2 else i * 1.0
    acc = acc + v * 2
print(acc, type(acc).__name__)
def neg(v):
    return -v
print([neg(v) for v in [1, 1.5, 10 ** 30, True, -0.0, 0]])
s = 0
for i in range(400):
    if i == 300:
        s = 2 ** 70
    s += 1
print(s)
poly = []
for i in range(150):
    item = [i, i * 1.0, str(i), (i,), None][i % 5]
    poly.append(repr(item)[:4])
print(poly[:10], poly[-5:])

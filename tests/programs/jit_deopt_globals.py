# Rebinding globals, functions and builtins while loops are hot (invalidates cached lookups).
def f(x):
    return x + 1
total = 0
for i in range(600):
    if i == 300:
        def f(x):
            return x * 2
    total += f(i)
print(total)
scale = 1
def scaled(v):
    return v * scale
out = 0
for i in range(600):
    if i == 200:
        scale = 10
    if i == 400:
        scale = 0.5
    out += scaled(i)
print(out)
counts = []
for i in range(400):
    if i == 200:
        len = lambda obj: -1
    counts.append(len([1, 2, 3]))
del len
print(counts[199], counts[200], sum(counts), len([1, 2]))
def helper():
    return "original"
def caller():
    return helper()
seen = []
for i in range(300):
    if i == 150:
        helper = lambda: "replaced"
    seen.append(caller())
print(seen[149], seen[150], seen.count("original"), seen.count("replaced"))
table = {"k": 1}
vals = []
for i in range(300):
    if i == 100:
        table["k"] = "s"
    if i == 200:
        del table["k"]
        table["k"] = 2.5
    vals.append(table["k"])
print(vals[99], vals[100], vals[199], vals[200], len(vals))
lst = [1, 2, 3]
lens = 0
for i in range(300):
    if i % 100 == 99:
        lst.append(i)
    lens += len(lst)
print(lens, lst)
g = 0
def bump_global():
    global g
    g += 1
for i in range(1000):
    bump_global()
    if i == 500:
        g = 1.5
print(g)
ops = [abs, str, len, bool]
res = []
for i in range(200):
    op = ops[i // 50]
    res.append(op(-i) if op is not len else op(str(i)))
print(res[49], res[50], res[100], res[150], res[-1])

# Float-heavy hot loops: numeric integration, mandelbrot ASCII, series, mixed int/float.
def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h
print(integrate(lambda x: x * x, 0.0, 1.0, 1000))
print(integrate(lambda x: 4.0 / (1.0 + x * x), 0.0, 1.0, 2000))
rows = []
for py in range(12):
    y0 = -1.2 + py * 0.2
    line = ""
    for px in range(40):
        x0 = -2.1 + px * 0.075
        x = y = 0.0
        it = 0
        while x * x + y * y <= 4.0 and it < 30:
            x, y = x * x - y * y + x0, 2.0 * x * y + y0
            it += 1
        line += " .:-=+*#%@"[it % 10]
    rows.append(line)
for r in rows:
    print(r)
pi4 = 0.0
sign = 1.0
for k in range(20000):
    pi4 += sign / (2 * k + 1)
    sign = -sign
print(pi4 * 4)
e = 0.0
fact = 1
for k in range(20):
    if k > 0:
        fact *= k
    e += 1 / fact
print(e)
x = 1.0
for i in range(50):
    x = x - (x * x - 2) / (2 * x)
print(x, x * x)
vals = []
v = 0.1
for i in range(10):
    v = v * 3.0 - int(v * 3.0)
    vals.append(round(v, 12))
print(vals)
s = 0.0
for i in range(1, 5000):
    s += (i % 7) * 0.25 - (i % 3) / 3
print(s)
mixed = 0
for i in range(1000):
    mixed += i / 4 if i % 2 else i // 4
print(mixed)
t = 0.0
for i in range(100):
    t += 0.01
print(t, t == 1.0, abs(t - 1.0) < 1e-12)

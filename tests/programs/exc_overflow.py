# OverflowError and related numeric edge cases.
tests = [
    ("2.0 ** 10000", lambda: 2.0 ** 10000),
    ("10.0 ** 400", lambda: 10.0 ** 400),
    ("float(10 ** 400)", lambda: float(10 ** 400)),
    ("10 ** 400 / 1", lambda: 10 ** 400 / 1),
    ("int(inf)", lambda: int(float("inf"))),
    ("int(nan)", lambda: int(float("nan"))),
    ("1e308 * 10", lambda: 1e308 * 10),
    ("(10 ** 400) * 1.0", lambda: (10 ** 400) * 1.0),
    ("2 ** 10000 // 3 % 10", lambda: 2 ** 10000 // 3 % 10),
    ("round(1e308, -308)", lambda: round(1e308, -308)),
    ("1.5 ** 2000", lambda: 1.5 ** 2000),
    ("(-1.5) ** 2001", lambda: (-1.5) ** 2001),
    ("0.5 ** 5000", lambda: 0.5 ** 5000),
    ("math-free exp", lambda: 2.718281828459045 ** 710),
]
for label, fn in tests:
    try:
        print(label, "=", fn())
    except OverflowError as e:
        print(label, "-> OverflowError:", e)
    except (ValueError, MemoryError) as e:
        print(label, "->", type(e).__name__ + ":", e)
x = 1.0
steps = 0
while x != float("inf"):
    x *= 2
    steps += 1
print("doublings to inf:", steps, x)
y = 1.0
steps = 0
while y > 0:
    y /= 2
    steps += 1
print("halvings to zero:", steps, y)
try:
    v = 1.1
    for i in range(100):
        v = v ** 2
except OverflowError as e:
    print("overflow at iteration", i, "->", e)
print(2 ** 1000 > 1e300, 2 ** 1100 > 1e308, -(2 ** 1100) < -1e308, 2 ** 1100 == float("inf"))

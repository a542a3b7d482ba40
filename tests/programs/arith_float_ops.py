# Float arithmetic, int/float mixing and comparisons.
a, b = 3.75, -1.25
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, +b, abs(b))
print(1 + 2.0, 2.0 - 1, 3 * 0.5, 7 / 2.0, 2 ** 0.5, 10 % 3.0)
print(type(1 + 2.0).__name__, type(True + 0.5).__name__)
print(1 == 1.0, 2 < 2.5, -1 > -1.5, 1.0 != 1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 9007199254740993 == 9007199254740992.0)
print(float(2 ** 53 + 1), 2 ** 53 + 1.0)
# Kahan-free summation of floats in a loop (JIT-friendly)
total = 0.0
for i in range(1, 1001):
    total += 1.0 / (i * i)
print(total)
# mixing int and float accumulators mid-loop changes type
acc = 0
for i in range(20):
    if i == 10:
        acc = acc + 0.5
    acc = acc + i
print(acc, type(acc).__name__)
# Newton's method square roots
for n in [2, 10, 144, 1e10, 0.25]:
    g = n / 2 if n > 1 else 1.0
    for _ in range(30):
        g = (g + n / g) / 2
    print(n, g, g * g)
# polynomial evaluation via Horner
coeffs = [2.5, -1.0, 0.0, 3.25]
for x in [-2.0, -0.5, 0.0, 1.0, 3.0]:
    r = 0.0
    for c in coeffs:
        r = r * x + c
    print(x, r)
print(max(1, 2.5), min(-1, -0.5), max(3, 3.0), min(3.0, 3))
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([], 0.0))
print(round(2.675, 2), round(1e20), int(1e20))
print(1e308 * 10, -1e308 * 10, 1e-323 / 10, 5e-324 / 2)
print(float("1e500"), float("-1e500"), float("1e-500"))
print(3.0 * 1.1, 0.1 * 3, 1.1 * 1.1, 100 * 1.1)
print(7.0 // 0.1, 7.0 % 0.1, divmod(7.0, 0.1))

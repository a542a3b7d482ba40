# Float repr is the shortest string that round-trips.
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, 1.5, 2.0, 10.0, 100.0, 1e15, 1e16, 1e17, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 1.5e300, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        3.141592653589793, 2.718281828459045, 1 / 3, 2 / 3, 9.995, 0.3, 1.1, 100.1,
        123.456, -0.0, 0.0, -1.25, 1e22, 1e23, 12345.6789, 1e-7, 4.35, 0.5e-6]
for v in vals:
    print(repr(v), str(v), v)
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print([1.0, -0.0, float("inf"), float("nan"), 1e16, 1e-5])
print((0.1, 2.5), {1.5: 2.25})
# nan never equals itself; inf comparisons
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308, inf == inf)
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
print(0.0 == -0.0, str(-0.0), str(0.0 * -1), str(-0.0 + 0.0))
# accumulated rounding error stays visible
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0)
y = 1.0
for i in range(20):
    y /= 3
print(y)
z = 1.0
for i in range(60):
    z *= 10
print(z)
w = 1.0
for i in range(30):
    w *= 0.1
print(w)
# float methods
print((2.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex())
print(int(2.9), int(-2.9), int(1e10), float(7), float(-3))

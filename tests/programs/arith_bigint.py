# Arbitrary-precision ints: arithmetic, comparisons, conversions far beyond 64 bits.
a = 2 ** 200 + 12345
b = 3 ** 120 - 7
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(b // 12345678901234567890, b % 12345678901234567890)
print(-a // 1000000007, -a % 1000000007)
print(a > b, a < b, a == a + 0, a != b, a >= 2 ** 200)
print(a & b, a | b, a ^ b)
print(a >> 150, a << 10, -a >> 3, ~a)
print(-(2 ** 64) >> 1, (2 ** 64) >> 64, (2 ** 64) >> 65, 1 << 100)
# factorial and digit sums
f = 1
for i in range(2, 61):
    f *= i
print(f)
print(sum(int(d) for d in str(f)), len(str(f)))
# fibonacci into big numbers
x, y = 0, 1
for i in range(300):
    x, y = y, x + y
print(x)
print(x % 1000000007, x.bit_length())
# mixing with small ints and bools
print(a * 0, a * 1, a * -1, a + True, a * False)
print(abs(-a) == a, -(-a) == a, int(str(a)) == a)
print(int("-" + "9" * 50) + 1)
# big int <-> float
print(float(2 ** 100), float(-(3 ** 60)), float(10 ** 22), float(2 ** 53 + 1))
print(2 ** 100 == float(2 ** 100), 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(int(1e20), int(-1.5e18), int(2.0 ** 80))
# comparisons between big ints and floats
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
# boundary values around 2**63 and 2**64
for v in [2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64, -(2 ** 63), -(2 ** 63) - 1]:
    print(v, v + 1, v - 1, v * 3, v // 3, v % 3, hex(v))
# multiplication overflow detection in loop
v = 1
steps = 0
while v < 10 ** 40:
    v *= 12345
    steps += 1
print(steps, v)
print(pow(2, 521) - 1)

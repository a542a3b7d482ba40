# Basic int arithmetic: + - * unary ops, precedence, augmented assignment.
a = 17
b = 5
print(a + b, a - b, a * b)
print(-a, +a, -(-a), ~a, ~-a)
print(a + b * 2, (a + b) * 2, a - b - 3, a - (b - 3))
print(2 + 3 * 4 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - -3, 10 + -3, 10 * -3)
x = 0
for i in range(10):
    x += i
    x *= 2
    x -= 1
print("x =", x)
y = 100
y //= 7
print(y)
y %= 5
print(y)
y **= 3
print(y)
y <<= 2
print(y)
y >>= 1
print(y)
y |= 0b1010
print(y)
y &= 0xF0
print(y)
y ^= 0xFF
print(y)
# int mixed with bool
print(True + True, True * 10, False - 1, 3 - True)
print(type(True + 1).__name__, type(1 + 1.0).__name__)
# integer literal forms
print(0x1F, 0o17, 0b1011, 1_000_000, 0x_ff, 0)
print(123456789 * 987654321)
# abs and comparisons of results
for v in [-7, 0, 7, -2**63, 2**63 - 1]:
    print(v, abs(v), -v, v * v)
# sum of squares loop
total = 0
i = 0
while i < 1000:
    total += i * i
    i += 1
print("sum squares", total)
# products that stay small and overflow 64-bit
p = 1
for k in range(1, 26):
    p *= k
    if k % 5 == 0:
        print(k, p)
n = 9223372036854775807
print(n + 1, n * 2, -n - 1, -n - 2)
print((n + 1) - 1 == n, type(n + 1).__name__)

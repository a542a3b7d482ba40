# Bitwise operators on ints (incl. negatives and big ints), shifts, bit_length.
vals = [0, 1, 5, 12, -1, -6, 255, 2 ** 40 + 3, -(2 ** 40)]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x100, a ^ 0b1010, a << 3, a >> 2, a.bit_length())
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 70, 2 ** 70 - 1), (-(2 ** 70), 2 ** 65)]:
    print(a & b, a | b, a ^ b)
print(1 << 0, 1 << 63, 1 << 64, 1 << 200, -1 << 70)
print(-1 >> 1, -1 >> 100, -5 >> 1, 5 >> 10, (2 ** 200) >> 190)
print(True & False, True | False, True ^ True, type(True & True).__name__, True << 3, ~True)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.0 & 1)
except TypeError as e:
    print("TypeError:", e)
# popcount by loop
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
for n in [0, 1, 7, 255, 2 ** 64 - 1, 12345678987654321]:
    print(n, popcount(n), bin(n).count('1'))
# xor swap and masks
x, y = 37, 91
x ^= y
y ^= x
x ^= y
print(x, y)
mask = 0
for bit in [0, 3, 5, 9]:
    mask |= 1 << bit
print(mask, bin(mask), [(mask >> i) & 1 for i in range(10)])
# gray code
print([i ^ (i >> 1) for i in range(16)])
# operator precedence: shift < add, & < shift, ^ between & and |
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 6 & 3 == 2)

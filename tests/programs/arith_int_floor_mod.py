# Floor division and modulo follow the sign of the divisor (CPython semantics).
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (6, 3), (-6, 3), (6, -3),
         (1, 10), (-1, 10), (1, -10), (-1, -10), (123456789, 1000), (-123456789, 1000)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(f"{a} // {b} = {q}, {a} % {b} = {r}, check {q * b + r == a}")
# floats
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.3), (-1.0, 0.3), (5, 2.5), (-0.0, 1)]
for a, b in fpairs:
    print(a, b, a // b, a % b)
print(-0.0 % 5, 0.0 % -5, -1e-300 % 1.0)
print(5 % -0.5, -5 % 0.5)
# big ints with negative operands
big = 10 ** 30 + 7
print(big // 7, big % 7, -big // 7, -big % 7, big // -7, big % -7)
print((-big) // (-7), (-big) % (-7))
print(-(2 ** 100) // 3, -(2 ** 100) % 3)
print(2 ** 100 // -(2 ** 50 + 1), 2 ** 100 % -(2 ** 50 + 1))
# modulo used for wrapping indices
items = ['a', 'b', 'c', 'd']
for i in range(-6, 7, 2):
    print(i, i % 4, items[i % 4])
# negative floor for hour/minute style arithmetic
for secs in [3725, -3725, 86399, -1]:
    m, s = secs // 60, secs % 60
    h, m = m // 60, m % 60
    print(secs, h, m, s)
# int // bool, bool % int
print(7 // True, True % 2, False // 3)

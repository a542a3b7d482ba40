# ** with ints, floats, negative and big exponents.
print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, type(2 ** -1).__name__)
print(2 ** 100, 3 ** 50, 7 ** 77)
print((-3) ** 33, (-3) ** 34)
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 1.5 ** 2.5)
print(10.0 ** -5, 10.0 ** 22, 10.0 ** 23, 0.5 ** 1074)
print((-8) ** 2.0, (-2.0) ** 3, 0.0 ** 0, 0.0 ** 1)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 0.5)
print(len(str(2 ** 10000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(len(str(7 ** 1234)))
x = 1
for i in range(70):
    x = x * 2
print(x, x == 2 ** 70)
print(pow(2, 10), pow(2, -1), pow(2.5, 2), pow(-2, 3))
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 500 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
# integer powers computed by repeated squaring agree with **
def fastpow(b, e):
    result = 1
    while e > 0:
        if e & 1:
            result *= b
        b *= b
        e >>= 1
    return result
for b, e in [(3, 0), (3, 1), (3, 13), (12345, 17), (-7, 21), (2, 200)]:
    print(b, e, fastpow(b, e) == b ** e, fastpow(b, e) % 1000003)

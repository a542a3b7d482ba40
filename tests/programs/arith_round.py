# round(): banker's rounding for halves, ndigits positive/negative, return types.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999, 2.5000001, 1e16 + 0.0]:
    r = round(v)
    print(v, r, type(r).__name__)
for v in [2.675, 1.005, 0.125, 0.375, 3.14159, -3.14159, 1234.5678, 0.0, -0.0]:
    print(v, round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2))
for n in [5, 15, 25, 35, 45, 1234, 1250, 1350, -1250, -1350, 0, 987654321]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2), type(round(n, -1)).__name__)
print(round(2 ** 100 + 50, -2), round(-(2 ** 100) - 50, -2))
print(round(123.456, -5), round(5e-324, 400), round(1.5e300, -299))
print(round(True), round(False, 3), type(round(True)).__name__)
print(round(0.5 + 1e-16), round(1e22), round(-1e22))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 2))
total = 0.0
for i in range(100):
    total += round(i * 0.37, 1)
print(round(total, 6))

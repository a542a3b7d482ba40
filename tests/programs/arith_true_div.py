# True division always yields a float; exact rounding of int/int.
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
print(1 / 3, 2 / 3, 10 / 4, -1 / 8)
print(1 / 7, 22 / 7, 355 / 113)
print(10 ** 20 / 10 ** 10, 2 ** 64 / 3)
print((10 ** 30 + 1) / 10 ** 15)
print(10 ** 400 / 10 ** 399)
print(1 / 10 ** 300, 1 / 10 ** 320)
print(0 / 5, -0 / 5, 0 / -5, 0.0 / -5)
print(1.5 / 0.5, 1 / 0.1, 3 / 1e-300)
print(True / 2, 5 / True)
vals = [1, 2, 3, 4, 5, 6, 7, 8, 9]
acc = 0.0
for v in vals:
    acc += 1 / v
    print(v, acc)
print(sum(1 / k for k in range(1, 50)))
# average with division
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(sum(data) / len(data))
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(1.0 / (10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)

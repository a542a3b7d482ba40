# divmod and three-argument pow, including negative exponents (modular inverse).
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (2 ** 80, 12345), (-(2 ** 80), 12345)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2.0), (1e300, 3.0), (0.3, 0.1)]:
    print(a, b, divmod(a, b))
print(divmod(True, 2), divmod(10, True))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(7, 0, 13), pow(7, 0, 1), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(12345678901234567890, 98765432109876543210, 1000000000000000003))
print(pow(3, -1, 7), pow(3, -2, 7), pow(10, -1, 17), pow(-5, -1, 11), pow(38, -1, 97))
for a in range(1, 11):
    inv = pow(a, -1, 11)
    print(a, inv, a * inv % 11)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
# Fermat test with 3-arg pow
def probably_prime(n):
    if n < 4:
        return n in (2, 3)
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if a % n == 0:
            continue
        if pow(a, n - 1, n) != 1:
            return False
    return True
print([n for n in range(2, 80) if probably_prime(n)])
print(probably_prime(2 ** 61 - 1), probably_prime(2 ** 89 - 1), probably_prime(2 ** 67 - 1))

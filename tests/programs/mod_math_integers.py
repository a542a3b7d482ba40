# math: exact integer functions (factorial, comb, perm, isqrt, gcd, lcm, prod), logarithms of
# huge ints, floor/ceil/trunc of big floats and ints, and their errors.
import math

def show(label, f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, "->", r)

for n in [0, 1, 2, 5, 10, 20, 21, 25, 30, 50, 100, 127, 128, 200]:
    print("factorial", n, math.factorial(n))
f1000 = math.factorial(1000)
print(len(str(f1000)), f1000 % (10**40 + 7), f1000 // 10**2560)
print(math.factorial(3000) % 1000000007, math.factorial(True))
show("factorial", math.factorial, -1)
show("factorial", math.factorial, 2.0)
show("factorial", math.factorial, 2**64)
show("factorial", math.factorial, -2**64)
show("factorial", math.factorial, "5")

for n in range(0, 70, 7):
    print("comb", n, [math.comb(n, k) for k in range(0, n + 2, 3)])
    print("perm", n, [math.perm(n, k) for k in range(0, n + 2, 5)])
print(math.comb(1000, 500) % 10**30, math.comb(10**20, 3), math.comb(10**20, 10**20 - 2))
print(math.perm(10**20, 3), math.perm(7), math.perm(7, None), math.perm(300, 150) % 99991)
print(math.comb(2**70, 2), math.perm(2**64, 2), math.comb(2**64 - 1, 2), math.perm(2**64 - 1, 3))
print(math.comb(5, 7), math.perm(5, 7), math.comb(0, 0), math.perm(0, 0), math.comb(True, True))
show("comb", math.comb, -1, 2)
show("comb", math.comb, 5, -2)
show("comb", math.comb, 5.0, 2)
show("perm", math.perm, 5, -1)
show("perm", math.perm, 2**70, 2**65)
show("comb", math.comb, 2**70, 2**65)

for n in [0, 1, 2, 3, 4, 15, 16, 17, 2**32 - 1, 2**32, 2**52 + 1, 2**64 - 1, 2**64, 10**50, 10**301 + 12345]:
    r = math.isqrt(n)
    print("isqrt", n, r, r * r <= n < (r + 1) * (r + 1))
print(math.isqrt(True), math.isqrt(7**500) == 7**250)
show("isqrt", math.isqrt, -1)
show("isqrt", math.isqrt, 4.0)

print(math.gcd(), math.gcd(0), math.gcd(-7), math.gcd(12, 18), math.gcd(-12, 18, -8), math.gcd(0, 0))
print(math.gcd(2**100, 6**50), math.gcd(3**200 * 5, 3**150 * 7), math.gcd(True, 4))
print(math.lcm(), math.lcm(0), math.lcm(-7), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(4, 0, 6))
print(math.lcm(2**70, 3**40), math.lcm(*range(1, 30)))
show("gcd", math.gcd, 1.5)
show("lcm", math.lcm, 2, "x")

print(math.prod([]), math.prod(range(1, 20)), math.prod([2.5, 4, 3]), math.prod([1, 2], start=3))
print(math.prod(range(1, 40)), math.prod([2**62, 4, 8]), math.prod([1.5] * 3, start=2), math.prod([], start="x"))
print(math.prod(["ab", 3]), math.prod([3, "ab"]), math.prod((x for x in [7, 11, 13])))
show("prod", math.prod, [1, None])

for n in [1, 2, 10, 10**20, 10**300, 10**308 * 2, 10**400, 2**1023, 2**1024, 2**10000, 3**5000, 10**5000 + 1]:
    print("logs", math.log(n), math.log2(n), math.log10(n), math.log(n, 10), math.log(n, 2), math.log1p(min(n, 10**300)))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000, 2**10), math.log(10**500, 10**250))
print(math.log(True), math.log(5, 2.5), math.log(0.5, 8))
for bad in [0, -1, -10**400, 0.0, -1.5]:
    show("log", math.log, bad)
    show("log10", math.log10, bad)
    show("log2", math.log2, bad)
show("log", math.log, 10, 1)
show("log", math.log, 10, 0)
show("sqrt", math.sqrt, 10**400)
print(math.sqrt(10**300), math.exp(700), math.exp(-1000), math.fabs(-10**20))

for x in [0.5, -0.5, 1.5, -1.5, 2.0, -2.0, 1e16 + 1, 1e300, -1e300, 2.0**60 + 0.5 * 2**10, 123456789.987654321]:
    print("round", x, math.floor(x), math.ceil(x), math.trunc(x))
for x in [0, 7, -7, 2**100, -2**100, True, False]:
    print("int", x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
for bad in [math.inf, -math.inf, math.nan]:
    show("floor", math.floor, bad)
    show("ceil", math.ceil, bad)
    show("trunc", math.trunc, bad)

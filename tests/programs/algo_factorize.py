# Prime factorization: trial division, Pollard rho with big ints, divisor functions.
def trial(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors.append(n)
    return factors
def is_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def rho(n):
    if n % 2 == 0:
        return 2
    c = 1
    while True:
        x = y = 2
        d = 1
        while d == 1:
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            d = gcd(abs(x - y), n)
        if d != n:
            return d
        c += 1
def factor(n):
    if n == 1:
        return []
    if is_prime(n):
        return [n]
    for p in [2, 3, 5, 7, 11, 13]:
        if n % p == 0:
            return [p] + factor(n // p)
    d = rho(n)
    return sorted(factor(d) + factor(n // d))
for n in [2, 12, 97, 360, 1001, 65536, 999999, 600851475143, 2 ** 32 + 1, 1234567891011]:
    f = trial(n)
    prod = 1
    for p in f:
        prod *= p
    print(n, f, prod == n)
for n in [2 ** 64 + 1, 10 ** 18 + 9, 2 ** 59 - 1, 1000003 * 998244353, 2 ** 62 + 1]:
    f = factor(n)
    prod = 1
    for p in f:
        prod *= p
    print(n, f, prod == n, all(is_prime(p) for p in f))
def divisors(n):
    small, large = [], []
    d = 1
    while d * d <= n:
        if n % d == 0:
            small.append(d)
            if d != n // d:
                large.append(n // d)
        d += 1
    return small + large[::-1]
for n in [1, 28, 36, 496, 720]:
    ds = divisors(n)
    print(n, ds, len(ds), sum(ds), sum(ds) - n == n)
print([n for n in range(2, 1000) if sum(divisors(n)) - n == n])

# GCD/LCM (iterative, recursive, binary), extended Euclid, modular inverse, fractions by hand.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def gcd_rec(a, b):
    return abs(a) if b == 0 else gcd_rec(b, a % b)
def gcd_bin(a, b):
    a, b = abs(a), abs(b)
    if a == 0:
        return b
    if b == 0:
        return a
    shift = 0
    while (a | b) & 1 == 0:
        a >>= 1
        b >>= 1
        shift += 1
    while a & 1 == 0:
        a >>= 1
    while b:
        while b & 1 == 0:
            b >>= 1
        if a > b:
            a, b = b, a
        b -= a
    return a << shift
def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
pairs = [(12, 18), (17, 5), (0, 9), (9, 0), (-24, 36), (2 ** 64, 2 ** 40 * 3), (123456789, 987654321), (10 ** 30, 10 ** 20 + 5)]
for a, b in pairs:
    print(a, b, gcd(a, b), gcd_rec(a, b), gcd_bin(a, b), lcm(a, b))
for a, b in [(240, 46), (17, 3120), (99, 78)]:
    g, x, y = egcd(a, b)
    print(a, b, g, x, y, a * x + b * y == g)
def modinv(a, m):
    g, x, _ = egcd(a % m, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m
for a, m in [(3, 11), (10, 17), (7, 26), (4, 8)]:
    try:
        inv = modinv(a, m)
        print(a, m, inv, inv == pow(a, -1, m))
    except ValueError as e:
        print("ValueError:", e)
def add_frac(p, q):
    n = p[0] * q[1] + q[0] * p[1]
    d = p[1] * q[1]
    g = gcd(n, d)
    return (n // g, d // g)
total = (0, 1)
for k in range(1, 21):
    total = add_frac(total, (1, k))
print("H20 =", total, total[0] / total[1])
running = 1
for k in range(1, 41):
    running = lcm(running, k)
print("lcm(1..40) =", running)
print([gcd(n, 360) for n in range(1, 25)])

# str/repr/hash of ints and floats, including big ints (hash of numbers is deterministic).
vals = [0, 1, -1, 2, -2, 100, 2 ** 30, 2 ** 31, 2 ** 32, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61,
        2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 61), -(2 ** 63), 10 ** 20, 10 ** 40, -(10 ** 40), 3 ** 100]
for v in vals:
    print(v, hash(v))
print(hash(-1), hash(-2), hash(True), hash(False))
fvals = [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e100, 1e-100, 2.0 ** 61, float("inf"), float("-inf"), 3.0]
for v in fvals:
    print(v, hash(v))
print(hash(3) == hash(3.0), hash(2 ** 70) == hash(float(2 ** 70)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((1.5, -2, (3, 4))))
print(hash((None,)) == hash((None,)), hash((True, False)) == hash((1, 0)))
print(hash(None) == hash(None))
# ints as dict keys: equal numbers share a key
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d)
d2 = {2 ** 100: 'big', 0.5: 'half', -7: 'neg'}
print(d2[2 ** 100], d2[1 / 2], d2[-7])
# str of huge ints
n = 7 ** 500
s = str(n)
print(len(s), s[:30], s[-30:])
print(repr(-n)[:10], str(-n)[-5:])
print(str(10 ** 100))
print(int(s) == n, int("  " + s + "\n") == n)
print(len(str(2 ** 4000)))

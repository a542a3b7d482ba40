# is / is not, in / not in across container types.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c, id(a) == id(b), id(a) == id(c))
b.append(4)
print(a, c)
x = None
print(x is None, x is not None, None is None, type(None) is type(None))
print(True is True, (1 == 1) is True, bool(5) is True, (not 0) == True)
t = (1, 2)
u = t
print(t is u, u == (1, 2))
e1 = ()
e2 = ()
print(e1 == e2, len(e1))
# membership in lists/tuples/strings/dicts/sets/ranges
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3], [1] in [[1], 2], (1, 2) in [(1, 2)])
print(2 in (1, 2), 2.0 in (1, 2), True in (1,), 'x' in ('xy',), None in [0, None])
print('ell' in 'hello', 'hello' in 'ell', '' in 'abc', 'H' in 'hello', 'lo' not in 'hello')
d = {'k': 1, 2: 'two', (1, 2): 'tuple'}
print('k' in d, 1 in d, 2 in d, (1, 2) in d, 'two' in d, 'two' in d.values(), ('k', 1) in d.items())
s = {1, 2, 3}
print(1 in s, 5 in s, 1.0 in s, True in s, frozenset([1]) in {frozenset([1]): 0})
r = range(0, 100, 7)
print(14 in r, 15 in r, 98 in r, 105 in r, -7 in r, 14.0 in r)
print(10 ** 18 in range(0, 10 ** 19, 10 ** 6), 10 ** 18 + 1 in range(0, 10 ** 19, 10 ** 6))
nan = float('nan')
lst = [nan]
# Only the NaN object itself: stitch's floats are unboxed, so two NaNs made separately are
# the same "object" (README, "Known differences"); CPython makes them distinct.
print(nan in lst, nan == nan)
# membership errors
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in 'abc')
except TypeError as e:
    print("TypeError:", e)
try:
    print([] in {1: 2})
except TypeError as e:
    print("TypeError:", e)
# membership in a hot loop
primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
pset = set(primes)
hits = 0
for i in range(1000):
    if i % 30 in pset:
        hits += 1
print(hits, sum(1 for i in range(100) if i in primes))

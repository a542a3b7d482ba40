# Tuples: packing, indexing, immutability, concatenation, count/index, hashing, nesting.
t = (1, 2, 3)
u = 4, 5
single = (7,)
empty = ()
print(t, u, single, empty, type(single).__name__, len(empty), (7), type((7)).__name__)
print(t + u, t * 2, t[1], t[-1], t[::-1], t[1:], 2 in t, len(t + u))
print(t.count(2), (1, 1, 2, 1).count(1), t.index(3), (1, 2, 1, 2).index(2, 2))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    print(t[3])
except IndexError as e:
    print("IndexError:", e)
try:
    print(t + [4])
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, (4, 5)), [6, 7])
print(nested[1][1][0], nested[2][1])
nested[2].append(8)
print(nested)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(), tuple({1: 2}))
print((1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), () < (0,), max([(1, 'b'), (1, 'c'), (0, 'z')]))
d = {(0, 0): 'origin', (1, 0): 'east'}
print(d[(0, 0)], d[1, 0], (0, 0) in d)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax("hello"))
points = [(3, 4), (1, 1), (0, 5), (2, 2)]
points.sort()
print(points, sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
for i, (x, y) in enumerate(points):
    print(i, x, y, x * y)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(repr((1,)), repr(('a', "b'c")), str((1.5, None, True)))
print(sum((1, 2, 3)), sorted((3, 1, 2)), list(reversed((1, 2, 3))))

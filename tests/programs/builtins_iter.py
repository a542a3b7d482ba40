# enumerate, zip, map, filter, reversed, iter, next, sorted interplay.
names = ["ann", "bob", "cy"]
print(list(enumerate(names)), list(enumerate(names, start=10)), list(enumerate("", 5)))
for i, n in enumerate(names, 1):
    print(i, n.capitalize())
print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1, 2], [3])), list(zip(range(3), range(10, 13), "xyz")))
keys, vals = zip(*[("a", 1), ("b", 2), ("c", 3)])
print(keys, vals, dict(zip(keys, vals)))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "abc")))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])))
print(list(filter(lambda n: n % 2, range(10))), list(filter(None, [0, "", "a", [], [1], None, 3])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(0, 10, 3))), list(reversed((1,))))
print(list(reversed({"x": 1, "y": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip("ab", "cd")
print(list(z), list(z))
print(sum(map(int, "12345")), max(map(len, names)), "".join(map(str, range(5))))
print(sorted(zip([3, 1, 2], "cab")), sorted(enumerate("cab"), key=lambda p: p[1]))
pairs = list(zip(range(5), map(lambda v: v * v, range(5))))
print(pairs, dict(pairs))
it = iter(range(10))
print([next(it) for _ in range(3)], list(zip(it, it)))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
evens = filter(lambda v: v % 2 == 0, range(20))
squares = map(lambda v: v * v, evens)
print(list(squares))
total = 0
for idx, (a, b) in enumerate(zip(range(100), range(100, 200))):
    total += idx * (b - a)
print(total)
print(list(enumerate(zip("ab", "cd"))), list(zip(*zip("ab", "cd"))))
print(list(map(int, ["7", " 8 ", "-9"])))

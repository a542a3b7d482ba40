# sorted(): key, reverse, stability, various element types; list.sort equivalence.
data = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("banana"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted(range(5, 0, -1)), sorted([]))
print(sorted([2.5, 1, -0.5, 3, 10 ** 20, -(10 ** 20)]), sorted([True, False, 0, 1, -1]))
people = [("amy", 31), ("bob", 25), ("cal", 31), ("dee", 25), ("eve", 40), ("fay", 31)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name_then_age = sorted(sorted(people, key=lambda p: p[0]), key=lambda p: p[1])
print(by_name_then_age)
words = ["Banana", "apple", "cherry", "Apple", "banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=str.lower, reverse=True))
records = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"])])
print(sorted([[3, 1], [1, 2], [1, 1], [2]]), sorted([(1, "b"), (1, "a"), (0, "c")]))
stable = sorted([(i % 3, i) for i in range(12)], key=lambda t: t[0])
print(stable)
stable_rev = sorted([(i % 3, i) for i in range(12)], key=lambda t: t[0], reverse=True)
print(stable_rev)
big = [(i * 7919) % 1000 for i in range(500)]
s1 = sorted(big)
big.sort()
print(s1 == big, s1[:10], s1[-5:], all(s1[i] <= s1[i + 1] for i in range(len(s1) - 1)))
print(sorted([3, 1, 2], key=None), sorted([-5, 3, -1, 4], key=abs), sorted(["a", "B", "c"], key=str.upper))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x: x / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
nan = float("nan")
print(sorted([3.0, 1.0, 2.0]), sorted([0.0, -0.0]), sorted([-0.0, 0.0]))
print(sorted("hello world".split(), key=lambda w: w[::-1]))
print(sorted(range(20), key=lambda v: (v % 5, -v)))

# sum, min, max (key, default), any, all, abs, len.
nums = [3, -7, 12, 0, 5, -2]
print(sum(nums), sum(nums, 100), sum([]), sum([0.5, 0.25]), sum([[1], [2, 3]], []), sum(range(1, 101)))
print(sum([1, 2.5, True]), sum((x for x in range(10) if x % 2)), sum([10 ** 20, 1, -10 ** 20]))
print(min(nums), max(nums), min(4, 2, 8), max("apple", "pear", "fig"), min("hello"), max([1.5, 2, 0.5]))
print(min(nums, key=abs), max(nums, key=abs), max(["aa", "b", "cccc", "dd"], key=len), min(["bb", "a", "cc"], key=len))
print(max([], default="empty"), min([], default=None), max([1], default=0), min((), key=len, default=-1))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min([[2, 1], [1, 5], [1, 2]]))
print(max([3, 3.0]), max([3.0, 3]), min([1, True]), max(True, 1))
words = ["pear", "fig", "apple", "kiwi", "date"]
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]))
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, 0.0, ""]), all([1, "x", [0]]), any(x > 3 for x in nums), all(x > -10 for x in nums))
print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(True), abs(-(10 ** 30)), abs(float("-inf")))
print(len([1, 2]), len("héllo"), len({}), len({1: 2, 3: 4}), len(range(0, 100, 7)), len((1,)), len(set("aab")))
scores = {"amy": 88, "bob": 95, "cal": 72}
print(max(scores), max(scores, key=scores.get), min(scores.values()), sum(scores.values()) / len(scores))
running_max = []
cur = None
for v in nums:
    cur = v if cur is None else max(cur, v)
    running_max.append(cur)
print(running_max)
print(max(range(10), key=lambda v: (v % 4, -v)), min(range(10), key=lambda v: (v - 4.5) ** 2))

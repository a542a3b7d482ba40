# Sets of small ints (printing order is deterministic for these): methods and operators.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a, b, len(a), set(), {0})
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10, 11], (12,)), a.intersection(range(3, 10)), a.difference([1], [2]))
print(a.issubset(a | b), {1, 2}.issubset(a), a.issuperset({1, 2}), a.isdisjoint({8, 9}), a.isdisjoint(b))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2, 3} > {3}, {1} >= {1}, {1} == {1.0})
s = set()
for i in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    s.add(i)
print(s, len(s))
s.discard(9)
s.discard(100)
s.remove(1)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
s.update([10, 20], {30})
print(s)
c = s.copy()
c.add(99)
print(len(s), len(c))
s |= {40}
s &= {2, 3, 4, 5, 6, 10, 40, 77}
s -= {2}
s ^= {3, 50}
print(s)
c.clear()
print(c)
print(set([1, 1, 2]), set(range(5)), set((3, 2, 1)), sorted({-1, 5, -10, 3}))
print({x % 5 for x in range(20)}, {x * x for x in range(-3, 4)})
print({32, 1, 16, 8, 4, 2}, {100, 10, 1000}, {7, 15, 23})
print({True, 1, 1.0}, {0, False}, {-1, -2, 0})
print(2 in a, 9 in a, {1, 2} in [{2, 1}])
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
# sets of tuples: use only for membership and sorted output
seen = set()
dupes = []
for pair in [(1, 2), (2, 1), (1, 2), (3, 3), (2, 1)]:
    if pair in seen:
        dupes.append(pair)
    seen.add(pair)
print(sorted(seen), dupes)
# uniq preserving order
data = [5, 3, 5, 1, 3, 7, 1, 9]
seen2 = set()
out = []
for x in data:
    if x not in seen2:
        seen2.add(x)
        out.append(x)
print(out)
# strings in sets: only membership and sorted()
vowels = set("aeiou")
print(sum(1 for ch in "programming language" if ch in vowels), sorted(vowels), len(vowels))
print(sorted(set("mississippi")), "s" in set("mississippi"))

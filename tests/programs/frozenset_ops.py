# frozenset: immutable, hashable, mixes with set in operators.
f = frozenset([1, 2, 3])
g = frozenset(range(2, 6))
print(f, g, frozenset(), len(f), 2 in f)
print(f | g, f & g, f - g, f ^ g, type(f | g).__name__)
s = {1, 5}
print(type(f | s).__name__, type(s | f).__name__, f | s, s & f)
print(f.union([9]), f.intersection(g), f.difference({1}), f.symmetric_difference(g))
print(f.issubset({1, 2, 3, 4}), f.issuperset({1}), f.isdisjoint({7}), f == {1, 2, 3}, f == frozenset({3, 2, 1}))
d = {f: 'f', frozenset(): 'empty'}
print(d[frozenset([3, 2, 1])], d[frozenset()])
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(hash(f) == hash(frozenset([3, 1, 2])), hash(frozenset()) == hash(frozenset([])))
print(f.copy() == f, sorted(f, reverse=True), sum(f), max(g))
sets = [frozenset({1, 2}), frozenset({2, 3}), frozenset({1, 2})]
print(sets.count(frozenset({2, 1})), sets.index(frozenset({3, 2})))

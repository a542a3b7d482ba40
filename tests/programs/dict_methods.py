# dict methods: get/setdefault/pop/popitem/keys/values/items/update/copy/clear/fromkeys.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('b', 99))
print(d.setdefault('c', 3), d.setdefault('a', 100), d.setdefault('n'), d)
print(d.pop('c'), d.pop('zz', 'default'), d)
try:
    d.pop('zz')
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
d.update({'x': 1, 'y': 2})
d.update([('z', 3), ('x', 10)])
d.update(w=4, y=20)
print(d)
e = d.copy()
e['x'] = -1
print(d['x'], e['x'], d == e, d is e)
e.clear()
print(e, len(e), d)
print(dict.fromkeys(['p', 'q', 'r']), dict.fromkeys(range(3), 0), dict.fromkeys('ab', []))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
ks = d.keys()
d['new'] = 5
print(list(ks), len(ks))
vs = list(d.values())
print(vs, sum(vs), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
# group words by first letter with setdefault
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "beet"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
# invert a dict
inv = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inv)
# merge with | and |=
m1 = {'a': 1, 'b': 2}
m2 = {'b': 3, 'c': 4}
print(m1 | m2, m2 | m1)
m1 |= m2
print(m1)
# sorting dict items by value
scores = {'amy': 82, 'bob': 95, 'cal': 82, 'dee': 70}
for name, score in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
    print(name, score)
print(sorted(scores), sorted(scores.values(), reverse=True))
print(list(reversed(scores)), list(reversed(scores.values())))
# dict views equality and set-like ops on keys
k1 = {'a': 1, 'b': 2}.keys()
print(sorted(k1 & {'b', 'c'}), sorted(k1 | {'c'}), sorted(k1 - {'a'}), k1 == {'a', 'b'})
print({1: 2}.items() == {(1, 2)}, list({1: 'x', 2: 'y'}.items()))

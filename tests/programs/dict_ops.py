# dict basics: literal, indexing, assignment, deletion, insertion order, views, equality.
d = {'one': 1, 'two': 2, 'three': 3}
print(d, len(d), d['two'])
d['four'] = 4
d['one'] = 100
print(d)
del d['two']
print(d, 'two' in d, 'three' in d)
d['two'] = 2
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print(k, d[k], end='; ')
print()
for k, v in d.items():
    print(f"{k}={v}", end=' ')
print()
print({} == {}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2})
print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=True), dict(zip('abc', range(3))))
print({1: 'a', 1.0: 'b', True: 'c'}, {(1, 2): [3], None: None, -5: 5.5})
try:
    print(d['missing'])
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    del d['missing']
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    print({(1, 2): 0}[1, 3])
except KeyError as e:
    print("KeyError:", e)
try:
    print({}[0.5])
except KeyError as e:
    print("KeyError:", repr(e))
try:
    for k in d:
        d[k + '!'] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
ks = d.keys()
vs = d.values()
it = d.items()
print(len(ks), 'one' in ks, 100 in vs, ('one', 100) in it)
d2 = {'z': 26}
d2['a'] = 1
print(list(ks)[-1], list(d2))
# reinsert after delete goes to end
o = {'a': 1, 'b': 2, 'c': 3}
del o['a']
o['a'] = 1
print(o)
o['b'] = 20
print(o)
# nested dicts
tree = {'root': {'left': {'leaf': 1}, 'right': {'leaf': 2}}}
print(tree['root']['right']['leaf'], tree)
tree['root']['left']['leaf'] += 10
print(tree['root']['left'])
# counting in a hot loop with int keys
counts = {}
for i in range(1000):
    k = (i * 7) % 13
    counts[k] = counts.get(k, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
# dict with big int and float keys
m = {2 ** 64: 'big', 0.1: 'tenth', -0.0: 'negzero'}
print(m[2 ** 64], m[0.1], m[0], m[0.0])
r = {}
r['self'] = r
print(r)
print(repr({'q': "it's", 'n': None}), str({1: [1, 2], 2: (3,)}))

# collections: defaultdict, Counter, OrderedDict, ChainMap (reprs, arithmetic, ordering, errors)
from collections import defaultdict, Counter, OrderedDict, ChainMap

def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

dd = defaultdict(list)
for word in "apple bat cat avocado banana cherry".split():
    dd[word[0]].append(word)
print(dd)
print(dd['z'], len(dd), 'z' in dd, dd.default_factory)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()))
print(isinstance(counts, dict), type(counts).__name__)
nd = defaultdict()
print(nd, attempt(lambda: nd['missing']))
print(attempt(lambda: defaultdict(5)))
c2 = counts.copy()
c2['q'] += 1
print(c2, counts == c2, type(c2).__name__)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(dict(nested['a']), list(nested))
print(defaultdict(int, {'x': 1}, y=2))
print(counts | {'z': 9})

c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(c['a'], c['zzz'], c.total(), sorted(c.elements()))
c.update("aaz")
c.update({'b': 10})
print(c)
c.subtract({'a': 20})
print(c)
print(+c, -c)
x = Counter(a=3, b=1)
y = Counter(a=1, b=2, c=5)
print(x + y, x - y, x | y, x & y)
print(x == Counter(b=1, a=3), x == Counter(a=3, b=1, z=0), x != y, x <= x + y, x < y)
x += y
print(x)
x -= Counter(a=100)
print(x)
del x['nope']
del x['b']
print(x, Counter(), Counter(['x', 'y', 'x']), Counter({'k': 2}))
print(attempt(lambda: Counter.fromkeys('abc')))
words = "the quick brown fox jumps over the lazy dog the end fox".split()
print(Counter(words).most_common(3))
print(Counter(w[0] for w in words).most_common())

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od = OrderedDict.fromkeys('abcde', 0)
od.move_to_end('b')
print(list(od))
od.move_to_end('d', last=False)
print(list(od), od)
print(attempt(lambda: od.move_to_end('zz')))
print(OrderedDict(), attempt(lambda: OrderedDict().popitem()))
o1 = OrderedDict([(1, 'a'), (2, 'b')])
o2 = OrderedDict([(2, 'b'), (1, 'a')])
print(o1 == o2, o1 == dict(o2), dict(o2) == o1, o1 != o2)
print(list(reversed(o1)), o1 | {3: 'c'}, type(o1.copy()).__name__)
print(OrderedDict(x=1, y=2))

base = {'color': 'red', 'size': 1}
over = {'color': 'blue'}
cm = ChainMap(over, base)
print(cm['color'], cm['size'], len(cm), sorted(cm), 'size' in cm, cm.get('nope', 0))
cm['new'] = 5
print(over, cm)
child = cm.new_child()
child['color'] = 'green'
print(child['color'], child.parents['color'], child.maps[0])
print(attempt(lambda: cm['missing']))
print(attempt(lambda: cm.__delitem__('size')))
print(list(ChainMap({'a': 1}, {'b': 2, 'a': 3}).items()))

# collections.namedtuple (fields, defaults, _make/_asdict/_replace, rename, errors) and
# collections.abc as base classes with mixin methods
from collections import namedtuple
from collections.abc import Sequence, MutableSequence, Mapping, MutableMapping, Set, Iterator

def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), isinstance(p, tuple))
print(Point._fields, Point.__name__, Point.__doc__, Point(y=5, x=3))
x, y = p
print(x + y, p._asdict(), p._replace(y=20), Point._make([7, 8]), tuple(p) + p)
print(hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(attempt(lambda: Point(1)))
print(attempt(lambda: Point()))
print(attempt(lambda: Point(1, 2, 3)))
print(attempt(lambda: Point(1, z=2)))
print(attempt(lambda: Point(1, x=2)))
print(attempt(lambda: Point._make([1])))
print(attempt(lambda: p._replace(z=1)))
print(attempt(lambda: setattr(p, 'x', 5))[:15])
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, 6, 7), P3._field_defaults)
print(attempt(lambda: P3()))
print(attempt(lambda: P3(1, 2, 3, 4)))
R = namedtuple('R', 'ok def _x ok 1a', rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
print(attempt(lambda: namedtuple('Bad', 'a def')))
print(attempt(lambda: namedtuple('Bad', 'a _b')))
print(attempt(lambda: namedtuple('Bad', 'a a')))
print(attempt(lambda: namedtuple('Bad name', 'a')))
print(attempt(lambda: namedtuple('Bad', 'a 1')))
print(attempt(lambda: namedtuple('T', 'a', defaults=[1, 2])))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, attempt(lambda: Empty(1)))

class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v).__name__, v._replace(x=0))
match p:
    case Point(a, b):
        print("matched", a, b)
Emp = namedtuple('Emp', 'name, age  dept')
print(Emp('ann', 30, 'x'))

class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
sq = Squares(6)
print(list(sq), 9 in sq, 10 in sq, sq.index(16), sq.count(4), list(reversed(sq)))
print(isinstance(sq, Sequence), attempt(lambda: sq.index(7)))
print(attempt(lambda: Sequence()))

class MyList(MutableSequence):
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def insert(self, i, v):
        self.items.insert(i, v)
ml = MyList()
ml.append(3)
ml.extend([1, 2])
ml += [9]
ml.reverse()
print(ml.items, ml.pop(), ml.pop(0), ml.items)
ml.remove(1)
print(ml.items)

class Env(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k.lower()]
    def __setitem__(self, k, v):
        self.d[k.lower()] = v
    def __delitem__(self, k):
        del self.d[k.lower()]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
e = Env()
e['A'] = 1
e.update({'B': 2}, C=3)
print(sorted(e.items()), list(e.keys()), list(e.values()), e.get('a'), e.get('zz', 0), 'b' in e)
print(e.pop('a'), e.setdefault('d', 4), len(e), e == {'b': 2, 'c': 3, 'd': 4})
print(e.popitem(), attempt(lambda: e.pop('nope')))

class Evens(Iterator):
    def __init__(self):
        self.i = 0
    def __next__(self):
        self.i += 2
        if self.i > 8:
            raise StopIteration
        return self.i
print(list(Evens()))
print(attempt(lambda: Iterator()))

class Bits(Set):
    def __init__(self, it=()):
        self.s = sorted(set(it))
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(self.s)
    def __len__(self):
        return len(self.s)
b1, b2 = Bits([1, 2, 3]), Bits([2, 3, 4])
print((b1 & b2).s, (b1 | b2).s, (b1 - b2).s, (b1 ^ b2).s, b1 <= Bits([1, 2, 3, 4]), b1 == {1, 2, 3})

# copy: shallow and deep copies of builtins, instances, slots, cycles, __copy__/__deepcopy__,
# __getstate__/__setstate__, __reduce__, builtin subclasses, collections types
import copy
from collections import namedtuple, defaultdict, OrderedDict, Counter, deque

nested = [1, [2, 3], {'k': [4]}, (5, [6])]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append('x')
nested[2]['k'].append('y')
nested[3][1].append('z')
print(nested)
print(shallow, shallow is nested, shallow[1] is nested[1])
print(deep, deep[1] is nested[1])
t = (1, 2, 'a')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is (1, [2])[1])
for atom in [None, 5, 2.5, True, 'str', range(3), len, copy.copy]:
    assert copy.copy(atom) is atom and copy.deepcopy(atom) is atom
print(copy.copy({1, 2}), copy.deepcopy(frozenset([3])), copy.copy({'a': 1}))

cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[1] is cyc, len(c2))
d = {'self': None}
d['self'] = d
d2 = copy.deepcopy(d)
print(d2['self'] is d2)
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is shared)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ['t']
    def __repr__(self):
        return 'Point(%r, %r, %r)' % (self.x, self.y, self.tags)
p = Point(1, [2])
ps, pd = copy.copy(p), copy.deepcopy(p)
p.y.append(3)
p.tags.append('u')
print(p, ps, pd, type(pd).__name__, ps.tags is p.tags, pd.tags is p.tags)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
s = Slotted()
s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, hasattr(s2, 'b'), copy.copy(s).a is s.a)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom('copied ' + self.v)
    def __deepcopy__(self, memo):
        return Custom('deep ' + self.v)
print(copy.copy(Custom('a')).v, copy.deepcopy(Custom('b')).v, copy.deepcopy([Custom('c')])[0].v)

class Stateful:
    def __init__(self):
        self.value = 1
        self.cache = 'big'
    def __getstate__(self):
        return {'value': self.value}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'
st = copy.deepcopy(Stateful())
print(st.value, st.cache)

class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b + 1))
r = copy.copy(Reduced([1], 5))
print(r.a, r.b)

class MyList(list):
    pass
class MyDict(dict):
    pass
ml = MyList([[1], 2])
ml.attr = 'x'
mlc, mld = copy.copy(ml), copy.deepcopy(ml)
print(type(mlc).__name__, mlc, mlc[0] is ml[0], mld[0] is ml[0], mld.attr)
md = MyDict(a=[1])
mdd = copy.deepcopy(md)
print(type(mdd).__name__, mdd, mdd['a'] is md['a'])

P = namedtuple('P', 'x y')
np_ = P([1], 2)
print(copy.copy(np_), copy.deepcopy(np_), copy.deepcopy(np_).x is np_.x)
dd = defaultdict(list, {'a': [1]})
ddc = copy.deepcopy(dd)
ddc['b'].append(2)
print(ddc, ddc['a'] is dd['a'], copy.copy(dd))
od = OrderedDict([('z', 1), ('a', [2])])
print(copy.deepcopy(od), copy.copy(Counter('aab')))
dq = deque([[1], 2], maxlen=5)
dqc = copy.deepcopy(dq)
print(dqc, dqc[0] is dq[0], copy.copy(dq)[0] is dq[0])
memo = {}
a = [1]
b1 = copy.deepcopy(a, memo)
b2 = copy.deepcopy(a, memo)
print(b1 is b2)
print(copy.deepcopy(Point) is Point, copy.copy(int) is int)

# collections.UserDict/UserList/UserString; functools.partialmethod/singledispatchmethod;
# itertools.repeat/count reprs-free checks; contextlib.ContextDecorator
from collections import UserDict, UserList, UserString, ChainMap, OrderedDict
from functools import partialmethod, singledispatchmethod, partial
from contextlib import ContextDecorator
import itertools

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = LowerDict({'A': 1}, B=2)
ld['C'] = 3
print(ld, len(ld), 'a' in ld, ld.get('b'), list(ld), ld.data, isinstance(ld.copy(), LowerDict))
print(ld.pop('a'), ld, sorted(ld.items()), ld == {'b': 2, 'c': 3})
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()['ab'])

ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, len(ul), ul + [9], ul * 2, 2 in ul, ul == [0, 1, 2, 3])
ul.extend(UserList([7]))
ul.reverse()
print(ul, ul.pop(), ul.index(2), ul.count(1), ul < [5])

us = UserString('Hello')
print(us, repr(us), us.upper(), type(us.upper()).__name__, len(us), us[1:3], 'ell' in us, us + '!', us == 'Hello')
print(us.split('l'), us.startswith('He'), us.find('l'))

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(len(cm), list(cm), dict(cm), bool(ChainMap()), bool(ChainMap({}, {'x': 1})))
print(cm.pop('a'), cm, cm.new_child({'z': 0}), cm.parents)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'obj:%r' % (arg,)
    @fmt.register(int)
    def _(self, arg):
        return 'int:%d' % arg
    @fmt.register(list)
    def _(self, arg):
        return 'list:' + ','.join(self.fmt(x) for x in arg)
f = Formatter()
print(f.fmt(3), f.fmt('s'), f.fmt([1, 'a']))

class announce(ContextDecorator):
    def __enter__(self):
        print('start')
        return self
    def __exit__(self, *exc):
        print('end')
        return False
@announce()
def job(x):
    print('job', x)
    return x + 1
print(job(1))
with announce():
    print('inside')

r = itertools.repeat('z', 3)
print(list(r), list(r), list(zip(itertools.count(5), 'ab')))
print(list(itertools.chain.from_iterable(itertools.repeat([1, 2], 2))))
p = partial(print, 'p:', sep='-')
p('x', 'y')
od = OrderedDict(a=1)
od.setdefault('b', 2)
od.update([('c', 3)])
print(od, od.pop('a'), od.get('zz'), list(od.keys()), list(od.values()), list(od.items()))

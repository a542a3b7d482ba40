# operator: function forms of the operators, itemgetter/attrgetter/methodcaller, in-place forms
import operator
from operator import itemgetter, attrgetter, methodcaller

def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 3), operator.truediv(7, 2))
print(operator.floordiv(-7, 2), operator.mod(-7, 2), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.abs(-3.5), operator.not_([]), operator.truth([1]), operator.is_(None, None), operator.is_not(1, None))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt('b', 'a'), operator.ge(1, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.inv(0))
print(operator.lshift(1, 10), operator.rshift(1024, 3), operator.index(7), operator.index(True))
print(operator.concat([1], [2]), operator.concat('a', 'b'), operator.contains([1, 2], 2), operator.contains('abc', 'z'))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf('hello', 'l'), attempt(lambda: operator.indexOf([1], 5)))
d = {'a': 1}
operator.setitem(d, 'b', 2)
print(operator.getitem(d, 'b'), d)
operator.delitem(d, 'a')
print(d, operator.getitem([10, 20, 30], slice(1, None)))
class Hint:
    def __length_hint__(self):
        return 4
print(attempt(lambda: operator.concat(1, 2)), attempt(lambda: operator.index(1.5)))
print(operator.length_hint([1, 2, 3]), operator.length_hint(Hint(), 5), operator.length_hint(object(), 5), operator.call(max, 3, 9))
lst = [1]
print(operator.iadd(lst, [2]), lst, operator.iadd(1, 2), operator.imul('x', 3), operator.isub(10, 4))
print(operator.ior({1}, {2}), operator.iand(6, 3), operator.ixor(6, 3), operator.ipow(3, 3))
print(operator.ifloordiv(9, 2), operator.itruediv(9, 2), operator.imod(9, 4), operator.ilshift(1, 4), operator.irshift(64, 2))
print(operator.__add__(1, 2), operator.__not__(1), operator.__getitem__('abc', 1))

rows = [('bob', 35, 'b'), ('alice', 30, 'a'), ('carol', 35, 'c')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(2)('abcdef'), itemgetter(0, -1)('abcdef'), itemgetter('k')({'k': 'v'}))
print(list(map(itemgetter(0), rows)), repr(itemgetter(1, 'x')))
print(attempt(lambda: itemgetter(5)([1])))

class Inner:
    def __init__(self):
        self.z = 'deep'
class Obj:
    def __init__(self, name, n):
        self.name = name
        self.n = n
        self.inner = Inner()
    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct
objs = [Obj('x', 3), Obj('y', 1), Obj('w', 2)]
print([o.name for o in sorted(objs, key=attrgetter('n'))], attrgetter('name', 'n')(objs[0]))
print(attrgetter('inner.z')(objs[0]), repr(attrgetter('a', 'b.c')))
print(attempt(lambda: attrgetter('missing')(objs[0])), attempt(lambda: attrgetter(1)))
print(methodcaller('greet', 'hi')(objs[0]), methodcaller('greet', 'yo', punct='?')(objs[1]))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), repr(methodcaller('f', 1, k=2)))
from functools import reduce
print(reduce(operator.mul, range(1, 11)), reduce(operator.add, ['a', 'b', 'c']))

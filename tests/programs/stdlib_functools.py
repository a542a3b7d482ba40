# functools: reduce, partial, lru_cache/cache, wraps, total_ordering, cmp_to_key,
# cached_property, singledispatch
import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key

def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 'init'), reduce(max, [3, 9, 2]))
print(attempt(lambda: reduce(max, [])))

def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(5), cube_mod(4), square.args, square.keywords, square.func is power)
p2 = partial(partial(max, 1, 2), 3)
print(p2(0), p2.args, repr(partial(max, 1, key=abs)))
print(list(map(partial(int, base=2), ['101', '111'])))
print(attempt(lambda: partial(5)))

calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info(), fib.__name__)

@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
calls.clear()
for x in [1, 2, 1, 3, 2, 1, 1]:
    sq(x)
print(calls, sq.cache_info(), sq.cache_parameters())

@lru_cache
def ident(x, y=0):
    return (x, y)
print(ident(1), ident(1), ident(1, y=2), ident(1.0), ident.cache_info())

@lru_cache(maxsize=10, typed=True)
def typed_id(x):
    return type(x).__name__
print(typed_id(1), typed_id(1.0), typed_id.cache_info())

@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(30), fact.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
print(attempt(lambda: lru_cache('x')))

@lru_cache(maxsize=None)
def fails(x):
    raise ValueError(x)
print(attempt(lambda: fails(1)), fails.cache_info())

class Holder:
    @lru_cache(maxsize=None)
    def method(self, x):
        return x * 10
h = Holder()
print(h.method(4), h.method(4), Holder.method.cache_info())

def logged(func):
    @wraps(func)
    def inner(*args, **kwargs):
        return ('logged', func(*args, **kwargs))
    return inner
@logged
def add(a, b):
    """Add two things."""
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(3, 4))
def plain():
    pass
functools.update_wrapper(plain, add)
print(plain.__name__, plain.__wrapped__ is add)

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a >= a, sorted([b, a, Version(0, 9)]), max(a, b))

@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        return self.v >= other.v
print(Desc(1) < Desc(2), Desc(1) > Desc(2), Desc(3) <= Desc(3), Desc(2) < Desc(2))
print(attempt(lambda: total_ordering(type('X', (), {}))))

def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=cmp_to_key(compare_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @functools.cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.computed)
del c.area
print(c.area, c.computed)

@functools.singledispatch
def describe(x):
    return 'object'
@describe.register(int)
def _(x):
    return 'int %d' % x
@describe.register(list)
def _(x):
    return 'list of %d' % len(x)
def describe_str(x):
    return 'str ' + x
describe.register(str, describe_str)
class MyInt(int):
    pass
print(describe(1), describe(True), describe(MyInt(5)), describe([1, 2]), describe('s'), describe(2.5))
print(describe.dispatch(bool) is describe.dispatch(int), sorted(k.__name__ for k in describe.registry))

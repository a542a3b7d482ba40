# Closures, nonlocal, late binding, counters, function factories.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(-50))
def make_adders():
    adders = []
    for i in range(4):
        adders.append(lambda x: x + i)
    return adders
print([f(10) for f in make_adders()])
def make_adders_bound():
    return [lambda x, i=i: x + i for i in range(4)]
print([f(10) for f in make_adders_bound()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x + "-seen"
        return inner()
    x = "rebound"
    return middle()
print(outer())
def accumulator():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    def get():
        return list(items)
    return add, get
add, get = accumulator()
add(1)
add("two")
print(add(3.0), get())
def nested_nonlocal():
    a = 1
    def level1():
        nonlocal a
        a += 10
        def level2():
            nonlocal a
            a *= 2
            return a
        return level2()
    r = level1()
    return a, r
print(nested_nonlocal())
def fib_memo():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib
fib = fib_memo()
print(fib(10), fib(90), fib(200))
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose()(7), compose(str, abs)(-3))
def counter_pair():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    return up, down
up, down = counter_pair()
print(up(), up(), down(), up(), up())
def shadow():
    x = 1
    def g():
        x = 2
        return x
    g()
    return x
print(shadow())
def closure_in_loop():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(1000):
        add(i)
    return total
print(closure_in_loop())
print(make_counter.__name__, c1.__name__)

# Decorators: plain, with arguments, stacked, memoizing, call counting.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("world"))
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(21))
def trace(fn):
    depth = [0]
    def wrapper(*args):
        print("  " * depth[0] + "call", fn.__name__, args)
        depth[0] += 1
        result = fn(*args)
        depth[0] -= 1
        print("  " * depth[0] + "ret", result)
        return result
    return wrapper
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(4)
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), len(fib.cache))
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
@shout
def name_of(x):
    return "item " + str(x)
print(name_of(1), name_of(2), name_of.calls)
def tag(label):
    def deco(fn):
        def wrapper(*a):
            return "<" + label + ">" + fn(*a) + "</" + label + ">"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"))
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(registry, alpha(), beta())
def validate_positive(fn):
    def wrapper(x):
        if x < 0:
            raise ValueError("negative input: " + str(x))
        return fn(x)
    return wrapper
@validate_positive
def isqrt(x):
    r = 0
    while (r + 1) * (r + 1) <= x:
        r += 1
    return r
print(isqrt(99), isqrt(100))
try:
    isqrt(-4)
except ValueError as e:
    print("ValueError:", e)

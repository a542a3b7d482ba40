# *args and **kwargs: collection, unpacking at call sites, ordering.
def show(*args, **kwargs):
    print(args, kwargs)
show()
show(1, 2, 3)
show(a=1, b=2)
show(1, 'x', key=None)
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3, 4), total(*range(10)), total(*[1, 2], *(3, 4), 5))
def describe(first, *rest, sep="-", **opts):
    return first + sep + sep.join(rest) + (" " + str(sorted(opts.items())) if opts else "")
print(describe("a"), describe("a", "b", "c"), describe("a", "b", sep="+"), describe("x", "y", z=1, w=2))
args = (1, 2)
kwargs = {'c': 3}
def abc(a, b, c=0):
    return a * 100 + b * 10 + c
print(abc(*args), abc(*args, **kwargs), abc(**{'a': 1, 'b': 2, 'c': 3}), abc(1, **{'b': 5}))
print(abc(*[4], **{'c': 6, 'b': 5}), abc(*"", 7, 8))
try:
    abc(1, **{'a': 2, 'b': 3})
except TypeError as e:
    print("TypeError:", e)
try:
    abc(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
try:
    abc(1, 2, **{'d': 4})
except TypeError as e:
    print("TypeError:", e)
def passthrough(*args, **kwargs):
    return abc(*args, **kwargs)
print(passthrough(1, 2), passthrough(1, b=2, c=3))
def kw_only_collect(**kw):
    return list(kw.items())
print(kw_only_collect(z=1, a=2, m=3))
d = {'x': 1}
print(kw_only_collect(**d, y=2), kw_only_collect(**d, **{'w': 0}))
try:
    kw_only_collect(**d, x=5)
except TypeError as e:
    print("TypeError:", e)
print(max(*[3, 9, 2]), min(*"hello"), print(*[1, 2, 3], sep="|"))
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(*range(100), **{str(i): i for i in range(5)}))
# args is a tuple, kwargs is a fresh dict
def mutate(*a, **k):
    k['new'] = 1
    return type(a).__name__, k
orig = {'old': 0}
print(mutate(**orig), orig)

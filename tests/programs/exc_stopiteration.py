# iter/next protocol: StopIteration, next default, exhausted iterators, iteration over various types.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
s = iter("ab")
print(next(s), next(s), next(s, "end"))
d = iter({"x": 1, "y": 2})
print(next(d), next(d), next(d, "no more keys"))
r = iter(range(2))
print(list(r), list(r))
items = iter([10, 20, 30, 40])
first = next(items)
print(first, list(items))
e = enumerate("xyz", 1)
print(next(e), list(e))
z = zip([1, 2, 3], "ab")
print(next(z), next(z), next(z, "zip stopped"))
m = map(str, [1, 2])
print(next(m), next(m), next(m, "map stopped"))
f = filter(None, [0, 1, 0, 2])
print(list(f), next(f, "filter stopped"))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
def consume(iterator):
    out = []
    while True:
        try:
            out.append(next(iterator))
        except StopIteration:
            break
    return out
print(consume(iter(range(5))), consume(iter("")), consume(iter((1,))))
ri = reversed([1, 2, 3])
print(next(ri), list(ri))
same = iter([1, 2])
print(iter(same) is same)
g = (x * x for x in range(3))
print(next(g), next(g), next(g), next(g, "gen done"))
a = iter([1, 2, 3, 4, 5, 6])
print(list(zip(a, a)))

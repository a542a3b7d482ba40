# Keyword-only and positional-only parameters.
def kw(a, *, b, c=3):
    return (a, b, c)
print(kw(1, b=2), kw(1, b=2, c=4), kw(a=0, b=0))
try:
    kw(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)
def star_kw(*args, key, **rest):
    return args, key, rest
print(star_kw(1, 2, key='k'), star_kw(key=None, other=1))
try:
    star_kw(1, 2)
except TypeError as e:
    print("TypeError:", e)
def posonly(a, b, /, c, *, d):
    return a + b + c + d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
try:
    posonly(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def po_kwargs(x, /, **kw):
    return x, kw
print(po_kwargs(1, x=2))
def sort_by(items, *, key=None, reverse=False):
    return sorted(items, key=key, reverse=reverse)
print(sort_by([3, -1, 2], key=abs), sort_by([3, -1, 2], reverse=True))
def many(a, b=1, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"
print(many(0, c=2))
print(many(0, 9, 8, 7, c=2, e=5))
print(many(c=1, a=2))
try:
    many(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
def req2(*, x, y):
    return x - y
try:
    req2()
except TypeError as e:
    print("TypeError:", e)
print(req2(y=1, x=10))

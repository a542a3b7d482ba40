# assert (with and without message) and del on names, items, slices, attributes-free.
x = 5
assert x == 5
assert x > 0, "x must be positive"
try:
    assert x < 0, "x is " + str(x)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare AssertionError:", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("AssertionError with list arg:", e.args[0])
def checked_sqrt(n):
    assert isinstance(n, int) and n >= 0, f"bad input {n!r}"
    r = 0
    while (r + 1) ** 2 <= n:
        r += 1
    return r
print(checked_sqrt(50))
for bad in [-1, 2.5, "9"]:
    try:
        checked_sqrt(bad)
    except AssertionError as e:
        print("rejected:", e)
y = 10
del y
try:
    print(y)
except NameError as e:
    print("NameError:", e)
a, b, c = 1, 2, 3
del a, b
print(c)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del lst[100]
except IndexError as e:
    print("IndexError:", e)
nested = {"k": [1, {"inner": 2, "gone": 3}]}
del nested["k"][1]["gone"]
print(nested)
def local_del():
    v = "temp"
    del v
    return "deleted"
print(local_del())
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
for i in range(3):
    tmp = i * 2
    del tmp
print("loop del ok")

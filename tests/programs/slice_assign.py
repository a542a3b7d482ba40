# Slice assignment and deletion, incl. extended-slice length errors.
a = list(range(10))
a[2:5] = ['a', 'b', 'c']
print(a)
a[2:5] = []
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[:2] = 'xy'
print(a)
a[-2:] = range(3)
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[1::3] = ['T'] * len(a[1::3])
print(a)
a[::-1] = list(range(len(a)))
print(a)
a[5:] = []
print(a)
a[len(a):] = [7, 8, 9]
print(a)
a[:0] = [-1]
print(a)
a[3:1] = ['ins']
print(a)
b = [1, 2, 3]
b[:] = b + b
print(b)
b[1:5] = (9,)
print(b)
c = list(range(8))
try:
    c[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    c[::-1] = []
except ValueError as e:
    print("ValueError:", e)
try:
    c[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    c[::0] = []
except ValueError as e:
    print("ValueError:", e)
c[::3] = 'abc'
print(c)
del c[::2]
print(c)
del c[1:3]
print(c)
del c[:]
print(c, len(c))
d = list(range(20))
del d[::-5]
print(d)
del d[100:]
del d[-100:2]
print(d)
e = [1, 2, 3]
e[5:10] = [4, 5]
print(e)
e[-100:-50] = [0]
print(e)
try:
    t = (1, 2, 3)
    t[0:1] = [5]
except TypeError as ex:
    print("TypeError:", ex)
try:
    s = "abc"
    s[0:1] = "z"
except TypeError as ex:
    print("TypeError:", ex)
# in-place reversal of chunks via slice assignment
v = list(range(12))
for i in range(0, len(v), 3):
    v[i:i + 3] = v[i:i + 3][::-1]
print(v)

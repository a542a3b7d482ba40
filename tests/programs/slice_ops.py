# Slicing with steps, negative indices, out-of-range bounds; slice objects.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-3], a[-5:-2], a[::2], a[1::3], a[::-1], a[::-2], a[8:2:-1], a[8:2:-3])
print(a[5:2], a[-1:-5], a[100:], a[-100:2], a[2:100], a[:], a[::100], a[::-100], a[-1::-4], a[:-11:-1])
s = "abcdefghij"
print(s[2:5], s[::-1], s[::3], s[-4::-2], s[3:3], s[-2:])
t = tuple(a)
print(t[1:4], t[::-3], t[5:])
r = range(100)
print(r[10:20:3], r[::-25], r[-3:])
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, a[sl], s[sl], slice(3), slice(None, None, -1))
print(a[slice(None, 3)], a[slice(-2, None)], s[slice(None, None, -2)])
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
for start in [None, -12, -3, 0, 4, 12]:
    for stop in [None, -12, -2, 0, 6, 12]:
        for step in [None, -3, -1, 1, 2]:
            x = a[start:stop:step]
            if len(x) > 0 and (start, stop) in [(None, None), (-3, None), (4, 6), (12, -12), (-12, 12)]:
                print(start, stop, step, x)
try:
    print(a[::0])
except ValueError as e:
    print("ValueError:", e)
try:
    print(a[1.5:2])
except TypeError as e:
    print("TypeError:", e)
print(a[True:3], a[False::True + 1])
# slicing copies
b = a[:]
b[0] = 'changed'
print(a[0], b[0])
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(99)
print(nested)
# palindromes via slicing
for w in ["racecar", "level", "python", "a", "", "abba", "abca"]:
    print(repr(w), w == w[::-1])
# chunking a list
data = list(range(1, 12))
print([data[i:i + 4] for i in range(0, len(data), 4)])
print(data[-1:-4:-1], data[len(data) // 2:])

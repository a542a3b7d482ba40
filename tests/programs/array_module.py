# array.array: construction for every numeric typecode, append/extend/insert/pop/remove,
# indexing and slicing, repr, tolist/tobytes/frombytes, arithmetic operators, comparisons,
# iteration and sum, conversions to bytes, byteswap.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A)
for code in 'bBhHiIlLqQfd':
    a = A(code, [1, 2, 3])
    print(code, a, a.typecode, a.itemsize, len(a), a.tolist(), sum(a), a.tobytes().hex())
print(A('i'), A('d'), A('f', [0.1, 1.5, -2.25]), A('d', [0.1, 1.5]), A('b', [-128, 127]), A('Q', [2 ** 64 - 1]))
print(A('u', 'hello'), A('u', 'hi').tounicode(), A('u'), A('h', range(5)), A('i', (x * x for x in range(4))))
a = A('i', [10, 20, 30])
a.append(40)
a.extend([50, 60])
a.extend(A('i', [70]))
a.insert(0, 5)
a.insert(-1, 65)
print(a, len(a), a[0], a[-1], a[2:5], a[::-2], a[100:])
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(40)
print(a, a.index(50), a.index(20, 0, 3), a.count(20), 20 in a, 99 in a)
a[0] = -1
a[-1] = 99
a[1:3] = A('i', [7, 8, 9])
print(a)
del a[0]
del a[::2]
print(a)
a.reverse()
print(a, list(a), [x * 2 for x in a], max(a), min(a), sorted(a))
b = A('d', [1.0, 2.0])
b += A('d', [3.5])
b *= 2
print(b, b + A('d', [9]), b * 2, 2 * A('d', [0.5]), b == A('d', [1.0, 2.0, 3.5, 1.0, 2.0, 3.5]))
print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1, 2]) != A('i', [1, 2]), A('i', [1, 2]) < A('i', [1, 3]), A('b', [5]) >= A('b', [5]), A('i', [1]) == [1])
raw = A('h', [1, -2, 300]).tobytes()
print(raw, A('h', raw), bytes(A('H', [1, 2])), bytearray(A('b', [-1, 1])), b'>' + A('B', [65, 66]))
c = A('I')
c.frombytes(b'\x01\x00\x00\x00\xff\xff\xff\xff')
c.fromlist([7, 8])
print(c, c.tolist())
s = A('H', [1, 256, 65535])
s.byteswap()
print(s)
f = A('f', [3.14159, 1e-3, 123456789.0])
print(f, f[0], f.tolist(), A('f', f.tobytes()) == f)
print(A('d', A('i', [1, 2])), A('q', A('b', [-5])), A('B', b'\x00\x7f\xff'), A('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'))
import struct, hashlib
print(struct.unpack('<3h', A('h', [1, 2, 3])), hashlib.md5(A('i', [1, 2, 3])).hexdigest())
total = A('l')
for i in range(100):
    total.append(i * i)
print(len(total), sum(total), total[50], total[-3:])
import copy
d = copy.copy(total)
d[0] = 12345
print(total[0], d[0], copy.deepcopy(A('i', [4])) == A('i', [4]))
for bad in [lambda: A('b', [128]), lambda: A('B', [-1]), lambda: A('H', [70000]), lambda: A('i', [2 ** 31]),
            lambda: A('I', [-1]), lambda: A('q', [2 ** 63]), lambda: A('i', [1.5]), lambda: A('d', ['x']),
            lambda: A('z'), lambda: A('i', 'abc'), lambda: A('i', b'abc'), lambda: A(5),
            lambda: A('i', [1])[3], lambda: A('i', [1]) + [2], lambda: A('i', [1]) + A('d', [1]),
            lambda: A('i').pop(), lambda: A('i', [1]).remove(2), lambda: A('i', [1]).index(2),
            lambda: A('i', [1]).extend(A('d', [1])), lambda: A('i', [1]).fromlist((1,))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

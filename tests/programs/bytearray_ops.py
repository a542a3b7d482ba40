# bytearray: construction, mutation (append/extend/insert/pop/remove/item and slice
# assignment/deletion, +=, *=), conversion to bytes, iteration while mutating.
ba = bytearray(b'hello')
print(ba, len(ba), type(ba).__name__, repr(ba), str(ba))
print(bytearray(), bytearray(4), bytearray([1, 2, 3]), bytearray('héllo', 'utf-8'), bytearray(b'x' * 3), bytearray(range(65, 70)))
ba.append(33)
print(ba)
ba.extend(b' world')
ba.extend([0x21, 0x21])
ba.extend(bytearray(b'?'))
ba.extend(x for x in range(48, 51))
print(ba, len(ba))
ba.insert(0, 62)
ba.insert(-1, 45)
ba.insert(100, 46)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord('!'))
print(ba)
ba[0] = ord('H')
ba[-1] = 0
print(ba, ba[0], ba[-1])
ba[1:5] = b'ELLO'
print(ba)
ba[0:5] = b'Hi'
print(ba)
ba[2:2] = [32, 116, 104, 101, 114, 101]
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[0]
del ba[-1]
del ba[::3]
print(ba)
del ba[2:5]
print(ba, len(ba))
x = bytearray(b'ab')
y = x
x += b'cd'
x += bytearray(b'ef')
print(x, y, x is y)
x *= 2
print(x, y is x)
print(x + b'!', b'!' + x, type(x + b'!').__name__, type(b'!' + x).__name__, x * 2, 2 * bytearray(b'z'))
c = x.copy()
c.reverse()
print(c, x, c == x, c != x)
c.clear()
print(c, len(c), bool(c))
print(bytes(bytearray(b'frozen')), bytearray(bytes(3)), bytes(x) == x)
f = bytearray(b'abcdef')
out = []
for v in f:
    out.append(v)
    if len(f) < 8:
        f.append(ord('z'))
print(out, f)
buf = bytearray()
for i in range(10):
    buf += bytes([i * 25])
print(buf, list(buf), buf.hex())
data = bytearray(b'the cat sat on the mat')
data[data.find(b'cat'):data.find(b'cat') + 3] = b'dog'
print(data, data.count(b'at'), data.split(b' '), data.upper())
print(bytearray(b'abc') < bytearray(b'abd'), bytearray(b'abc') == b'abc', b'abc' < bytearray(b'b'), sorted([bytearray(b'b'), b'a']))
print(b'b' in bytearray(b'abc'), 98 in bytearray(b'abc'), bytearray(b'bc') in b'abcd')
print(bytearray(b'x').join([b'1', b'2', b'3']), bytearray(b'  a b ').split(), bytearray(b'a=b').partition(b'='))
print(list(reversed(bytearray(b'xyz'))), bytearray(b'12')[0], bytearray(b'12')[-1:], bytearray(b'hello')[::-1])
m = bytearray(5)
for i in range(5):
    m[i] = i * i
print(m, list(m), sum(m))
m[1:4] = b''
print(m)
m[:] = b'replaced'
print(m)
m[len(m):] = b'!'
print(m)
e = bytearray(b'0123456789')
e[::3] = b'ABCD'
print(e)
del e[:]
print(e)
import copy
orig = bytearray(b'abc')
dup = copy.copy(orig)
deep = copy.deepcopy([orig, b'x'])
dup[0] = 65
deep[0][1] = 66
print(orig, dup, deep, copy.copy(b'same') == b'same')


class Evil:
    def __index__(self):
        victim.clear()
        return 3


for op in ['get', 'set', 'del', 'find', 'in']:
    victim = bytearray(b'abcdef')
    try:
        if op == 'get':
            print(victim[Evil()])
        elif op == 'set':
            victim[Evil()] = 1
        elif op == 'del':
            del victim[Evil()]
        elif op == 'find':
            print(victim.find(b'a', Evil()))
        else:
            print(Evil() in victim)
        print(op, victim)
    except IndexError as e:
        print(op, 'IndexError', e)

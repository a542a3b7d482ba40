# bytes: literals, constructors, repr, len, indexing, slicing, iteration, operators, hashing.
b = b'hello'
print(b, type(b).__name__, len(b), str(b), repr(b))
print(b'', b'\x00ab\n', b'\t\r\\', b"it's", b'say "hi"', b'both \' and "', b'\x7f\x80\xff')
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((1, 2, 255)), bytes(range(5)))
print(bytes('héllo', 'utf-8'), bytes('abc', 'ascii'), bytes('é', encoding='latin-1'))
print(bytes(b'copy'), bytes(bytearray(b'ba')), bytes(x for x in [104, 105]), bytes(True))
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], b[-3:], b[:-10])
print(list(b), [c for c in b'ab'], tuple(b'xyz'), sum(b'abc'), max(b'abc'), min(b'zay'))
print(b + b' world', b * 2, 3 * b'ab', b * 0, b * -1, b'' * 5)
print(104 in b, 120 in b, b'ell' in b, b'' in b, b'xyz' in b, bytearray(b'lo') in b)
print(b == b'hello', b != b'hello', b == 'hello', b < b'help', b'a' < b'ab', b'b' > b'abc', b'' < b'\x00')
print(b <= b'hello', b >= b'hellp', sorted([b'pear', b'apple', b'fig', b'']))
print(bool(b''), bool(b'\x00'), not b'', len(b''), len(bytes(100)))
print(hash(b'abc') == hash(b'abc'), hash(b'abc') == hash(bytes([97, 98, 99])), hash(b'') == hash(b''))
d = {b'one': 1, b'two': 2}
d[b'three'] = 3
print(d, d[b'one'], b'two' in d, d.get(bytes([116, 119, 111])), sorted(d))
s = {b'x', b'y', b'x', bytes(b'y')}
print(len(s), b'x' in s, sorted(s))
print(isinstance(b, bytes), isinstance(b, bytearray), type(b) is bytes, bytes, bytearray)
print(b == bytearray(b'hello'), bytearray(b'hello') == b)
print(str(b'a\nb'), f"{b'xy'}", "%s|%r" % (b'q', b'r'), format(b'z'), [b'a', b'b'], (b'c',))
print(ord(b'A'), ord(bytearray(b'B')), chr(b'C'[0]), int(b'42'), int(b'ff', 16), float(b'2.5'))
print(b'\x41\x42', b'\101', b'\N' if False else 'skip', b'a' b'b' b'c')
it = iter(b'ab')
print(type(it).__name__, next(it), next(it), next(it, 'done'))
print(list(reversed(b'abc')), list(enumerate(b'hi')), list(zip(b'ab', b'cd')))
x = b'abc'
y = x
x += b'def'
print(x, y, x is y)
match b'GET /':
    case b'POST /':
        print('post')
    case bytes() as req if req.startswith(b'GET'):
        print('get', req)
match [b'a', 1]:
    case [bytes(v), int(n)]:
        print('seq', v, n)
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff', 'big', signed=True))
print(int.from_bytes(b''), int.from_bytes(bytearray(b'\x12\x34')), int.from_bytes([1, 2, 3], byteorder='little'))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-2).to_bytes(2, 'big', signed=True), (0).to_bytes(3, 'big'))
print((255).to_bytes(), (2**64).to_bytes(9, 'big'), (-(2**63)).to_bytes(8, 'little', signed=True))
n = 123456789012345678901234567890
print(int.from_bytes(n.to_bytes(16, 'big'), 'big') == n, n.to_bytes(13, 'little').hex())
for v in [0, 1, 127, 128, 255, 256, -1, -128, -129, 32767, -32768]:
    print(v, v.to_bytes(2, 'big', signed=True), int.from_bytes(v.to_bytes(2, 'little', signed=True), 'little', signed=True))

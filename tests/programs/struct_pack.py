# struct: pack/unpack/calcsize over every format code, byte orders, native alignment, repeat
# counts, pack_into/unpack_from/iter_unpack, Struct objects, and round trips.
import struct

print(struct.calcsize('i'), struct.calcsize('<i'), struct.calcsize('@bhiq'), struct.calcsize('=bhiq'), struct.calcsize('>bhiq'))
print(struct.calcsize('l'), struct.calcsize('<l'), struct.calcsize('P'), struct.calcsize('n'), struct.calcsize('5s'), struct.calcsize('3x'), struct.calcsize('e'))
print(struct.calcsize('ci'), struct.calcsize('ic'), struct.calcsize('cd'), struct.calcsize('c0d'), struct.calcsize('4h2i'), struct.calcsize(b'<Qd'))
for fmt, vals in [('<b', (-128,)), ('<B', (255,)), ('<h', (-2,)), ('>H', (513,)), ('<i', (-1,)), ('>I', (0xdeadbeef,)),
                  ('<l', (7,)), ('>L', (4294967295,)), ('<q', (-2 ** 63,)), ('>Q', (2 ** 64 - 1,)), ('@n', (-5,)), ('@N', (5,)),
                  ('<e', (1.5,)), ('>f', (0.1,)), ('<d', (3.141592653589793,)), ('?', (True,)), ('?', (0,)), ('c', (b'z',)),
                  ('5s', (b'hi',)), ('2s', (b'hello',)), ('5p', (b'hi',)), ('<3h', (1, 2, 3)), ('!hxi', (1, 2)), ('@bq', (1, 2)),
                  ('<2sh', (b'ab', -7)), ('>?3x?', (1, 0)), ('=iI', (-3, 3)), ('', ())]:
    packed = struct.pack(fmt, *vals)
    print(repr(fmt), vals, packed, packed.hex(), struct.unpack(fmt, packed), len(packed) == struct.calcsize(fmt))
print(struct.pack('<i', True), struct.pack('<H', False), struct.pack('<d', 5), struct.pack('<f', 2), struct.pack('>e', -0.0))
for x in [0.0, 1.0, -2.5, 65504.0, 6.1e-05, 5.96e-08, 1e-9, 0.333, 1/3, 2.0 ** -24, float('inf')]:
    print(x, struct.pack('<e', x), struct.unpack('<e', struct.pack('<e', x))[0], struct.unpack('<f', struct.pack('<f', x))[0])
print(struct.unpack('<f', b'\x00\x00\xc0\x7f'), struct.unpack('>d', b'\x7f\xf0' + bytes(6)), struct.unpack('<e', b'\x00\xfc'))
print(struct.unpack('<4B', b'\x01\x02\x03\x04'), struct.unpack('>I', b'\x01\x02\x03\x04'), struct.unpack('<I', b'\x01\x02\x03\x04'))
print(struct.unpack('<hH', b'\xff\xff\xff\xff'), struct.unpack('<qQ', b'\xff' * 16), struct.unpack('!i', bytearray(b'\x80\x00\x00\x00')))
header = struct.pack('<4sHHI', b'RIFF', 1, 2, 1000)
print(header, struct.unpack('<4sHHI', header))
magic, version, count, size = struct.unpack('<4sHHI', header)
print(magic.decode(), version, count, size)
buf = bytearray(12)
struct.pack_into('<hhi', buf, 0, 1, -1, 100000)
struct.pack_into('<i', buf, 8, 42)
print(buf, struct.unpack_from('<hhi', buf), struct.unpack_from('<i', buf, 8), struct.unpack_from('<i', buf, offset=4))
struct.pack_into('>h', buf, -2, 0x1234)
print(buf.hex(), struct.unpack_from('<h', buf, -4))
it = struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')
print(list(it), list(struct.iter_unpack('>H', bytes(range(8)))))
s = struct.Struct('<ih')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), s.unpack_from(b'xx\x05\x00\x00\x00\x06\x00', 2))
s2 = struct.Struct(b'>Q')
print(s2.format, s2.size, s2.pack(2 ** 40), list(s2.iter_unpack(bytes(16))))
b2 = bytearray(8)
s2.pack_into(b2, 0, 99)
print(b2)
records = [(1, b'alice', 3.5), (2, b'bob', -1.25), (300, b'carol', 1e10)]
rec = struct.Struct('<H8sd')
blob = b''.join(rec.pack(*r) for r in records)
print(len(blob), blob[:18].hex())
for i in range(len(records)):
    n, name, score = rec.unpack_from(blob, i * rec.size)
    print(n, name.rstrip(b'\x00'), score)
print(struct.pack('3c', b'a', b'b', b'c'), struct.unpack('3c', b'xyz'), struct.unpack('0s', b''), struct.unpack('p', b'\x05'))
print(struct.pack('<?', [1]), struct.pack('<?', ''), struct.unpack('2?', b'\x00\xff'))
total = 0
for v in range(-300, 300, 7):
    total += struct.unpack('<h', struct.pack('<h', v))[0] + struct.unpack('>i', struct.pack('>i', v * 1000))[0]
print(total)
print(struct.error, issubclass(struct.error, Exception))
try:
    struct.pack('<B', 300)
except struct.error as e:
    print('struct.error:', e)

# io.BytesIO: write/read/getvalue, seek/tell with all whences, readline(s) and iteration,
# overwriting and writing past the end, truncate, context manager, closed-file errors, and a
# small binary record format built with struct.
import io
import struct

f = io.BytesIO()
print(f.write(b'hello '), f.write(bytearray(b'world')), f.write(b''), f.tell(), f.getvalue())
print(f.seek(0), f.read(5), f.read(1), f.read(), f.read(), f.tell())
f.seek(6)
f.write(b'WORLD!!')
print(f.getvalue(), f.tell(), len(f.getvalue()))
f.seek(20)
f.write(b'end')
print(f.getvalue(), f.tell())
print(f.seek(-3, 2), f.read(), f.seek(-100, 1), f.seek(4, 1), f.read(2), f.seek(0, 2))
g = io.BytesIO(b'line one\nline two\r\nline three\n\nlast')
print(g.readline(), g.readline(4), g.readline(), g.readline(None), g.tell())
print(g.readlines(), g.readline(), g.read(3))
g.seek(0)
print(list(g), g.tell())
g.seek(0)
print(g.readlines(10))
h = io.BytesIO(b'0123456789')
print(h.read(4), h.truncate(), h.getvalue(), h.tell(), h.truncate(2), h.getvalue(), h.tell(), h.read())
h.write(b'xy')
print(h.getvalue())
print(h.readable(), h.writable(), h.seekable(), h.isatty(), h.closed, h.flush())
buf = bytearray(4)
r = io.BytesIO(b'abcdef')
print(r.readinto(buf), buf, r.readinto(buf), buf, r.read1(10), r.read1())
with io.BytesIO(b'ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
for op in [lambda: c.read(), lambda: c.getvalue(), lambda: c.write(b'x'), lambda: c.seek(0), lambda: c.tell()]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
for bad in [lambda: io.BytesIO('text'), lambda: io.BytesIO(5), lambda: io.BytesIO().write('s'),
            lambda: io.BytesIO().seek(-1), lambda: io.BytesIO().seek(0, 5), lambda: io.BytesIO().seek(1.5),
            lambda: io.BytesIO().truncate(-2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
out = io.BytesIO()
records = [(1, 'alpha', 2.5), (2, 'beta', -1.0), (3, 'gamma', 1e3)]
for rid, name, value in records:
    raw = name.encode()
    out.write(struct.pack('<HB', rid, len(raw)))
    out.write(raw)
    out.write(struct.pack('<d', value))
blob = out.getvalue()
print(len(blob), blob.hex())
inp = io.BytesIO(blob)
while True:
    head = inp.read(3)
    if not head:
        break
    rid, n = struct.unpack('<HB', head)
    name = inp.read(n).decode()
    (value,) = struct.unpack('<d', inp.read(8))
    print(rid, name, value, inp.tell())
s = io.StringIO()
s.write('still works')
print(s.getvalue(), isinstance(out, io.BufferedIOBase), isinstance(out, io.IOBase), type(out).__name__)
import sys
sys.stdout.flush()
n = sys.stdout.buffer.write(b'raw \xc3\xa9 bytes via sys.stdout.buffer\n')
sys.stdout.buffer.write(bytearray(b'and a bytearray\n'))
sys.stdout.buffer.flush()
print(n)
try:
    sys.stdout.buffer.write('str')
except TypeError as e:
    print('TypeError', e)

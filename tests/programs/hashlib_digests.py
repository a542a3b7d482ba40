# hashlib: md5/sha1/sha2 digests of known vectors, incremental update, copy, hashlib.new,
# the object attributes, and digests of larger generated data.
import hashlib

vectors = [b'', b'abc', b'The quick brown fox jumps over the lazy dog',
           b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', bytes(range(256)), b'a' * 1000]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    ctor = getattr(hashlib, name)
    for v in vectors:
        print(name, len(v), ctor(v).hexdigest())
h = hashlib.sha256()
for chunk in [b'The quick ', b'brown fox ', b'jumps over ', b'the lazy dog']:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b'The quick brown fox jumps over the lazy dog').hexdigest(), h.hexdigest())
d = h.digest()
print(type(d).__name__, len(d), d[:4], d.hex() == h.hexdigest())
c = h.copy()
c.update(b'!')
print(h.hexdigest()[:16], c.hexdigest()[:16], h.hexdigest() == c.hexdigest())
print(h.hexdigest() == h.hexdigest(), h.digest() == h.digest())
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'SHA256', 'Md5']:
    x = hashlib.new(name, b'stitch')
    print(name, x.name, x.digest_size, x.block_size, x.hexdigest())
print(hashlib.new('sha1', data=b'kw').hexdigest(), hashlib.new(name='md5').hexdigest(), hashlib.md5(string=b'legacy').hexdigest())
print(hashlib.md5(b'x', usedforsecurity=False).hexdigest(), hashlib.sha256(bytearray(b'mutable')).hexdigest())
print(type(hashlib.md5()).__name__, sorted(a for a in hashlib.algorithms_available if a in ('md5', 'sha1', 'sha256')))
print('md5' in hashlib.algorithms_guaranteed, 'sha512' in hashlib.algorithms_guaranteed)
data = bytearray()
for i in range(5000):
    data += (i * 7919 % 65536).to_bytes(2, 'little')
print(len(data), hashlib.sha256(data).hexdigest(), hashlib.md5(bytes(data)).hexdigest())
h = hashlib.sha1()
for i in range(0, len(data), 333):
    h.update(data[i:i + 333])
print(h.hexdigest() == hashlib.sha1(data).hexdigest())
text = 'héllo wörld ✓'
print(hashlib.sha256(text.encode()).hexdigest(), hashlib.md5(text.encode('utf-8')).digest().hex())
seen = {}
for word in ['apple', 'banana', 'apple', 'cherry']:
    key = hashlib.md5(word.encode()).hexdigest()[:8]
    seen[key] = seen.get(key, 0) + 1
print(sorted(seen.items()))
for bad in ['text', 5, None]:
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError', e)

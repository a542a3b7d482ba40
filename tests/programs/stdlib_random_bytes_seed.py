# random.seed with bytes and bytearray (version 2 hashes them with SHA-512, version 1 reads
# bytes as Latin-1 text), next to the equivalent str seeds.
import random
for seed in ['abc', '', 'héllo wörld', b'abc', b'', bytearray(b'xyz'), b'\xff\x00', b'h\xc3\xa9llo w\xc3\xb6rld']:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 1000), random.choice(b'abcdef'))
for seed in ['abc', b'abc', b'\xe9t\xe9', 'été']:
    random.seed(seed, version=1)
    print(repr(seed), random.random())
try:
    random.seed(bytearray(b'a'), version=1)
except TypeError as e:
    print('TypeError', e)
random.seed(b'shuffle')
items = list(b'stitch')
random.shuffle(items)
print(bytes(items), random.sample(b'abcdefgh', 3))

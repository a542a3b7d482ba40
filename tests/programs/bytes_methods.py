# Methods of bytes (and the same methods on bytearray): search, split/join, strip, case,
# predicates, padding, hex/fromhex, encode/decode.
s = b'The quick brown fox jumps over the lazy dog'
print(s.upper(), s.lower(), s.title(), s.swapcase(), s.capitalize())
print(s.find(b'o'), s.find(b'o', 13), s.find(b'o', 13, 15), s.find(b'cat'), s.find(b''), s.find(b'', 100), s.find(111))
print(s.rfind(b'o'), s.rfind(b'o', 0, 20), s.rfind(b'cat'), s.rfind(b''), s.rfind(ord('T')))
print(s.index(b'quick'), s.rindex(b'the'), s.count(b'o'), s.count(b''), b'aaaa'.count(b'aa'), s.count(ord('o'), 20))
for name in ['index', 'rindex']:
    try:
        getattr(s, name)(b'cat')
    except ValueError as e:
        print(name, 'ValueError:', e)
print(s.replace(b'o', b'0'), s.replace(b'the', b'a'), s.replace(b'o', b'', 2), b'abc'.replace(b'', b'-'), b'aaa'.replace(b'a', b'bb', 2))
print(s.startswith(b'The'), s.startswith(b'the'), s.startswith((b'a', b'T')), s.startswith(b'quick', 4), s.endswith(b'dog'), s.endswith((b'cat', b'dog')), s.endswith(b'lazy', 0, -4))
print(s.split(), s.split(b' ', 2), s.rsplit(None, 2), s.rsplit(b' ', 1), b'a,b,,c'.split(b','), b'  a  b  '.split(), b''.split(), b''.split(b','))
print(b'a\tb\nc\x0bd\x0ce\rf'.split(), b'  lead'.rsplit(maxsplit=0), b'x--y--z'.split(b'--'), b'x--y--z'.rsplit(b'--', maxsplit=1))
print(b', '.join([b'a', b'b', b'c']), b''.join([]), b'-'.join((b'x', bytearray(b'y'))), b'/'.join(x for x in [b'p', b'q']))
print(b'  pad  '.strip(), b'  pad  '.lstrip(), b'  pad  '.rstrip(), b'xxhixx'.strip(b'x'), b'abcHIcba'.strip(b'abc'), b'\t\n hi \r\n\x0b\x0c'.strip())
print(b'key=value=x'.partition(b'='), b'key=value=x'.rpartition(b'='), b'none'.partition(b'='), b'none'.rpartition(b'='))
print(b'abc'.center(9), b'abc'.center(10, b'*'), b'abc'.center(2), b'abc'.ljust(6), b'abc'.rjust(6, b'.'), b'abcdef'.ljust(3))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+42'.zfill(5), b'abc'.zfill(6), b''.zfill(2))
print(b'line1\nline2\r\nline3\rline4'.splitlines(), b'a\nb\n'.splitlines(True), b''.splitlines(), b'\n'.splitlines(keepends=True))
print(b'a\tbc\td'.expandtabs(), b'a\tbc\td'.expandtabs(4), b'\t'.expandtabs(0))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'x'.removeprefix(b'y'))
print(b'read this'.translate(None, b'aeiou'), b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), len(bytes.maketrans(b'', b'')))
for t in [b'', b'abc', b'ABC', b'Abc', b'123', b'a1', b' \t', b'Hello World', b'hello world', b'\x80']:
    print(t, t.isalpha(), t.isalnum(), t.isdigit(), t.islower(), t.isupper(), t.isspace(), t.istitle(), t.isascii())
print(b'\x00\x01\xfe\xff'.hex(), b''.hex(), b'abcdef'.hex(':'), b'abcdef'.hex('-', 2), b'abcdef'.hex(' ', -4), b'abcde'.hex(b'.', 2))
print(bytes.fromhex('deadbeef'), bytes.fromhex('de ad  be ef'), bytes.fromhex(''), bytearray.fromhex('00ff'), b'x'.fromhex('41'))
print('héllo wörld'.encode(), 'abc'.encode('ascii'), 'é€'.encode('utf-8'), 'café'.encode('latin-1'), 'x'.encode(encoding='UTF-8'))
print('naïve €'.encode('ascii', 'ignore'), 'naïve €'.encode('ascii', 'replace'), 'naïve €'.encode('ascii', 'backslashreplace'), 'naïve €'.encode('latin-1', 'xmlcharrefreplace'))
print(b'h\xc3\xa9llo'.decode(), b'abc'.decode('ascii'), b'caf\xe9'.decode('latin-1'), b'\xe2\x82\xac'.decode('utf8'), bytearray(b'ok').decode())
print(b'a\xffb\xc3'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode('ascii', 'backslashreplace'), b'\xe9t\xe9'.decode('ascii', errors='replace'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(bytearray(b'xyz'), 'latin-1'))
text = 'Grüße, 世界! 🎉'
enc = text.encode('utf-8')
print(len(text), len(enc), enc, enc.decode('utf-8') == text)
for bad in [b'\xff', b'ok\xc3', b'\xe2\x82', b'\xe2(\xa1', b'\xf0\x9f\x98', b'\xed\xa0\x80', b'\xc0\xaf']:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError:', e, '|', e.start, e.end, e.reason, e.encoding)
try:
    'abc€déf'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e, '|', e.start, e.end, e.reason, e.object)
try:
    'ab€€'.encode('latin-1')
except UnicodeError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
ba = bytearray(b'Mixed Case')
print(ba.upper(), ba.lower(), ba.split(), ba.replace(b'e', b'E'), ba.strip(b'Me'), ba.find(b'C'), ba.hex(), ba.partition(b' '))
print(ba.startswith(b'Mix'), ba.count(b'e'), ba.decode(), ba.center(14, b'.'), bytearray(b' x ').strip(), ba.zfill(12), ba.splitlines())
print(type(ba.upper()).__name__, type(ba.split()[0]).__name__, type(b'a'.upper()).__name__, type(bytearray(b',').join([b'a'])).__name__)

#!/usr/bin/env python3
"""Generate cases.rs: expected outputs of CPython 3.11 for the format module's tests.

Run with CPython 3.11 from this folder:  python3 gen_cases.py > cases.rs
Every table is made from a fixed seed, so rerunning gives the same file.
Values that Rust needs exactly are written as float bit patterns and ints in hex (CPython 3.11
refuses to print ints of more than 4300 decimal digits).
"""

import math
import random
import struct
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "expected outputs must come from CPython 3.11"
random.seed(20240611)


def rs(s):
    """A Rust string literal for s."""
    out = ['"']
    for ch in s:
        c = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif 32 <= c < 127:
            out.append(ch)
        else:
            out.append('\\u{%x}' % c)
    out.append('"')
    return ''.join(out)


def bits(x):
    return '0x%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def outcome(f):
    """Ok("text") or Err(("Kind", "message")) as Rust source."""
    try:
        return 'Ok(%s)' % rs(f())
    except (ValueError, TypeError, OverflowError, KeyError, IndexError, AttributeError) as e:
        return 'Err((%s, %s))' % (rs(type(e).__name__), rs(str(e)))


def rand_float():
    c = random.random()
    if c < 0.3:
        return from_bits(random.getrandbits(64))
    if c < 0.45:
        return round(random.uniform(-1e6, 1e6), random.randint(0, 6))
    if c < 0.55:
        return random.randint(-100000, 100000) / random.choice([2, 4, 8, 16, 1024])
    if c < 0.65:
        return 10.0 ** random.randint(-30, 30) * random.choice([1, -1, 1.5, 9.999, 0.5, 9.5, 0.95])
    if c < 0.75:
        return random.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 1e16, 1e-5, 5e-324,
                              1.7976931348623157e308, 2.675, 0.125, 0.5, 1.5, 2.5, 1e22, 0.1,
                              123456789.0, 1e15, 9999999999999998.0, 2.2250738585072014e-308,
                              -1e-7, 100.0, 0.0001, 0.00001, 999999.5, 0.05, 0.15, 0.25])
    return random.random() * 10.0 ** random.randint(-10, 25) * random.choice([1, -1])


def rand_spec(kinds, fills='*x0 é'):
    r = random.random
    parts = []
    if r() < 0.3:
        if r() < 0.5:
            parts.append(random.choice(fills))
        parts.append(random.choice('<>=^'))
    if r() < 0.3:
        parts.append(random.choice('+- '))
    if r() < 0.08:
        parts.append('z')
    if r() < 0.2:
        parts.append('#')
    if r() < 0.2:
        parts.append('0')
    if r() < 0.5:
        parts.append(str(random.randint(0, 30)))
    if r() < 0.2:
        parts.append(random.choice([',', '_']))
    if r() < 0.5:
        parts.append('.' + str(random.choice([0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 20, 25, 40])))
    if r() < 0.85:
        parts.append(random.choice(kinds))
    return ''.join(parts)


FLOAT_KINDS = list('eEfFgGn%') + [''] * 3 + ['d', 's']
INT_KINDS = list('bcdoxXn') + list('eEfFgG%') + [''] * 3 + ['s']
STR_KINDS = ['s', '', '', 'd']

HAND_FLOAT_SPECS = [
    '', '.3', '.0', '.17', '#', '#.3', '.2f', '.0f', '.60f', '.1000f', 'e', '.0e', '#.0e', 'g',
    '#g', '.1g', '%', '.1%', ',', '_', ',.2f', '012,.2f', '0=12,.2f', '+', ' ', '-', 'z', 'z.1f',
    'z.0f', '=+10', '^15', '*<12.3e', 'n', ',n', 'abc', '.', '.99999999999999999999',
    '99999999999999999999', 'd', 'x', ',,', '__', '_,', ',_', '\x01', 'é', '=', '0', '010',
    '<010', 'x=10', '.2147483648f', '.2147483647', 'F', 'E', 'G', '#G', '.3n', 'z%', '+.0%',
    '>20.10%', '#.0%', '.5g', '#.5g', '.16g', '.17g', '.20e', '0>10', '0<10', '0^10', '\t>5',
]
HAND_INT_SPECS = [
    '', 'd', 'x', 'X', '#x', '#X', '#o', '#b', 'b', 'o', 'c', '5c', '<5c', '05c', '+c', '#c',
    ',', '_', '_x', '_b', '#_x', '#012_x', '012,', '0=12,', ',x', ',b', ',c', ',n', 'n', 'n,',
    '.2', '.2d', 'z', 'zd', 'z.1f', 'e', '.3e', 'f', '.2f', 'g', '%', '.1%', 's', ',,', '__',
    '=^10', 'x<10', '+', ' ', '-', '+08', ' 08', '-08', '08', '0', '=8', '^9', '>9', '<9',
    '=+8', 'é^9', ',.2f', '_.3e', '#010b', '#+010x', '99999999999999999999', 'abc',
    '1,', '08_', '09_x', '010_', '\x01',
]
HAND_STR_SPECS = [
    '', 's', '5', '<5', '>5', '^5', '^6', '.2', '5.2', '05', '0<5', '=5', '+', '-', ' ', '#',
    'z', ',', '_', ',s', 'd', '.0', 'x^7', 'é>4', '.', 'abc', '+5', '#5', '=', '0=5',
    '\x01', '10.3s', '^', '>', '<<', '<<5', '^^5',
]


def float_repr_cases():
    values = [from_bits(random.getrandbits(64)) for _ in range(2500)]
    values += [float('%.*g' % (random.randint(1, 17), random.random() * 10.0 ** random.randint(-30, 30)))
               for _ in range(1000)]
    # Dyadic values with short exact expansions: where shortest digits can tie.
    values += [(random.getrandbits(52) | 1 << 52) * 2.0 ** -random.randint(1, 12) for _ in range(700)]
    values += [float(random.randint(10 ** 16, 10 ** 18)) for _ in range(300)]
    values += [0.0, -0.0, math.inf, -math.inf, math.nan, 1e16, 1e15, 9999999999999998.0,
               1e-4, 1e-5, 0.0001, 0.00011, 5e-324, 2.2250738585072014e-308,
               1.7976931348623157e308, 0.1, 0.3, 2.0 ** 53, 2.0 ** 63, 123.0, 1e22, 1e23]
    rows = ['    (%s, %s),' % (bits(v), rs(repr(v))) for v in values]
    return 'pub const FLOAT_REPR: &[(u64, &str)] = &[\n%s\n];\n' % '\n'.join(rows)


def format_float_cases():
    rows = []
    for spec in HAND_FLOAT_SPECS:
        for v in [1.0, -1.0, 1234567.891, 0.0, -0.0, 1e16, 1e-7, 2.675, 0.125, math.inf, -math.nan, 1e300]:
            rows.append((v, spec))
    for _ in range(2500):
        rows.append((rand_float(), rand_spec(FLOAT_KINDS)))
    # Exact ties at the rounding position: half-to-even on the exact binary value.
    for _ in range(400):
        x = random.randint(-10 ** 6, 10 ** 6) / 2 ** random.randint(1, 12)
        fraction = repr(x).split('.')[1] if '.' in repr(x) and 'e' not in repr(x) else ''
        p = max(len(fraction) - 1, 0)
        digits = len(repr(abs(x)).replace('.', '').lstrip('0'))
        rows.append((x, random.choice(['.%df' % p, '.%de' % max(digits - 2, 0), '.%dg' % max(digits - 1, 1),
                                       '.%d' % max(digits - 1, 1), '.%d%%' % max(p - 2, 0)])))
    out = ['    (%s, %s, %s),' % (bits(v), rs(s), outcome(lambda: format(v, s))) for v, s in rows]
    return ('pub const FORMAT_FLOAT: &[(u64, &str, Result<&str, (&str, &str)>)] = &[\n%s\n];\n'
            % '\n'.join(out))


def rand_int():
    c = random.random()
    if c < 0.4:
        return random.randint(-1000, 1000)
    if c < 0.7:
        return random.randint(-10 ** 12, 10 ** 12)
    if c < 0.8:
        return random.choice([0, 1, -1, 65, 0x10ffff, 0x110000, 2 ** 63, -2 ** 63, 10 ** 30, 255])
    if c < 0.9:
        return random.randint(-2 ** 200, 2 ** 200)
    return random.choice([10 ** 400, -(10 ** 308), 2 ** 1024, 2 ** 1024 - 2 ** 970,
                          2 ** 1024 - 2 ** 971, 2 ** 53 + 1, 2 ** 54 + 2, 2 ** 54 + 6])


def format_int_cases():
    rows = []
    for spec in HAND_INT_SPECS:
        for v in [0, 1, -1, 65, 1234567, -1234567, 255, 10 ** 20, 0x110000]:
            rows.append((v, spec))
    for _ in range(1200):
        rows.append((rand_int(), rand_spec(INT_KINDS)))
    rows += [(10 ** 4300, 'd'), (10 ** 4300, 'x'), (10 ** 4299, ','), (-(10 ** 4300), '')]
    out = []
    for v, s in rows:
        res = outcome(lambda: format(v, s))
        if len(res) > 6000:
            continue
        out.append('    (%s, %s, %s),' % (rs(hex(v)), rs(s), res))
    return ('pub const FORMAT_INT: &[(&str, &str, Result<&str, (&str, &str)>)] = &[\n%s\n];\n'
            % '\n'.join(out))


def format_bool_cases():
    rows = []
    for spec in ['', 'd', 's', 'x', '5', 'f', '^5']:
        for v in [True, False]:
            rows.append('    (%s, %s, %s),' % ('true' if v else 'false', rs(spec), outcome(lambda: format(v, spec))))
    return ('pub const FORMAT_BOOL: &[(bool, &str, Result<&str, (&str, &str)>)] = &[\n%s\n];\n'
            % '\n'.join(rows))


def format_str_cases():
    rows = []
    for spec in HAND_STR_SPECS:
        for v in ['', 'a', 'abc', 'thrée', 'hello world']:
            rows.append((v, spec))
    for _ in range(300):
        v = ''.join(random.choice('abcé ') for _ in range(random.randint(0, 8)))
        rows.append((v, rand_spec(STR_KINDS)))
    out = ['    (%s, %s, %s),' % (rs(v), rs(s), outcome(lambda: format(v, s))) for v, s in rows]
    return ('pub const FORMAT_STR: &[(&str, &str, Result<&str, (&str, &str)>)] = &[\n%s\n];\n'
            % '\n'.join(out))


def format_complex_cases():
    rows = []
    for spec in ['', '10', '<20', '^20', '.2', '.2f', 'e', 'g', '+', ' ', '-', '0', '010', '=10',
                 'x^20', '%', 'd', ',.2f', '_', 'n', 'z.1f', '#', '#.0f', '.0', 'F', 'E', '+.3g']:
        for re, im in [(0.0, 1.0), (1.0, 2.0), (-0.0, -1.0), (0.0, -0.0), (1e16, 1e-7), (math.nan, math.inf),
                       (1234567.5, -0.001), (-1.5, 0.0)]:
            rows.append((re, im, spec))
    for _ in range(300):
        rows.append((rand_float(), rand_float(), rand_spec(list('eEfFgGn') + ['', '', '%'], fills='*x é')))
    out = ['    (%s, %s, %s, %s),' % (bits(re), bits(im), rs(s), outcome(lambda: format(complex(re, im), s)))
           for re, im, s in rows]
    return ('pub const FORMAT_COMPLEX: &[(u64, u64, &str, Result<&str, (&str, &str)>)] = &[\n%s\n];\n'
            % '\n'.join(out))


# Arguments for % and str.format, written both as Python values and as Rust test values.
class PyList(list):
    pass


def rust_value(v):
    if isinstance(v, bool):
        return 'V::Bool(%s)' % ('true' if v else 'false')
    if isinstance(v, int):
        return 'V::int(%s)' % rs(hex(v))
    if isinstance(v, float):
        return 'V::Float(f64::from_bits(%s))' % bits(v)
    if isinstance(v, str):
        return 'V::Str(%s.into())' % rs(v)
    if v is None:
        return 'V::None'
    if isinstance(v, tuple):
        return 'V::Tuple(vec![%s])' % ', '.join(rust_value(x) for x in v)
    if isinstance(v, list):
        return 'V::List(vec![%s])' % ', '.join(rust_value(x) for x in v)
    if isinstance(v, dict):
        return 'V::Dict(vec![%s])' % ', '.join('(%s.into(), %s)' % (rs(k), rust_value(x)) for k, x in v.items())
    raise TypeError(v)


PERCENT_HAND = [
    ('abc%', ()), ('%5%', ()), ('%5%', (1,)), ('%%', ()), ('%-5%|', ()), ('%y', (1,)), ('ab%y', ()),
    ('%\x01', (1,)), ('%é', (1,)), ('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}), ('%(a)s', 5),
    ('%(a', {'a': 1}), ('%(a)', {'a': 1}), ('%(a(b))s', {'a(b)': 2}), ('%s', {'a': 1}),
    ('%s %s', {'a': 1}), ('%s', ()), ('%s', (1, 2)), ('%d', 'a'), ('%x', 1.5), ('%d', 3.7),
    ('%d', math.inf), ('%d', math.nan), ('%f', 'a'), ('%c', 'ab'), ('%c', 1.5), ('%c', -1), ('%c', 10 ** 30),
    ('%c', 'é'), ('%5c', 65), ('%-3c|', 'z'), ('%*d', (5, 3)), ('%*d', ('a', 3)), ('%-*d|', (-5, 3)),
    ('%*d|', (-5, 3)), ('%.*f', (-2, 3.14159)), ('%5', (1,)), ('%.', (1,)), ('%-', (1,)),
    ('%ld', 5), ('%hs', 'a'), ('%Ld', 5), ('%l', 5), ('%lld', 5), ('%#x', 255), ('%#X', 255), ('%#o', 8),
    ('%#010x', 255), ('%-#10x|', 255), ('%+#10x|', 255), ('%#x', -255), ('%#010x', -255),
    ('%# 10o|', 8), ('% d', 5), ('%+d', -5), ('%05d', -5), ('%-05d|', -5), ('%.3d', -5),
    ('%8.3d', -5), ('%08.3d', -5), ('%+.3x', 255), ('%#.5x', 255), ('%#.5x', -255), ('%e', 1.5),
    ('%E', 1e100), ('%G', 1e-10), ('%g', 0.0001), ('%#g', 1.0), ('%#.0f', 1.0), ('%#.0e', 1.0),
    ('%010.3f', -3.14159), ('%-10.3f|', 3.1), ('%+.2e', 0.0), ('% f', math.inf), ('%05f', -math.inf),
    ('%f', math.nan), ('%F', math.nan), ('%010F', math.inf), ('%.2s', 'abc'), ('%5.2s|', 'abc'),
    ('%-5s|', 'ab'), ('%05s', 'ab'), ('%r', 'a'), ('%a', 'é'), ('%5r', 'é'), ('%.1r', 'é'),
    ('%s', True), ('%d', True), ('%x', True), ('%i', 5), ('%u', -5), ('%.0f', 0.5), ('%.0f', 1.5),
    ('%.60f', 0.1), ('%s %s', (1,)), ('%d', '5'), ('%d', None), ('%x', None), ('%f', None),
    ('%e', 10 ** 400), ('%d', 10 ** 20), ('%s', (1,)), ('%s', ((1, 2),)), ('%c', True),
    ('%c', 0x110000), ('%d %d', (1, 2, 3)), ('%(a)s', {'a': 1, 'b': 2}), ('%(a)s %%', {'a': 1}),
    ('%*.*f', (8, 2, 3.14159)), ('%.*s', (2, 'abcd')), ('%*s', (1.5, 'a')), ('%*s', (True, 'a')),
    ('%*s', (10 ** 30, 'a')), ('%.*s', (10 ** 12, 'a')), ('%99999999999999999999d', 1),
    ('%.99999999999999999999d', 1), ('%.2147483647d', 1), ('%(a)*d', {'a': 5}),
    ('%(a)s %(b)s', {'a': 1}), ('%s%', (1,)), ('%(a)s', []), ('%s', []), ('%s %s', [1, 2]),
    ('x', {'a': 1}), ('x', ()), ('x', 5), ('x', []), ('x', 'abc'), ('%s', 'abc'), ('x', ''), ('%s', ''),
    ('%s', None), ('%r', None), ('%s', 1.5), ('%r', 1e16), ('%s', -0.0), ('%d', -0.0), ('%d', 1e20),
    ('%x', 10 ** 30), ('%o', -8), ('%X', 3000), ('%#o', 0), ('%+s', 'a'), ('% s', 'a'), ('%+5s|', 'a'),
    ('%c', 'abc'), ('%c', ''), ('%+c', 65), ('%05c', 65), ('%.0s', 'abc'), ('%(a)d%%%(b)x', {'a': 1, 'b': 255}),
    ('%(a)s', {'a': (1, 2)}), ('%s', ((),)), ('%s', [()]), ('%d', 10 ** 5000), ('%x', 10 ** 5000 // 10 ** 4990),
    ('%.3e', 10 ** 300), ('%g', 10 ** 16), ('%f', True), ('%a', 'a\u20ac\U0001f600'), ('%-+8.2f|', 2.5),
    ('% 08.2f', 2.5), ('%+08d', 0), ('%0-8d|', 7), ('%*c', (3, 'q')), ('%*', (3,)), ('%.*', (3,)),
]


def rand_percent():
    conv = random.choice('sdiuoxXeEfFgGcra%')
    flags = ''.join(random.choice('-+ #0') for _ in range(random.choice([0, 0, 1, 2])))
    width = random.choice(['', '', str(random.randint(0, 15)), '*'])
    prec = random.choice(['', '', '.' + str(random.randint(0, 8)), '.*'])
    fmt = 'x%' + flags + width + prec + conv + '|'
    args = []
    if width == '*':
        args.append(random.randint(-12, 12))
    if prec == '.*':
        args.append(random.randint(-2, 10))
    if conv != '%':
        if conv in 'sra':
            args.append(random.choice([random.randint(-999, 999), rand_float(), 'abc', 'é', '', True, None, (1, 'a')]))
        elif conv == 'c':
            args.append(random.choice([65, 'x', 0x263a, 'é']))
        elif conv in 'oxX':
            args.append(random.choice([random.randint(-10 ** 6, 10 ** 6), random.randint(-2 ** 70, 2 ** 70), True]))
        else:
            args.append(random.choice([random.randint(-10 ** 6, 10 ** 6), rand_float(), True]))
    return fmt, tuple(args)


def percent_cases():
    rows = PERCENT_HAND + [rand_percent() for _ in range(600)]
    out = []
    for fmt, args in rows:
        if isinstance(args, (float,)) and math.isnan(args):
            pass
        res = outcome(lambda: fmt % args)
        out.append('        (%s, %s, %s),' % (rs(fmt), rust_value(args), res))
    return ('pub fn percent_cases() -> Vec<(&\'static str, V, Result<&\'static str, (&\'static str, &\'static str)>)> {\n'
            '    vec![\n%s\n    ]\n}\n' % '\n'.join(out))


# str.format: fixed arguments, the same in tests.rs.
FORMAT_POS = ('zero', 1, 2.5, 'thrée', -42, [10, 20, 30], -0.0, 12345678901234567890)
FORMAT_KW = {'a': 'A', 'b': 42, 'w': 8, 'p': 3, 'f': '>', 'd': {'k': 'v', '0': 'zero-key'}, 'x': 1.5}

FORMAT_HAND = [
    'a{0}b', '{}{}', '{0}{}', '{}{0}', '{{', '}}', '{{}}', '{', '}', 'a{', 'a}', '{0', '{0!', '{0!r',
    '{0!r}', '{0!x}', '{0!\x01}', '{0!rr}', '{0!r:>10}', '{a}', '{a!r:^9}', '{b:{w}}', '{b:{w}.{p}}',
    '{b:{}}', '{:{}}', '{0:{1:{2}}}', '{0:{{}}}', '{5[1]}', '{5[9]}', '{5[x]}', '{d[k]}', '{d[0]}',
    '{d[zz]}', '{1.real}', '{1.imag}', '{1.foo}', '{0.}', '{0[}', '{0[]}', '{0]}', '{0[0]x}',
    '{5[0].real}', '{99}', '{99999999999999999999}', '{5[99999999999999999999]}', '{zz}',
    '{:d}', '{2:.1%}', '{2:{f}10}', '{a:{f}{w}}', '{b:x}{b:#b}', '{x!s:>8}', '{3!a}', '{3!r}',
    '{0:{', '{0:}}', '{0:{}', '{0{}}', '{[}', '{0:x}', '{!r}', '{:}', '{ }', '{a.b.c}', '{٠}',
    '{0!:}', '{0!}', '{0:{a}{b}}', '{1:{w}}{}', '{b:{}}{}', 'x{{{0}}}y', '{6}', '{6:z}', '{7:_}',
    '{2:=+10}', '{a:*^{w}}', '{0[0]}{0[9]', '{d[k].x}', '{d[k]!r:}', '{5!s}', '{5:}', '{5:5}',
]


def rand_template():
    pieces = []
    for _ in range(random.randint(1, 4)):
        c = random.random()
        if c < 0.3:
            pieces.append(''.join(random.choice('ab{}[]:!.0 ') for _ in range(random.randint(1, 4))))
        else:
            name = random.choice(['', '', '0', '1', '2', '4', 'a', 'b', 'x', '5[1]', 'd[k]', '1.real', '9'])
            conv = random.choice(['', '', '!r', '!s', '!a', '!q'])
            spec = random.choice(['', '', ':>6', ':^{w}', ':.2', ':x', ':+', ':{}', ':,', ':{p}'])
            pieces.append('{' + name + conv + spec + '}')
    return ''.join(pieces)


def format_string_cases():
    rows = FORMAT_HAND + [rand_template() for _ in range(500)]
    out = ['    (%s, %s),' % (rs(t), outcome(lambda: t.format(*FORMAT_POS, **FORMAT_KW))) for t in rows]
    return ('pub const FORMAT_STRING: &[(&str, Result<&str, (&str, &str)>)] = &[\n%s\n];\n'
            % '\n'.join(out))


def round_cases():
    rows = []
    hand = [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (-2.5, 0), (1234.5, -1), (1250.0, -2),
            (1350.0, -2), (-1250.0, -2), (1.7976931348623157e308, -308), (1.7976931348623157e308, -307),
            (5e-324, 323), (5e-324, 324), (5e-324, 400), (1e300, -309), (-1e300, -400), (0.5, -1),
            (math.inf, 2), (math.nan, 2), (-0.0, 2), (-0.001, 2), (1e22, -22), (5e22, -23), (1.5, 10 ** 18),
            (1.5, -10 ** 18), (123.456, 1), (0.1, 17), (0.1, 20), (9.995, 2), (1e-320, 322), (8.5e307, -308)]
    for x, n in hand:
        rows.append((x, n))
    for _ in range(1500):
        x = rand_float()
        n = random.choice([random.randint(-5, 10), random.randint(-320, 330), random.randint(0, 3)])
        rows.append((x, n))

    def do(x, n):
        try:
            return 'Ok(%s)' % bits(round(x, n))
        except (ValueError, OverflowError) as e:
            return 'Err((%s, %s))' % (rs(type(e).__name__), rs(str(e)))

    out = ['    (%s, %s, %s),' % (bits(x), n, do(x, n)) for x, n in rows]
    return ('pub const ROUND_FLOAT: &[(u64, i64, Result<u64, (&str, &str)>)] = &[\n%s\n];\n'
            % '\n'.join(out))


def round_int_cases():
    rows = [0.5, 1.5, 2.5, -0.5, -1.5, 1e300, -1e300, 4503599627370495.5, 4503599627370497.0,
            math.inf, -math.inf, math.nan, 0.49999999999999994, -0.0, 1e16 + 2]
    rows += [rand_float() for _ in range(500)]
    out = ['    (%s, %s),' % (bits(x), outcome(lambda: str(round(x)))) for x in rows]
    return ('pub const ROUND_TO_INT: &[(u64, Result<&str, (&str, &str)>)] = &[\n%s\n];\n'
            % '\n'.join(out))


def round_integer_cases():
    rows = [(0, -1), (5, -1), (15, -1), (25, -1), (-25, -1), (35, -1), (149, -2), (150, -2), (250, -2),
            (251, -2), (10 ** 30 + 5 * 10 ** 9, -10), (123, 5), (-123, -2), (-150, -2), (7, -1000), (7, -10 ** 4),
            (500, -3), (501, -3), (-500, -3), (10 ** 50, -49), (5 * 10 ** 49, -50), (15 * 10 ** 49, -50)]
    rows += [(random.randint(-10 ** 15, 10 ** 15), random.randint(-17, 2)) for _ in range(200)]
    out = ['    (%s, %s, %s),' % (rs(hex(v)), n, rs(hex(round(v, n)))) for v, n in rows]
    return 'pub const ROUND_INT: &[(&str, i64, &str)] = &[\n%s\n];\n' % '\n'.join(out)


PARSE_FLOAT_HAND = [
    '1', ' 1.5 ', '\t-2.5e3\n', '1_000.000_1', '1__0', '_1', '1_', '1_.5', '1._5', '1e_5', '1e5_', '1_e5',
    'inf', '-INF', '+Infinity', 'iNfInItY', 'nan', '-nan', '+NaN', 'in_f', 'infinit', 'nanx', '',
    ' ', '.', '1.', '.5', '+.5', '-.5e-3', '1e', '1e+', '1e-', 'e5', '0x10', '1e500', '-1e500',
    '1e-400', '4.9e-324', '2.4703282292062328e-324', '2.4703282292062327e-324', '1.7976931348623158e308',
    '1.7976931348623159e308', '0.1', '١٢.٥', '１.５', '\u2003 7 \u3000', '1\x1c', '7\x00', '1.5é',
    '00000.0000000001', '1' * 400, '0.' + '0' * 400 + '1', '9007199254740993', '9007199254740993.0000000001',
    '+-1', '--1', '1e1_0', '1_0e1_0', '0_0.0_0', '1,5', '1 5', '١_٢', 'infinity_', '12\n',
    '2.2250738585072011e-308', '0.500000000000000166533453693773481063544750213623046875',
]


def parse_float_cases():
    rows = list(PARSE_FLOAT_HAND)
    alphabet = '0123456789_.eE+- iInNfFaty\t'
    for _ in range(1200):
        rows.append(''.join(random.choice(alphabet) for _ in range(random.randint(0, 10))))
    for _ in range(400):
        rows.append(repr(rand_float()).replace('e', random.choice('eE')))
    for _ in range(300):
        digits = ''.join(random.choice('0123456789') for _ in range(random.randint(1, 30)))
        pos = random.randint(0, len(digits))
        rows.append(digits[:pos] + '.' + digits[pos:] + random.choice(['', 'e%d' % random.randint(-330, 330)]))

    def do(s):
        try:
            return 'Some(%s)' % bits(float(s))
        except ValueError:
            return 'None'

    out = ['    (%s, %s),' % (rs(s), do(s)) for s in rows]
    return 'pub const PARSE_FLOAT: &[(&str, Option<u64>)] = &[\n%s\n];\n' % '\n'.join(out)


PARSE_INT_HAND = [
    ('0xg', 0), ('010', 0), ('1x', 0), ('0x', 16), ('0x_1f', 0), ('0_0', 0), ('00', 0), ('0b1', 0),
    ('0b1', 16), ('0B1', 2), ('_1', 10), ('1__2', 10), ('1_', 10), (' 1 ', 10), ('+ 1', 10),
    ('-0x1f', 16), ('0o17', 8), ('z', 36), ('Z', 36), ('0x1f', 10), ('', 10), (' ', 10), ('-', 10),
    ('\u2003 12\u3000', 10), ('1\x1c', 10), ('１２', 10), ('12\x00', 10), ('0x__1', 16), ('0_x1', 0),
    ('0x1_', 16), ('-0', 0), ('+0', 0), ('0o', 0), ('0b', 0), ('0b2', 0), ('0o8', 0), ('08', 0),
    ('0_7', 0), ('00_00', 0), ('1_000_000', 0), ('  -0X_DEAD_beef  ', 0), ('12', 1), ('12', 37),
    ('12', 3), ('1' * 4301, 10), ('1' * 4300, 10), ('1_' * 4300 + '1', 10), ('1' * 5000, 16),
    ('0' * 5000, 0), ('1' * 5000 + 'x', 10), ('1' * 4301 + '_', 10), ('1' * 4301 + '__1', 10),
    ('9' * 30, 10), ('-' + 'f' * 40, 16), ('٣', 10), ('٣', 16), ('0x٣', 16),
]


def parse_int_cases():
    rows = list(PARSE_INT_HAND)
    alphabet = '0123456789abcxoXOB_+- \t'
    for _ in range(1200):
        s = ''.join(random.choice(alphabet) for _ in range(random.randint(0, 8)))
        rows.append((s, random.choice([0, 0, 2, 8, 10, 10, 16, 36, 7])))

    def do(s, b):
        try:
            return 'Ok(%s)' % rs(hex(int(s, b)))
        except ValueError as e:
            msg = str(e)
            if msg.startswith('invalid literal'):
                return 'Err("invalid")'
            if msg.startswith('int() base'):
                return 'Err("base")'
            return 'Err(%s)' % rs(msg)

    out = []
    for s, b in rows:
        out.append('    (%s, %d, %s),' % (rs(s), b, do(s, b)))
    return 'pub const PARSE_INT: &[(&str, u32, Result<&str, &str>)] = &[\n%s\n];\n' % '\n'.join(out)


def int_to_float_cases():
    rows = [0, 1, -1, 2 ** 53 + 1, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, 2 ** 64 - 1, 2 ** 64 + 1,
            2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 2 ** 1024 - 2 ** 970 - 1, -(2 ** 1023),
            (2 ** 53 + 1) * 2 ** 100, (2 ** 53 + 1) * 2 ** 100 + 1, 10 ** 308, 10 ** 309]
    rows += [random.randint(-2 ** random.randint(1, 1100), 2 ** random.randint(1, 1100)) for _ in range(400)]

    def do(v):
        try:
            return 'Ok(%s)' % bits(float(v))
        except OverflowError:
            return 'Err(())'

    out = ['    (%s, %s),' % (rs(hex(v)), do(v)) for v in rows]
    return 'pub const INT_TO_FLOAT: &[(&str, Result<u64, ()>)] = &[\n%s\n];\n' % '\n'.join(out)


def misc_cases():
    rows = []
    for v in [0, 1, -1, 31, -31, 255, 2 ** 70, -(2 ** 70)]:
        rows.append('    (%s, %s, %s, %s),' % (rs(hex(v)), rs(hex(v)), rs(oct(v)), rs(bin(v))))
    out = 'pub const INT_BASES: &[(&str, &str, &str, &str)] = &[\n%s\n];\n' % '\n'.join(rows)
    reprs = []
    for re, im in [(0.0, 1.0), (1.0, 2.0), (-0.0, -1.0), (0.0, -0.0), (1e16, 1e-7), (math.nan, math.inf),
                   (-math.nan, -math.inf), (1.5, -0.0), (0.0, 0.0), (-0.0, 0.0)]:
        reprs.append('    (%s, %s, %s),' % (bits(re), bits(im), rs(repr(complex(re, im)))))
    out += 'pub const COMPLEX_REPR: &[(u64, u64, &str)] = &[\n%s\n];\n' % '\n'.join(reprs)
    asc = []
    for s in ["'abc'", "'é'", "'\u20ac'", "'\U0001f600'", "'a\u0100b'"]:
        asc.append('    (%s, %s),' % (rs(s), rs(ascii(s[1:-1]))))
    out += 'pub const ASCII_ESCAPE: &[(&str, &str)] = &[\n%s\n];\n' % '\n'.join(asc)
    zeros = [c for c in range(0x110000) if unicodedata.decimal(chr(c), None) == 0]
    out += '/// Unicode %s: zeros of the decimal digit runs.\npub const DECIMAL_ZEROS: &[u32] = &[%s];\n' % (
        unicodedata.unidata_version, ', '.join('0x%x' % z for z in zeros))
    return out


def main():
    print('// Generated by gen_cases.py from CPython %s. Do not edit.' % sys.version.split()[0])
    print('// Tuples are (input..., expected); Err holds (exception class, message).')
    print()
    for part in [float_repr_cases, format_float_cases, format_int_cases, format_bool_cases,
                 format_str_cases, format_complex_cases, percent_cases, format_string_cases,
                 round_cases, round_int_cases, round_integer_cases, parse_float_cases,
                 parse_int_cases, int_to_float_cases, misc_cases]:
        print(part())


main()

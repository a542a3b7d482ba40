# io.StringIO (write/read/seek/lines/closed errors) and contextlib (contextmanager with
# exceptions, suppress, closing, nullcontext, ExitStack, decorator use)
import io
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack

def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

s = io.StringIO()
print(s.write('hello\n'), s.write('world\n'), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()), s.tell())
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell(), repr(s.read()))
s.seek(20)
s.write('!')
print(repr(s.getvalue()))
s = io.StringIO('line1\nline2\nline3')
print(list(s), repr(s.read()))
s.seek(0)
print(s.readlines(), s.seek(0, 2), s.truncate(8), repr(s.getvalue()), s.tell())
s.seek(0)
print([line.upper() for line in s])
print(attempt(lambda: s.write(5)), attempt(lambda: s.seek(1, 1)), attempt(lambda: s.seek(-1)))
print(repr(io.StringIO('abc').read(-1)), repr(io.StringIO('a\nb').readline(1)), io.StringIO().readable())
out = io.StringIO()
print('to buffer', 42, sep='|', file=out)
print('second', file=out, end='')
out.writelines(['x', 'y'])
print(repr(out.getvalue()))
with io.StringIO('ctx') as f:
    print(f.read(), f.closed)
print(f.closed, attempt(lambda: f.read()), attempt(lambda: f.getvalue()))
big = io.StringIO()
for i in range(1000):
    big.write(str(i))
print(len(big.getvalue()), big.getvalue()[-10:])
print(repr(io.StringIO('a\r\nb', newline=None).getvalue()))

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('b') as t:
    print('inside', t)
with tag('outer'):
    with tag('inner'):
        print('nested')
print(attempt(lambda: [None for _ in tag('x') if False]))

@contextmanager
def catching():
    try:
        yield
    except ValueError as e:
        print('caught', e)
with catching():
    raise ValueError('boom')
print('after catching')
def run_key_error():
    with catching():
        raise KeyError('k')
print(attempt(run_key_error))

@contextmanager
def no_yield():
    if False:
        yield
def run_no_yield():
    with no_yield():
        pass
print(attempt(run_no_yield))

@contextmanager
def two_yields():
    yield 1
    yield 2
def run_two():
    with two_yields():
        pass
print(attempt(run_two))

@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError('converted')
def run_transform():
    with transform():
        1 / 0
print(attempt(run_transform))

@tag('decorated')
def work(x):
    print('working', x)
    return x * 2
print(work(3))
print(work(4))

with suppress(KeyError, IndexError):
    {}['missing']
print('suppressed')
def not_suppressed():
    with suppress(KeyError):
        raise ValueError('passes')
print(attempt(not_suppressed))

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('closing', self.name)
with closing(Resource('r1')) as r:
    print('using', r.name)
with nullcontext(5) as n:
    print('null', n)

class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None)
        return self.suppress
with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in 'abc']
    stack.callback(print, 'callback', 1)
    print('names', names)
def stack_with_error():
    with ExitStack() as stack:
        stack.enter_context(CM('outer'))
        stack.enter_context(CM('suppressor', suppress=True))
        stack.enter_context(CM('inner'))
        raise RuntimeError('in body')
    return 'body error suppressed'
print(attempt(stack_with_error))
with ExitStack() as stack:
    stack.enter_context(CM('kept'))
    moved = stack.pop_all()
print('popped')
moved.close()


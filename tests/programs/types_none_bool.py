# type() and __name__ of builtin values; None behaviour; isinstance with tuples.
vals = [1, 1.5, True, None, 'str', [1], (1,), {1: 2}, {1}, frozenset(), range(3), slice(1, 2), 10 ** 30,
        b'' if False else 'x', len, print]
for v in vals:
    print(type(v), type(v).__name__)
print(type(type(1)), type(int), type(len).__name__)
print(type(1) == int, type(True) == int, type(True) == bool, type(None).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance(1, (str, float, int)))
print(isinstance('a', str), isinstance([], (tuple, dict)), isinstance(None, type(None)), isinstance(3, object))
print(isinstance(int, type), isinstance(KeyError(), LookupError), isinstance(ValueError, type))
print(issubclass(bool, int), issubclass(KeyError, LookupError), issubclass(int, float), issubclass(ZeroDivisionError, ArithmeticError))
def f():
    pass
def g():
    return
r1 = f()
r2 = g()
print(r1, r2, r1 is None, repr(None), str(None), [None, None])
print(None.__class__.__name__, bool(None))
n = None
if not n:
    print("None is falsy")
def maybe(x):
    if x > 0:
        return x
print([maybe(i) for i in range(-1, 3)])
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
print(int, float, str, list, tuple, dict, set, bool, type, object, range)
print(ValueError, KeyError, Exception, BaseException)

# Introspection: vars(), dir() (sorted; user classes, instances, builtin values, modules,
# __dir__), globals(), locals() in functions/classes/modules, callable(), class __dict__ as
# a read-only mappingproxy, __qualname__/__module__/__doc__/__annotations__.
import sys


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


counter = 3


class Base:
    """Base docstring."""
    kind = "base"

    def hello(self):
        return "hi"


class Point(Base):
    dims: int = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @property
    def pair(self):
        return (self.x, self.y)


p = Point(3, 4)
print(vars(p), sorted(vars(Point)), type(vars(Point)).__name__)
print(dir(p))
print(dir(Point) == sorted(set(dir(p)) - {"x", "y"}), [n for n in dir(Point) if not n.startswith("__")])
print(dir(Base))
print(dir(object) == sorted(object.__dir__(object())))
print(len(dir(int)), dir(True)[:3], "append" in dir([]), "keys" in dir({}), "upper" in dir(""))
print([n for n in dir(5) if not n.startswith("_")])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir(sys) if n in ("argv", "exit", "path", "maxsize")])
print(attempt(lambda: vars(5)), attempt(lambda: dir(1, 2)), attempt(lambda: vars(p, p)))


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]


print(dir(Custom()))


class WithSlots:
    __slots__ = ("a", "b")


print(attempt(lambda: vars(WithSlots())), "__dict__" in dir(WithSlots), "__weakref__" in dir(Point))


def function_scope(a, b=2, *rest, **kw):
    c = a + b
    inner_only = [c]

    def closure():
        return c

    print(sorted(locals()), locals()["c"], dir())
    x = 99
    print("x" in locals(), locals()["x"])
    return closure


function_scope(1, extra=True)


class ClassScope:
    a = 1
    b = a + 1
    print(sorted(k for k in locals() if not k.startswith("__")), locals()["__qualname__"])


g = globals()
print(g["counter"], g["__name__"], "Point" in g, g is globals(), sorted(locals())[:3] == sorted(globals())[:3])
g["made_here"] = 42
print(made_here)

print(callable(len), callable(Point), callable(p), callable(p.norm), callable(5), callable(lambda: 0))


class CallMe:
    def __call__(self):
        return "called"


print(callable(CallMe()), callable(CallMe), CallMe()())

# Class __dict__: a read-only view of the namespace.
d = Point.__dict__
print(type(d).__name__, d["dims"], "norm" in d, "hello" in d, len(d) > 3, d.get("missing", "dflt"))
print(attempt(lambda: d.__setitem__("z", 1)), attempt(lambda: d.__class__.__name__))
try:
    d["z"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in d.keys() if not k.startswith("__")), list(Base.__dict__.values())[1])
print(sorted(dict(Point.__dict__)) == sorted(Point.__dict__))

# Names, modules and docs.
print(Point.__qualname__, Point.norm.__qualname__, Point.__module__, Point.__doc__, Base.__doc__)
print(Point.__annotations__, Point.norm.__annotations__, Point.__init__.__annotations__)


def outer():
    class Local:
        def method(self):
            pass

    def nested():
        pass

    return Local, nested


Local, nested = outer()
print(Local.__qualname__, Local.method.__qualname__, nested.__qualname__, nested.__name__)
print(len.__name__, len.__qualname__, int.__module__, Point.__name__, (lambda: 0).__qualname__)
print(p.norm.__name__, p.norm.__qualname__, p.norm.__self__ is p, p.norm.__func__ is Point.norm)
print(Point.__mro__, Point.__bases__, Point.__base__, object.__bases__)

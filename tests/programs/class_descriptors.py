# User descriptors: __get__/__set__/__delete__ as class attributes (validators, lazy
# values, method-like callables), __set_name__, descriptors on a metaclass, the builtin
# descriptors (function, property, classmethod, staticmethod) called through their
# __get__/__set__, and functools.cached_property.
import functools


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, not %s" % (self.public, self.kind.__name__,
                                                       type(value).__name__))
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("deleting", self.public)
        delattr(obj, self.private)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)), type(Person.name).__name__, Person.age.public)
p.age = 31
print(p.age, attempt(lambda: setattr(p, "age", "old")), p.age)
del p.age
print(p.age, sorted(vars(p)))
print(attempt(lambda: Person(5, 1)))


class Lazy:
    """A non-data descriptor that computes once and stores in the instance."""

    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Circle:
    calls = 0

    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        """The area."""
        Circle.calls += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, Circle.calls, "area" in vars(c), Circle.area.__doc__)
c.area = 100
print(c.area)


class Bound:
    """Like a function: binds to the instance it is read from."""

    def __init__(self, f):
        self.f = f

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self.f
        return lambda *a: self.f(obj, *a)


class Calc:
    base = 10

    @Bound
    def add(self, x):
        return self.base + x


print(Calc().add(5), Calc.add(Calc(), 1))


class Raising:
    def __get__(self, obj, objtype=None):
        raise ValueError("no value for you")


class RaisingAttr:
    def __get__(self, obj, objtype=None):
        raise AttributeError("hidden")


class Holder:
    r = Raising()
    h = RaisingAttr()

    def __getattr__(self, name):
        return "fallback for " + name


h = Holder()
print(attempt(lambda: h.r), h.h, hasattr(Holder(), "h"))
print(attempt(lambda: Holder.r))


# A descriptor on the metaclass works for the class.
class ClassCounter:
    def __get__(self, cls, metacls):
        return "%s (%s)" % (cls.__name__, metacls.__name__)


class Meta(type):
    info = ClassCounter()


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.info, attempt(lambda: WithMeta().info))

# Builtin descriptors through their protocol methods.
def f(self, x):
    return (self, x)


bound = f.__get__("obj", str)
print(bound("x"), f.__get__(None, str) is f, type(bound).__name__)
prop = property(lambda self: self * 2, lambda self, v: print("set", self, v))
print(prop.__get__(21), prop.__get__(None, int) is prop)
prop.__set__(1, 2)
print(attempt(lambda: property().__set__(1, 2)), attempt(lambda: property().__delete__(1)))
cm = classmethod(lambda cls, x: (cls.__name__, x))
print(cm.__get__(None, int)(1), cm.__get__(3)(2), type(cm.__get__(3)).__name__)
sm = staticmethod(lambda x: x + 1)
print(sm.__get__(None, int)(1), sm.__func__(2))


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @celsius.deleter
    def celsius(self):
        self._c = None

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def scale():
        return "C"


t = Temp.make()
t.celsius = 25
print(t.celsius, Temp.scale(), t.scale(), type(Temp.__dict__["celsius"]).__name__)
del t.celsius
print(t.celsius, type(Temp.__dict__["make"]).__name__, type(Temp.__dict__["scale"]).__name__)


class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0

    @functools.cached_property
    def total(self):
        self.computed += 1
        return sum(range(self.n))


d = Data(5)
print(d.total, d.total, d.computed, "total" in vars(d))
del d.total
print(d.total, d.computed, type(Data.total).__name__)

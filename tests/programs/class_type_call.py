# type(x) and type(name, bases, namespace): classes made at run time, their __module__,
# __qualname__, __doc__, MRO and methods; types.new_class; argument errors; mro(),
# __subclasses__(), and changing a class after creation.
import types


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


print(type(1), type("s"), type([]), type(type), type(None), type(len), type(lambda: 0))


def init(self, x):
    self.x = x


Point = type("Point", (), {"__init__": init, "norm": lambda self: abs(self.x), "dims": 1})
p = Point(-3)
print(Point, Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(p.x, p.norm(), p.dims, type(p) is Point, Point.__bases__, Point.__mro__)

Point3 = type("Point3", (Point,), {"__doc__": "three dims", "dims": 3, "__qualname__": "Geo.Point3"})
q = Point3(4)
print(Point3, Point3.__doc__, q.norm(), q.dims, isinstance(q, Point), Point3.__qualname__)
print([c.__name__ for c in Point3.mro()], Point.__subclasses__() == [Point3])

Err = type("Err", (ValueError,), {})
try:
    raise Err("custom error")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, Err))

D = type("D", (dict,), {"get2": lambda self, k: self.get(k, 0) * 2})
d = D(a=5)
print(d, d.get2("a"), d.get2("z"), isinstance(d, dict))

# The namespace is copied: changing it afterwards does not change the class.
ns = {"v": 1}
K = type("K", (), ns)
ns["v"] = 2
print(K.v, "v" in K.__dict__)

print(attempt(lambda: type("X", [], {})))
print(attempt(lambda: type("X", (), [])))
print(attempt(lambda: type(1, (), {})))
print(attempt(lambda: type("X", ())))
print(attempt(lambda: type()))
print(attempt(lambda: type("X", (1,), {})))
print(attempt(lambda: type("X", (int, str), {})))
print(attempt(lambda: type("X", (bool,), {})))
print(attempt(lambda: type("X", (Point, Point), {})))
print(attempt(lambda: type(1, foo=2)))
print(attempt(lambda: type("X", (), {"__qualname__": 5})))
print(attempt(lambda: type.__new__(int, "X", (), {})))


class A: pass
class B(A): pass
class C(A): pass
class E(B, C): pass


print([k.__name__ for k in E.__mro__], sorted(k.__name__ for k in A.__subclasses__()))
print(attempt(lambda: type("Bad", (A, B), {})))

# types.new_class with a metaclass and an exec_body callback.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["meta_kw"] = kw
        return super().__new__(mcs, name, bases, ns)


def body(ns):
    ns["from_body"] = True


N = types.new_class("N", (A,), {"metaclass": Meta, "flag": 1}, body)
print(N, type(N).__name__, N.from_body, N.meta_kw, N.__bases__)
print(types.prepare_class("P", (A,), {"metaclass": Meta}))

# Classes are mutable: new methods are seen by existing instances and subclasses.
class Animal:
    def speak(self):
        return "..."


class Dog(Animal):
    pass


rex = Dog()
print(rex.speak())
Animal.speak = lambda self: "generic noise"
print(rex.speak())
Dog.speak = lambda self: "woof"
print(rex.speak(), Animal().speak())
del Dog.speak
print(rex.speak())
setattr(Animal, "legs", 4)
print(Dog.legs, getattr(rex, "legs"))
Dog.__name__ = "Hound"
print(Dog.__name__, Dog.__qualname__, type(rex).__name__)
print(attempt(lambda: setattr(Dog, "__name__", 5)))
print(attempt(lambda: setattr(int, "x", 1)))
print(attempt(lambda: delattr(Dog, "missing")))

# Changing an instance's class.
class Cat:
    def speak(self):
        return "meow"


pet = Dog()
pet.name = "rex"
pet.__class__ = Cat
print(type(pet).__name__, pet.speak(), pet.name, isinstance(pet, Animal))
print(attempt(lambda: setattr(pet, "__class__", 5)), attempt(lambda: setattr(pet, "__class__", int)))
print(attempt(lambda: setattr(Cat, "__bases__", (Animal,))) if False else "bases skipped")

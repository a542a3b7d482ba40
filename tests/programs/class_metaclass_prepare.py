# __prepare__: metaclasses that choose the class namespace (a recording dict subclass, a
# mapping that is not a dict, keyword arguments), what type.__new__ accepts, and super() /
# __class__ inside classes built from a custom namespace.


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        return super().__getitem__(key)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", mcs.__name__, name, [b.__name__ for b in bases], kwargs)
        return RecordingDict()

    def __new__(mcs, name, bases, ns, **kwargs):
        print("namespace type:", type(ns).__name__, "order:", ns.order)
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.field_order = list(ns.order)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Record(metaclass=Ordered, tag="t1"):
    zeta = 1
    alpha = 2
    zeta = 3

    def middle(self):
        return "middle"

    beta = zeta + alpha


print(Record.field_order, Record.zeta, Record.beta, Record().middle())
print(type(Record.__dict__).__name__, "order" in Record.__dict__)


# Duplicate detection with a namespace that refuses redefinitions.
class NoDupDict(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError("duplicate definition of %r" % key)
        super().__setitem__(key, value)


class NoDup(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NoDupDict()


def define_dup():
    class Dup(metaclass=NoDup):
        a = 1
        a = 2


print(attempt(define_dup))


class Fine(metaclass=NoDup):
    a = 1
    b = a + 1


print(Fine.a, Fine.b)


# A namespace that is a mapping but not a dict: the body runs in it, type.__new__ refuses it.
class Namespace:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]


class UsesMapping(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Namespace()

    def __new__(mcs, name, bases, ns):
        print("mapping keys:", sorted(k for k in ns.data if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns.data)


class M1(metaclass=UsesMapping):
    x = 10
    y = x * 2


print(M1.x, M1.y)


class PassesMapping(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Namespace()


def mapping_to_type_new():
    class M2(metaclass=PassesMapping):
        x = 1


print(attempt(mapping_to_type_new))


class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42


def bad_prepare():
    class X(metaclass=BadPrepare):
        pass


print(attempt(bad_prepare))


# Names the body cannot find in its namespace come from the globals.
GLOBAL_VALUE = "from globals"


class Lookup(metaclass=Ordered):
    seen = GLOBAL_VALUE
    length = len("abc")


print(Lookup.seen, Lookup.length)


# super() and __class__ work in classes made through a custom namespace.
class Parent:
    def greet(self):
        return "parent"


class Kid(Parent, metaclass=Ordered):
    def greet(self):
        return "kid+" + super().greet()

    def whoami(self):
        return __class__.__name__


print(Kid().greet(), Kid().whoami(), Kid.field_order)


# __prepare__ with keyword arguments, and kwargs flowing to __init_subclass__.
class KwMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        ns = {}
        for k, v in kwargs.items():
            ns["opt_" + k] = v
        return ns

    def __new__(mcs, name, bases, ns, **kwargs):
        return super().__new__(mcs, name, bases, ns, **kwargs)


class Configurable(metaclass=KwMeta):
    def __init_subclass__(cls, **kwargs):
        cls.received = sorted(kwargs.items())


class Tuned(Configurable, speed=3, mode="fast"):
    pass


print(Tuned.opt_speed, Tuned.opt_mode, Tuned.received)
print(attempt(lambda: KwMeta("Z", (), {}, unknown=1)))

# type.__prepare__ is a plain dict factory.
print(type.__prepare__("X", ()), type(type.__prepare__("X", (), a=1)).__name__)

# Metaclasses: class M(type) with __new__/__init__/__call__, methods and properties on the
# metaclass seen through the class, type(C), isinstance(C, M), metaclass inheritance and
# conflicts, non-class metaclasses, singletons and registries built with metaclasses.


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


log = []


class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        log.append(("new", mcs.__name__, name, [b.__name__ for b in bases],
                    sorted(k for k in ns if not k.startswith("__")), kwargs))
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = mcs.__name__
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        log.append(("init", name, kwargs))
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        log.append(("call", cls.__name__, args, kwargs))
        obj = super().__call__(*args, **kwargs)
        obj.made_by_meta = True
        return obj

    def describe(cls):
        return "class %s with %d attrs" % (cls.__name__, len([k for k in vars(cls) if not k.startswith("__")]))

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    @classmethod
    def meta_cm(mcs):
        return "classmethod of " + mcs.__name__

    @staticmethod
    def meta_sm(x):
        return x * 2

    def __repr__(cls):
        return "<Meta class %s>" % cls.__name__

    def __len__(cls):
        return 7

    def __iter__(cls):
        return iter(range(3))

    def __getitem__(cls, key):
        return (cls.__name__, key)

    def __contains__(cls, item):
        return item == "magic"

    def __eq__(cls, other):
        return cls is other

    __hash__ = type.__hash__


class Base(metaclass=Meta, flavour="vanilla"):
    x = 1

    def __init__(self, v=0):
        self.v = v

    def method(self):
        return self.v + 1

    def __init_subclass__(cls, **kwargs):
        log.append(("init_subclass", cls.__name__, kwargs))


class Child(Base, flavour="chocolate"):
    y = 2


for entry in log:
    print(entry)
log.clear()

print(type(Base), type(Child), type(Meta), type(type))
print(isinstance(Base, Meta), isinstance(Child, Meta), isinstance(Base, type), issubclass(Meta, type))
print(Base.created_by, Child.created_by, Base.describe(), Child.upper_name)
print(Base.meta_cm(), Child.meta_sm(21), Base, repr(Child), str(Child))
print(len(Base), list(Child), Base["k"], "magic" in Base, "other" in Child)
print(Base == Base, Base == Child, len({Base, Child, Base}))
c = Child(5)
print(c.v, c.method(), c.made_by_meta, type(c).__name__, isinstance(c, Base))
for entry in log:
    print(entry)
print(attempt(lambda: c.describe()), attempt(lambda: c.upper_name))
print("describe" in dir(Base), "describe" in dir(Meta), hasattr(Base, "meta_cm"))


# Metaclass inheritance: a subclass of a class made by Meta2 gets Meta2 as its metaclass.
class Meta2(Meta):
    def extra(cls):
        return "extra from Meta2"


class Mid(Base, metaclass=Meta2):
    pass


class Leaf(Mid):
    pass


print(type(Mid).__name__, type(Leaf).__name__, Leaf.extra(), Leaf.describe())
log.clear()


class Other(type):
    pass


class Unrelated(metaclass=Other):
    pass


def conflict():
    class Bad(Base, Unrelated):
        pass


print(attempt(conflict))
print(attempt(lambda: type("Bad2", (Base, Unrelated), {})))


# A metaclass that is a function: whatever it returns is bound to the class name.
def func_meta(name, bases, ns):
    return "function made %s with %s" % (name, sorted(k for k in ns if not k.startswith("__")))


class NotAClass(metaclass=func_meta):
    a = 1
    b = 2


print(NotAClass)


def bad_meta():
    class X(metaclass=5):
        pass


print(attempt(bad_meta))


# Singleton through __call__.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        self.values = {}


a, b = Config(), Config()
a.values["k"] = 1
print(a is b, b.values, type(Config).__name__)


# Registry: every subclass registers itself; abstract bases do not.
class Registry(type):
    classes = {}

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if not ns.get("abstract", False):
            mcs.classes[name.lower()] = cls
        return cls


class Plugin(metaclass=Registry):
    abstract = True


class Alpha(Plugin):
    pass


class Beta(Plugin):
    pass


print(sorted(Registry.classes), Registry.classes["beta"] is Beta)


# __new__ that returns something else: __init__ does not run.
class Weird(type):
    def __new__(mcs, name, bases, ns):
        return 42

    def __init__(cls, *args):
        print("never printed")


class W(metaclass=Weird):
    pass


print(W)


# A metaclass __setattr__ sees class attribute assignments.
class Guarded(type):
    def __setattr__(cls, name, value):
        if name.startswith("const_"):
            raise AttributeError("cannot rebind " + name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("deleting", name)
        super().__delattr__(name)


class G(metaclass=Guarded):
    const_pi = 3


G.other = 5
print(G.other, attempt(lambda: setattr(G, "const_pi", 4)), G.const_pi)
del G.other
print(hasattr(G, "other"))


# __getattr__ on the metaclass: missing class attributes.
class Dyn(type):
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return "dynamic " + name[4:]
        raise AttributeError(name)


class D(metaclass=Dyn):
    real = 1


print(D.real, D.get_thing, attempt(lambda: D.missing))
print(attempt(lambda: D().get_thing))

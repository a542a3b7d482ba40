# __init_subclass__ (implicit classmethod, keyword arguments, chaining through super(),
# errors for unexpected keywords) and __set_name__ (called for every attribute of a new
# class, in definition order; errors are wrapped in RuntimeError).


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class PluginBase:
    registry = []

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        PluginBase.registry.append(cls)


class Json(PluginBase, name="json", priority=2):
    pass


class Yaml(PluginBase, priority=1):
    pass


class Strict(Json):
    pass


print([(c.__name__, c.plugin_name, c.priority) for c in PluginBase.registry])
print("plugin_name" in vars(PluginBase), Strict.priority)


def unknown_kw():
    class Bad(PluginBase, colour="red"):
        pass


print(attempt(unknown_kw))


def no_init_subclass():
    class Plain:
        pass

    class Sub(Plain, extra=1):
        pass


print(attempt(no_init_subclass))


# Chaining: every class in the MRO gets a say through super().
class A:
    def __init_subclass__(cls, **kw):
        print("A.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__()


class B(A):
    def __init_subclass__(cls, b_opt=None, **kw):
        print("B.__init_subclass__", cls.__name__, b_opt, kw)
        super().__init_subclass__(**kw)


class C(B, b_opt=1, other=2):
    pass


class D(C):
    pass


# An explicit classmethod works the same way; it is not called for the class itself.
class Counter:
    count = 0

    @classmethod
    def __init_subclass__(cls):
        Counter.count += 1
        cls.serial = Counter.count


class X1(Counter):
    pass


class X2(X1):
    pass


print(Counter.count, X1.serial, X2.serial, hasattr(Counter, "serial"))


# type() also calls __init_subclass__.
T = type("T", (PluginBase,), {})
print(T.plugin_name, T in PluginBase.registry)


def raises_in_hook():
    class Picky:
        def __init_subclass__(cls):
            raise ValueError("no subclasses of Picky")

    class Sub(Picky):
        pass


print(attempt(raises_in_hook))


# __set_name__
class Field:
    created = 0

    def __init__(self, default=None):
        Field.created += 1
        self.order = Field.created
        self.default = default

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name, self.order)
        self.owner = owner
        self.name = name


class Model:
    first = Field(1)
    second = Field(2)
    not_a_field = 3
    third = Field()


print(Model.first.name, Model.third.owner.__name__, Model.second.default)

# __set_name__ is not called when an attribute is added later.
f = Field()
Model.late = f
print(hasattr(f, "name"))
# ... but can be called by hand, and type() calls it.
f.__set_name__(Model, "late")
print(f.name)
Dyn = type("Dyn", (), {"a": Field(), "b": Field()})
print(Dyn.a.name, Dyn.b.owner is Dyn)


class BadField:
    def __set_name__(self, owner, name):
        raise ValueError("bad field " + name)


def set_name_error():
    class Broken:
        x = BadField()


try:
    set_name_error()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)


# __set_name__ with the wrong signature.
class WrongSig:
    def __set_name__(self):
        pass


def wrong_sig():
    class Host:
        w = WrongSig()


try:
    wrong_sig()
except RuntimeError as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__)

# __init_subclass__ sees __set_name__ results (set_name runs first).
class Schema:
    def __init_subclass__(cls):
        cls.fields = sorted(k for k, v in vars(cls).items() if isinstance(v, Field))


class UserSchema(Schema):
    uid = Field()
    email = Field()


print(UserSchema.fields)

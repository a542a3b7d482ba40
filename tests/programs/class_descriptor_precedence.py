# Attribute lookup order, as CPython: data descriptors on the class beat the instance dict,
# the instance dict beats non-data descriptors and plain class attributes, then __getattr__;
# __getattribute__ overrides everything; the same rules for class attributes read through a
# metaclass; and the same rules when setting and deleting.


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor"

    def __set__(self, obj, value):
        print("DataDesc.__set__", value)


class NonDataDesc:
    def __get__(self, obj, objtype=None):
        return "non-data descriptor"


class SetOnly:
    """Has __set__ but no __get__: a data descriptor that reads back as itself."""

    def __set__(self, obj, value):
        print("SetOnly.__set__", value)

    def __repr__(self):
        return "<SetOnly>"


class DeleteOnly:
    def __get__(self, obj, objtype=None):
        return "delete-only descriptor"

    def __delete__(self, obj):
        print("DeleteOnly.__delete__")


class Host:
    d = DataDesc()
    n = NonDataDesc()
    s = SetOnly()
    x = DeleteOnly()
    plain = "class attribute"

    def method(self):
        return "method"

    def __getattr__(self, name):
        return "__getattr__(%s)" % name


h = Host()
print(h.d, h.n, h.s, h.x, h.plain, h.method(), h.missing)
# Put values straight into the instance dict.
h.__dict__.update(d="inst d", n="inst n", s="inst s", x="inst x", plain="inst plain",
                  method=lambda: "inst method")
print(h.d, h.n, h.s, h.x, h.plain, h.method())
# Assignment goes through data descriptors; a descriptor with only __delete__ refuses it.
h.d = 1
h.s = 2
print(attempt(lambda: setattr(h, "x", 3)))
h.n = "assigned n"
h.plain = "assigned plain"
print(h.n, h.plain, Host.n, Host.plain)
del h.x
del h.n
print(h.n, attempt(lambda: delattr(h, "d")))
print(Host.d, Host.n, Host.x, Host.s, Host.plain)


# A property is a data descriptor: the instance dict cannot shadow it.
class P:
    @property
    def value(self):
        return "property"


p = P()
p.__dict__["value"] = "shadow"
print(p.value, attempt(lambda: setattr(p, "value", 1)), vars(p))


# Class attribute lookups through the metaclass: metaclass data descriptors win over the
# class's own attributes; the class's attributes win over metaclass non-data ones.
class MetaData:
    def __get__(self, cls, meta):
        return "meta data descriptor"

    def __set__(self, cls, value):
        print("MetaData.__set__", cls.__name__, value)


class Meta(type):
    md = MetaData()
    mn = NonDataDesc()
    mplain = "meta plain"

    def meta_method(cls):
        return "meta method of " + cls.__name__


class K(metaclass=Meta):
    md = "class md"
    mn = "class mn"
    mplain = "class mplain"


print(K.md, K.mn, K.mplain, K.meta_method(), attempt(lambda: K().meta_method()))
K.md = "rebind"
print(K.__dict__["md"], K.md)


class Bare(metaclass=Meta):
    pass


print(Bare.mn, Bare.mplain)


# __getattribute__ sees every lookup; __getattr__ only runs after AttributeError.
class Tracing:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError("no access to " + name)
        result = object.__getattribute__(self, name)
        return ("traced", result) if name == "a" else result

    def __getattr__(self, name):
        return "getattr " + name


t = Tracing()
print(t.a, t.secret_key, t.other, attempt(lambda: object.__getattribute__(t, "nope")))


# AttributeError from a property falls back to __getattr__.
class Fallback:
    @property
    def broken(self):
        raise AttributeError("broken property")

    def __getattr__(self, name):
        return "recovered " + name


print(Fallback().broken)


# Infinite recursion in __getattr__ is a RecursionError.
class Loop:
    def __getattr__(self, name):
        return self.other_missing


print(attempt(lambda: Loop().anything)[:30])


# Class attributes vs. instance attributes with the same name; deleting the instance one
# reveals the class one again.
class Shadow:
    v = "class v"


s = Shadow()
s.v = "instance v"
print(s.v, Shadow.v)
del s.v
print(s.v, attempt(lambda: delattr(s, "v")))

# __slots__ with a class attribute of another name.
class Slotted:
    __slots__ = ("a",)
    b = "class b"


sl = Slotted()
sl.a = 1
print(sl.a, sl.b, attempt(lambda: setattr(sl, "c", 1)), attempt(lambda: setattr(sl, "b", 2)))

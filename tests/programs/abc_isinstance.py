# collections.abc and abc: isinstance()/issubclass() of builtin values and user classes
# against the ABCs (registered builtins, __subclasshook__ on the one-method ABCs), ABCMeta
# with register() and __subclasshook__, abstract methods preventing instantiation, and the
# mixin methods the ABCs provide.
from collections.abc import *
import collections.abc as cabc
from abc import ABC, ABCMeta, abstractmethod
vals = [[], (), {}, set(), frozenset(), "s", range(3), 5, 2.5, None, len, lambda: 0, iter([]), (x for x in []), {}.keys(), {}.values(), {}.items(), int, object()]
for abc_ in [Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Hashable, Callable, Sized, Container, Collection, Reversible, Generator, KeysView, ValuesView, ItemsView, MappingView]:
    print(abc_.__name__, [isinstance(v, abc_) for v in vals])
class MyIt:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class MyLen:
    def __len__(self): return 0
class MyCall:
    def __call__(self): pass
class Eq:
    def __eq__(self, o): return True
print(isinstance(MyIt(), Iterator), isinstance(MyIt(), Iterable), isinstance(MyLen(), Sized), isinstance(MyCall(), Callable), isinstance(Eq(), Hashable), isinstance(MyLen(), Iterable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, Hashable), issubclass(list, Hashable))
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
class Sq(Shape):
    def area(self): return 4
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Sq()
except TypeError as e:
    print(type(e).__name__, e)
class Sq2(Sq):
    def name(self): return "sq"
print(Sq2().area(), Sq2().name(), Shape.__abstractmethods__ == frozenset({'area','name'}), Sq2.__abstractmethods__)
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), isinstance("x", Reg))
class Hook(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'quack') or NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(3, Hook), type(Hook), type(Hook).__name__)
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m['a'], m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), m == {'a': 1, 'b': 2}, dict(m))
class MySeq(Sequence):
    def __getitem__(self, i): return [1, 2, 3][i]
    def __len__(self): return 3
s = MySeq()
print(list(s), s.index(2), s.count(3), list(reversed(s)), 2 in s)
print(Callable[[int], str], Iterable[int])
try:
    class Bad(Sized): pass
    Bad()
except TypeError as e:
    print(type(e).__name__, e)


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


# Abstract properties, classmethods and staticmethods.
class Base(ABC):
    @property
    @abstractmethod
    def size(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...

    @staticmethod
    @abstractmethod
    def helper(): ...


print(sorted(Base.__abstractmethods__), attempt(Base))


class Impl(Base):
    size = 3

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


print(Impl.make().size, Impl.helper(), Impl.__abstractmethods__)

# update_abstractmethods after adding a method later.
import abc


class Later(ABC):
    @abstractmethod
    def run(self): ...


class LaterImpl(Later):
    pass


print(attempt(LaterImpl))
LaterImpl.run = lambda self: "ran"
abc.update_abstractmethods(LaterImpl)
print(LaterImpl().run(), LaterImpl.__abstractmethods__)

# register() as a class decorator, cycles, and non-classes.
@Sequence.register
class Fake:
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError


print(isinstance(Fake(), Sequence), issubclass(Fake, Collection), isinstance(Fake(), MutableSequence))
print(attempt(lambda: Reg.register(5)), attempt(lambda: Sequence.register(Sequence)))
print(attempt(lambda: issubclass(5, Iterable)), attempt(lambda: isinstance(1, 5)))
print(issubclass(bool, (str, Hashable)), isinstance([], (Mapping, Sized)))
print(type(Sequence).__name__, type(ABC).__name__, isinstance(Sequence, ABCMeta))

# Mapping/Set mixins on user classes.
class MySet(Set):
    def __init__(self, items): self.items = list(dict.fromkeys(items))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)


a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), a <= MySet([1, 2, 3, 4]), a == {1, 2, 3})


class MyMutMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)


mm = MyMutMap()
mm.update(x=1, y=2)
mm.setdefault("z", 3)
print(dict(mm), mm.pop("x"), len(mm), isinstance(mm, Mapping), isinstance(mm, dict))
print(attempt(lambda: MyMutMap().popitem()))


# typing.Protocol with @runtime_checkable (a metaclass __instancecheck__).
from typing import Protocol, runtime_checkable, TypeVar
T = TypeVar("T")
@runtime_checkable
class SupportsLen(Protocol):
    def __len__(self) -> int: ...
class Named(Protocol):
    name: str
@runtime_checkable
class HasName(Protocol[T]):
    name: str
class Impl(HasName):
    name = "x"
class N:
    name = "n"
print(isinstance([], SupportsLen), isinstance(3, SupportsLen), issubclass(dict, SupportsLen), issubclass(int, SupportsLen))
print(isinstance(N(), HasName), isinstance(Impl(), Impl), isinstance(N(), Impl), isinstance(3, HasName))
try:
    isinstance(N(), Named)
except TypeError as e:
    print(e)
try:
    runtime_checkable(int)
except TypeError as e:
    print(e)

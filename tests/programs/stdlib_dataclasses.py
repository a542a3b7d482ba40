# dataclasses: @dataclass with/without options, field(), defaults and factories, __post_init__,
# frozen, order, hashing rules, inheritance, asdict/astuple/replace/fields, errors
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from dataclasses import FrozenInstanceError, InitVar, KW_ONLY, make_dataclass
from typing import ClassVar, List

def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(p.x, p.y, Point.y, Point.__match_args__, Point.__doc__)
p.x = 10
print(p, Point.__hash__, attempt(lambda: hash(p)))
print(attempt(lambda: Point()), attempt(lambda: Point(1, 2, 3)), attempt(lambda: Point(1, z=2)))
print(attempt(lambda: Point(1, x=2)))

@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default='hidden', repr=False, compare=False)
    count: ClassVar[int] = 0
    def total(self):
        return self.unit_price * self.quantity
a = Inventory('widget', 2.5, 4)
b = Inventory('widget', 2.5, 4, secret='other')
a.tags.append('new')
print(a, a.total(), a == b, a.tags is b.tags, Inventory.count, [f.name for f in fields(a)])
print(asdict(a), astuple(b), is_dataclass(a), is_dataclass(Inventory), is_dataclass(5))
print(replace(a, quantity=10), attempt(lambda: replace(a, bogus=1)))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
vs = [Version(1, 2), Version(0, 9, 'beta'), Version(1, 0), Version(1, 2, 'x')]
print(sorted(vs), max(vs), Version(1, 2) == Version(1, 2, 'other'), Version(1) < Version(1, 1))
print(hash(Version(1, 2)) == hash(Version(1, 2, 'z')), len({Version(1), Version(1), Version(2)}))
v = Version(3)
print(attempt(lambda: setattr(v, 'major', 4)), attempt(lambda: delattr(v, 'minor')), v)
print(isinstance(FrozenInstanceError(), AttributeError))
print(attempt(lambda: Version(1) < 5))

@dataclass
class Derived:
    a: int
    b: int = field(init=False)
    c: InitVar[int] = 1
    def __post_init__(self, c):
        self.b = self.a * c
print(Derived(3), Derived(3, 5), attempt(lambda: replace(Derived(1), b=2)))

@dataclass
class Base:
    x: int
    y: str = 'y'
@dataclass
class Child(Base):
    z: float = 1.5
    x: int = 100
print(Child(), Child(1, 'b', 2.5), [f.name for f in fields(Child)], Child() == Base(100))

@dataclass(eq=False)
class Identity:
    v: int
i1 = Identity(1)
print(i1 == Identity(1), i1 == i1, hash(i1) == hash(i1))

@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(Hashy(1)) == hash(Hashy(1, [2])), Hashy(1) == Hashy(1, [2]))

@dataclass
class Custom:
    value: int
    def __repr__(self):
        return 'Custom<%d>' % self.value
    def __eq__(self, other):
        return True
print(Custom(5), Custom(1) == Custom(2), Custom.__hash__ is None)

@dataclass
class WithKw:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(WithKw(1, c=5), attempt(lambda: WithKw(1, 2)))

@dataclass(kw_only=True)
class AllKw:
    x: int
    y: int = 0
print(AllKw(x=1), attempt(lambda: AllKw(1)), attempt(lambda: AllKw()))

@dataclass
class Node:
    value: int
    children: List['Node'] = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(asdict(tree))
print(astuple(tree))

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty))

print(attempt(lambda: dataclass(type('Bad', (), {'__annotations__': {'a': int, 'b': int}, 'a': 1}))))
def bad_mutable():
    @dataclass
    class M:
        items: list = []
print(attempt(bad_mutable))
def bad_field():
    @dataclass
    class M:
        a: int
        b = field(default=1)
print(attempt(bad_field))
def bad_order():
    @dataclass(order=True)
    class M:
        a: int
        def __lt__(self, other):
            return True
print(attempt(bad_order))
print(attempt(lambda: field(default=1, default_factory=list)), attempt(lambda: fields(5)))
def bad_frozen():
    @dataclass
    class A:
        a: int
    @dataclass(frozen=True)
    class B(A):
        b: int
print(attempt(bad_frozen))
Dyn = make_dataclass('Dyn', [('x', int), ('y', int, field(default=5))])
print(Dyn(1), Dyn(1, 2) == Dyn(1, 2))

@dataclass
class Outer:
    @dataclass
    class Inner:
        q: int = 0
    inner: 'Outer.Inner' = None
print(Outer(Outer.Inner(3)))
match Point(1, 2):
    case Point(x, y):
        print('matched', x, y)

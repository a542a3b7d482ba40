# Enums built on the EnumType metaclass: iterating the class, len(), `in`, Color['RED'],
# Color(1), reversed(), __members__, members' name/value, aliases, auto(), IntEnum and
# StrEnum as their data type, Flag combinations, @unique, the functional API, member
# protection and the errors of each.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    SCARLET = 1

    def describe(self):
        return "%s=%s" % (self.name, self.value)

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(list(Color), len(Color), [c.name for c in Color], [c.value for c in reversed(Color)])
for c in Color:
    print(c, repr(c), c.describe())
print(Color["RED"], Color(2), Color(Color.BLUE), Color.SCARLET is Color.RED, Color["SCARLET"])
print(Color.RED in Color, Color.favourite(), type(Color.RED).__name__, type(Color).__name__)
print(attempt(lambda: 1 in Color), attempt(lambda: Color(9)), attempt(lambda: Color["PINK"]))
print(list(Color.__members__), type(Color.__members__).__name__, Color.__members__["SCARLET"])
print(repr(Color), str(Color), Color.__name__, isinstance(Color, EnumMeta), EnumMeta is EnumType)
print(attempt(lambda: setattr(Color, "RED", 5)), attempt(lambda: delattr(Color, "RED")))
print(Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1, attempt(lambda: Color.RED < Color.BLUE))
print({Color.RED: "r"}[Color.SCARLET], sorted(Color, key=lambda c: c.value)[-1], hash(Color.RED) == hash(Color.SCARLET))
print(f"{Color.BLUE}", "%s" % Color.GREEN, format(Color.RED, ">12") + "|", bool(Color.RED))
print(dir(Color))
print(dir(Color.RED))

match Color.GREEN:
    case Color.RED:
        print("matched red")
    case Color.GREEN:
        print("matched green")


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.LOW < Priority.HIGH, Priority.MEDIUM + 1, Priority.HIGH * 2, sorted([Priority.HIGH, Priority.LOW]))
print(Priority(5), repr(Priority(5)), str(Priority.HIGH), f"{Priority.LOW:03d}", int(Priority.MEDIUM), Priority.LOW == 1)
print(["x", "y", "z"][Priority.LOW], max(Priority), list(Priority)[::-1], isinstance(Priority.LOW, int))


class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = auto()


print(list(Shape), Shape.CIRCLE == "circle", Shape("square"), Shape.SQUARE.upper(), f"{Shape.CIRCLE}")


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    NEXT = auto()


print([(s.name, s.value) for s in Step])


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), list(rw), len(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(~Perm.R))
print(Perm(7), Perm.R & Perm.W, attempt(lambda: Perm(8)), list(Perm))


class Bits(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print(Bits.A | Bits.C, Bits.A | 8, int(Bits.B | Bits.C), repr(Bits(0)), Bits.C > Bits.A)


def make_duplicate():
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
    return Dup


print(attempt(make_duplicate))


def reuse_name():
    class R(Enum):
        A = 1
        A = 2


def extend():
    class More(Color):
        PURPLE = 4


print(attempt(reuse_name), attempt(extend))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3), repr(Animal))
Planet = Enum("Planet", [("MERCURY", 1), ("VENUS", 2)])
print(list(Planet), Planet["VENUS"].value)


class Planet2(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def ratio(self):
        return round(self.mass / self.radius / 1e17, 2)


print(Planet2.EARTH.value, Planet2.MARS.mass, Planet2.EARTH.ratio, Planet2((6.42e23, 3.39e6)))


class Missing(Enum):
    A = "a"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() == "a":
            return cls.A
        return None


print(Missing("A"), attempt(lambda: Missing("b")))


# Enum subclasses may add methods but no members; the metaclass drives iteration.
class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value


class Size(Ordered):
    S = 1
    L = 3
    M = 2


print(sorted(Size), Size.S < Size.M, [s.name for s in Size])

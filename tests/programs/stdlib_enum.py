# enum: members, lookup by value/name, aliases, auto, unique, IntEnum/StrEnum/Flag/IntFlag,
# methods and custom __init__/__new__, reprs and strs. (Iterating over an enum class needs a
# metaclass; __members__ and _member_names_ are used instead.)
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return '%s is %d' % (self.name, self.value)
    @property
    def is_primary(self):
        return True
    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value, Color.RED.describe())
print(Color(2), Color['BLUE'], Color(Color.RED), Color.CRIMSON is Color.RED, repr(Color.CRIMSON))
print(type(Color.RED) is Color, isinstance(Color.RED, Color), isinstance(Color.RED, Enum), Color.default())
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED.is_primary)
print(attempt(lambda: Color(7)), attempt(lambda: Color['PURPLE']), attempt(lambda: Color.RED < Color.GREEN))
print(list(Color.__members__), [m.name for m in Color.__members__.values()], Color._member_names_)
print({Color.RED: 'r', Color.GREEN: 'g'}[Color.CRIMSON], len({Color.RED, Color.CRIMSON, Color.BLUE}))
print(f'{Color.RED}', f'{Color.RED:>12}|', format(Color.GREEN), str(Color.BLUE), bool(Color.RED))
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green matched')

class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()
print(repr(Weekday.MON), Weekday.WED.value, Weekday(2))

class Shade(StrEnum):
    LIGHT = auto()
    DARK = 'dark'
print(repr(Shade.LIGHT), str(Shade.LIGHT), Shade.DARK == 'dark', Shade.LIGHT.upper(), f'{Shade.DARK}', Shade('light'))

class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(repr(Level.MID), str(Level.MID), Level.MID + 1, Level.LOW < Level.HIGH, Level.HIGH == 10, sorted([Level.HIGH, Level.LOW]))
print(f'{Level.HIGH:>4}|', format(Level.LOW, '03d'), Level(5), {10: 'ten'}[Level.HIGH], isinstance(Level.LOW, int))
print(bool(Level.LOW), max(Level.LOW, Level.MID), Level.MID * 2, ['a', 'b', 'c'][Level.LOW])

class Mixed(str, Enum):
    A = 'a'
    B = 'b'
print(repr(Mixed.A), str(Mixed.A), format(Mixed.A), Mixed.A == 'a', Mixed('b'), hash(Mixed.A) == hash(Mixed.A))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.name, rw.value, Perm.R in rw, Perm.X in rw, list(rw), len(rw))
print(repr(~Perm.R), repr(rw & Perm.W), repr(rw ^ Perm.R), repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(rw))
print(repr(Perm(7)), Perm(6) is rw, repr(Perm.X | Perm.R))

class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
print(repr(Opt.A), repr(Opt.C), repr(Opt.AB), repr(Opt.A | Opt.B), repr(Opt.A | Opt.B | Opt.C), list(Opt.AB))

class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), str(IP.R | IP.W), IP.R | 1, repr(IP.R | 8), IP.R + 1, repr(IP(0)), IP.W == 2)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), Planet.MERCURY.value)

class Coord(bytes.__class__.__base__ if False else Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    X = (1, 'ex')
    Y = (2, 'why')
print(repr(Coord.X), Coord.Y.label, Coord(2), attempt(lambda: Coord(3)))

print(attempt(lambda: unique(Color)))
@unique
class Fine(Enum):
    A = 1
    B = 2
print(Fine.B)
class Base(Enum):
    def twice(self):
        return self.value * 2
class Sub(Base):
    ONE = 1
print(Sub.ONE.twice())
Animal = Enum('Animal', 'ANT BEE CAT')
print(repr(Animal.BEE), Animal(3), Animal._member_names_)
Pairs = Enum('Pairs', [('ON', True), ('OFF', False)])
print(Pairs.ON, Pairs(False))
class Missing(Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, value):
        return cls.A if str(value).lower() == 'a' else None
print(Missing('A'), attempt(lambda: Missing('b')))

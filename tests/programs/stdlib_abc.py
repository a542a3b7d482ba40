# abc: ABC, abstractmethod, instantiation errors, partial implementations, abstract properties
from abc import ABC, abstractmethod

def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side

class HalfDone(Shape):
    def area(self):
        return 0

print(attempt(lambda: Shape()))
print(attempt(lambda: HalfDone()))
sq = Square(3)
print(sq.area(), sq.perimeter(), sq.describe(), isinstance(sq, Shape), isinstance(sq, ABC))
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)

class Base(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
    @staticmethod
    @abstractmethod
    def helper():
        ...
class Impl(Base):
    @property
    def name(self):
        return 'impl'
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper():
        return 'help'
print(attempt(lambda: Base()))
print(Impl.make().name, Impl.helper())

class Plain(ABC):
    pass
print(type(Plain()).__name__)

class WithInit(ABC):
    def __init__(self, a, b=2):
        self.total = a + b
    @abstractmethod
    def run(self):
        ...
class Runner(WithInit):
    def run(self):
        return self.total
print(Runner(5).run(), Runner(1, b=1).run(), attempt(lambda: WithInit(1)))

class Mixin:
    def run(self):
        return 'mixin'
class Combined(Mixin, WithInit):
    pass
print(Combined(0).run())

@Shape.register
class Virtual:
    pass
print(Virtual.__name__)

class Default(ABC):
    @abstractmethod
    def greet(self):
        return 'hello from base'
class Child(Default):
    def greet(self):
        return super().greet() + ' via child'
print(Child().greet())

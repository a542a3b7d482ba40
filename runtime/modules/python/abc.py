"""Abstract base classes without metaclasses.

`ABC` computes `__abstractmethods__` for each subclass (in `__init_subclass__`) and refuses
to instantiate a class that still has some (in `__new__`). `ABCMeta` is an alias of `type`,
so `class X(metaclass=ABCMeta)` does not get these checks; `register` only records.
"""


def abstractmethod(funcobj):
    """Mark a method abstract: subclasses of ABC must override it to be instantiable."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    # staticmethod, classmethod and property wrap the function that carries the mark.
    for inner in ("__func__", "fget"):
        if getattr(getattr(value, inner, None), "__isabstractmethod__", False):
            return True
    return False


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ from its namespace and its bases."""
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC:
    """Base class of abstract classes; see the module docstring."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        update_abstractmethods(cls)
        cls._abc_registry = []

    def __new__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            plural = "s" if len(names) > 1 else ""
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, plural, ", ".join(names)))
        following = super().__new__
        if following is object.__new__:
            return following(cls)
        return following(cls, *args, **kwargs)

    @classmethod
    def register(cls, subclass):
        """Record a virtual subclass (isinstance does not consult the record)."""
        cls._abc_registry.append(subclass)
        return subclass


ABC.__abstractmethods__ = frozenset()
ABC._abc_registry = []

ABCMeta = type


def get_cache_token():
    return 0

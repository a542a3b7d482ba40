# list[int] (types.GenericAlias) and int | None (types.UnionType): reprs, equality,
# isinstance/issubclass with unions, use in annotations, __class_getitem__ on user classes,
# subclassing an alias, and the errors for parameterized generics.
import types
from collections.abc import Iterable, Callable


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[str], type[int])
print(type(list[int]) is types.GenericAlias, list[int].__origin__, list[int].__args__, dict[str, int].__args__)
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(list[int](), list[int]("ab"), dict[str, int](a=1))
print(attempt(lambda: isinstance([], list[int])), attempt(lambda: issubclass(list, list[int])))

print(int | None, int | str | float, type(int | str), (int | str).__args__)
print(int | str == str | int, (int | None) == (int | None), int | int, (int | str) | None)
print(isinstance(1, int | str), isinstance("a", int | str), isinstance(1.5, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str), isinstance(3, (str, int | None)))
print(list[int] | None, attempt(lambda: isinstance(1, list[int] | None)))
print(attempt(lambda: int | 5), attempt(lambda: "x" | int), attempt(lambda: None | None))
print(types.UnionType, types.GenericAlias, isinstance(int | str, types.UnionType))


class Box:
    def __class_getitem__(cls, item):
        return "Box of %s" % (item.__name__ if isinstance(item, type) else item,)


print(Box[int], Box["x"])


class IntList(list[int]):
    def total(self):
        return sum(self)


il = IntList([1, 2, 3])
print(il.total(), IntList.__bases__, IntList.__orig_bases__, isinstance(il, list))


def typed(x: int | None = None, *items: list[str]) -> dict[str, int]:
    return {"x": x}


print(typed.__annotations__)
print(typed(), typed(3))


class Node:
    children: list["Node"]
    value: int | float = 0


print(Node.__annotations__, Node.value)
print(Iterable[int], Callable[[int, str], bool], Callable[..., int])


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(WithMeta | None, isinstance(WithMeta(), WithMeta | int), list[WithMeta])

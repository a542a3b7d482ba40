# typing: annotations evaluate, subscripting and reprs of aliases, Optional/Union rules,
# TypeVar/Generic/Protocol classes, NamedTuple and TypedDict classes, cast/overload/get_args
from typing import (Any, Optional, Union, List, Dict, Set, Tuple, FrozenSet, Callable, Iterable,
                    Iterator, Generator, Sequence, Mapping, Type, TypeVar, Generic, Protocol,
                    NamedTuple, TypedDict, Literal, Final, ClassVar, cast, overload,
                    TYPE_CHECKING, NoReturn, get_args, get_origin, Deque, DefaultDict,
                    Counter, Annotated, NewType, get_type_hints)
import typing

def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

print(Any, Optional[int], Union[int, str], Union[int, None], Union[None, str])
print(List[int], Dict[str, List[int]], Set[float], FrozenSet[str], Tuple[int, ...], Tuple[()])
print(Tuple[int, str], Callable[[int, str], bool], Callable[..., Any], Iterable[Tuple[int, int]])
print(Iterator[str], Generator[int, None, None], Sequence[Mapping[str, Any]], Type[int])
print(Literal['a', 1], Final[int], ClassVar[List[int]], Deque[int], DefaultDict[str, int], Counter[str])
print(List, Dict, Optional, Union, Callable, Annotated[int, 'meta'])
print(Union[int], Union[int, Union[str, int]], Optional[Union[int, str]], Union[int, str] == Union[str, int])
print(List[int] == List[int], List[int] == List[str], hash(Dict[str, int]) == hash(Dict[str, int]))
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(int), get_args(int))
print(get_origin(Union[int, str]), get_args(Optional[int]), get_origin(Literal[1]), get_args(Literal[1, 2]))
print(attempt(lambda: List()), attempt(lambda: Dict[str, int]()), attempt(lambda: List[int, str]))
print(attempt(lambda: Union[()]), attempt(lambda: Any[int]), attempt(lambda: Optional[1]))
print(Deque[int]([1, 2]), DefaultDict[str, list](list), TYPE_CHECKING, NoReturn)

T = TypeVar('T')
K = TypeVar('K', bound=str)
N = TypeVar('N', int, float)
Co = TypeVar('Co', covariant=True)
print(T, K, N, Co, T.__name__, N.__constraints__, K.__bound__, List[T], Dict[K, T][str, int])

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, isinstance(s, Stack))

class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v
print(Pair('a', 1).v)
class IntStack(Stack[int]):
    pass
i = IntStack()
i.push(5)
print(i.items, isinstance(i, Stack))

class SupportsClose(Protocol):
    def close(self) -> None:
        ...
class Resource:
    def close(self) -> None:
        print('closed')
def shutdown(r: SupportsClose) -> None:
    r.close()
shutdown(Resource())

class Employee(NamedTuple):
    name: str
    id: int = 3
    def describe(self) -> str:
        return '%s#%d' % (self.name, self.id)
e = Employee('guido')
print(e, e.describe(), e.id, Employee._fields, Employee._field_defaults, e._replace(id=9), e._asdict())
print(isinstance(e, tuple), e == ('guido', 3), Employee('x', 1) < Employee('y', 0), len(e))
a, b = Employee('ann', 7)
print(a, b, attempt(lambda: Employee()), Employee.__annotations__)
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point._fields)
def bad_nt():
    class Bad(NamedTuple):
        a: int = 1
        b: str
print(attempt(bad_nt))

class Movie(TypedDict):
    title: str
    year: int
m = Movie(title='Blade Runner', year=1982)
print(m, type(m).__name__, m['year'], Movie.__annotations__, sorted(Movie.__required_keys__))
Alt = TypedDict('Alt', {'name': str})
print(Alt(name='x'), Alt.__annotations__, sorted(Alt.__required_keys__))

def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None
print(first([3, 4]), first([]), cast(int, 'not really'), cast('List[int]', [1]))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double('ab'))
@overload
def only_overload(x: int) -> int: ...
print(attempt(lambda: only_overload(1))[:60])

UserId = NewType('UserId', int)
print(UserId(5), UserId)

class Config:
    debug: bool = False
    level: 'int' = 1
    names: List[str]
    rate: Optional[float] = None
    MAX: ClassVar[int] = 10
print(get_type_hints(Config))
print(Config.__annotations__)
def annotated(a: int, b: 'str' = 'x') -> Dict[str, int]:
    return {b: a}
print(annotated(1), Callable[[], None], Optional[Callable[[int], int]])

# dataclasses with `from __future__ import annotations` (string annotations: ClassVar and
# InitVar detection by text), default docstrings, slots, nested and recursive dataclasses
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field
from typing import ClassVar, Optional, List, Dict
import typing

def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list[float] = field(default_factory=list)
    rate: ClassVar[float] = 0.05
    limit: typing.ClassVar[int] = 3
    scale: dataclasses.InitVar[int] = 1
    def __post_init__(self, scale):
        self.balance *= scale
    def deposit(self, amount: float) -> None:
        self.history.append(amount)
        self.balance += amount
acct = Account('ann', 10, scale=2)
acct.deposit(5)
print(acct, Account.rate, [f.name for f in dataclasses.fields(acct)])
print(Account.__annotations__)
print(Account.__doc__)

@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = field(compare=False)
    def __str__(self):
        return '%d%s' % (self.rank, self.suit)
hand = sorted([Card(10, 'h'), Card(2, 's'), Card(7, 'd')])
print([str(c) for c in hand], hand[0], Card.__doc__)

@dataclass
class TreeNode:
    value: int
    left: Optional[TreeNode] = None
    right: Optional[TreeNode] = None
    def total(self) -> int:
        return self.value + (self.left.total() if self.left else 0) + (self.right.total() if self.right else 0)
t = TreeNode(1, TreeNode(2, TreeNode(4)), TreeNode(3))
print(t.total(), t.left, TreeNode.__doc__)

@dataclass(slots=True)
class Slim:
    a: int
    b: str = 'b'
sl = Slim(1)
print(sl, Slim.__slots__, attempt(lambda: setattr(sl, 'c', 1))[:14], hasattr(sl, '__dict__'))

@dataclass
class Registry:
    entries: Dict[str, List[int]] = field(default_factory=dict)
    count: int = field(default=0, init=False, repr=False)
    def add(self, key: str, v: int) -> None:
        self.entries.setdefault(key, []).append(v)
        self.count += 1
r = Registry()
r.add('a', 1)
r.add('a', 2)
print(r, r.count, Registry.__doc__, dataclasses.asdict(r))
print(dataclasses.replace(r, entries={}), dataclasses.astuple(Card(3, 'c')))
print(Account('x') == Account('x'), Account('x') == Account('y'))

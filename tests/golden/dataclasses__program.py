# a small dataclass-based program: defaults, factories, properties, ordering, asdict
from dataclasses import dataclass, field, asdict, fields, replace
import dataclasses
from collections import namedtuple

@dataclass
class Employee:
    name: str
    dept: str
    salary: float = 0.0
    skills: list[str] = field(default_factory=list)
    def raise_pay(self, pct):
        self.salary *= 1 + pct / 100

staff = [Employee('ann', 'eng', 100.0, ['py']), Employee('bob', 'ops', 80.0), Employee('cy', 'eng', 120.0)]
for e in staff:
    e.raise_pay(10)
print(staff)
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
print(sorted(staff, key=lambda e: e.salary, reverse=True)[0].name)
print([asdict(e) for e in staff][0])
P = namedtuple('P', 'a b')
@dataclass
class Holder:
    p: P
    d: dict
print(asdict(Holder(P(1, [2]), {'k': (1, 2)})))
@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str
deck = sorted({Card(r, s) for r in (3, 1, 2) for s in 'hs'})
print(deck[:3], len(deck), Card(1, 'h') in set(deck))
print(replace(deck[0], suit='x'))
@dataclass
class WithProp:
    _x: int = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
w = WithProp()
w.x = 5
print(w, w.x)
@dataclass
class Defaults:
    a: int = 1
    b: str = 'two'
    c: tuple = (3,)
    d: None = None
    e: frozenset = frozenset()
print(Defaults(), Defaults.__init__.__defaults__ if hasattr(Defaults.__init__, '__defaults__') else '')
print(dataclasses.is_dataclass(Defaults), [f.default for f in fields(Defaults)])
@dataclass
class Node:
    val: int
    next: 'Node | None' = None
n = Node(1, Node(2, Node(3)))
print(n)
print(n == Node(1, Node(2, Node(3))))
@dataclass(repr=False, eq=False)
class Bare:
    x: int
print(Bare(1) == Bare(1), 'Bare object' in repr(Bare(1)))
@dataclass
class Counter:
    count: int = 0
    def __post_init__(self):
        if self.count < 0:
            raise ValueError('negative count')
try:
    Counter(-1)
except ValueError as e:
    print(e)
print(Counter.__dataclass_params__ if False else 'params', Counter.__dataclass_fields__['count'].default)

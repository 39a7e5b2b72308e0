# InitVar pseudo-fields passed to __post_init__, slots=True, repr recursion guard
from dataclasses import dataclass, field, fields, InitVar


@dataclass
class Account:
    owner: str
    seed: InitVar[int] = 0
    balance: int = field(init=False)

    def __post_init__(self, seed):
        self.balance = seed * 100


a = Account('ann', 3)
print(a, [f.name for f in fields(a)], hasattr(a, 'seed'))
print(Account('bob'))


@dataclass(slots=True)
class Slim:
    x: int
    y: int = 2


s = Slim(1)
print(s, Slim.__slots__, hasattr(s, '__dict__'))
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__)


@dataclass
class Tree:
    name: str
    children: list = field(default_factory=list)


t = Tree('root')
t.children.append(t)
print(t)

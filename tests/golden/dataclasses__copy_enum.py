# dataclasses and enums with copy: deepcopy of nested dataclasses, enum members stay singletons
import copy
from dataclasses import dataclass, field
from enum import Enum


class Kind(Enum):
    A = 1
    B = 2


@dataclass
class Item:
    kind: Kind
    tags: list = field(default_factory=list)


@dataclass(frozen=True)
class Box:
    items: tuple
    label: str = 'box'


i = Item(Kind.A, ['x'])
j = copy.deepcopy(i)
print(j, j == i, j.tags is i.tags, j.kind is Kind.A)
k = copy.copy(i)
print(k.tags is i.tags)
b = Box((i,))
b2 = copy.deepcopy(b)
print(b2, b2 == b, b2.items[0] is i)
print(copy.copy(Kind.B) is Kind.B, copy.deepcopy([Kind.A, Kind.A])[0] is Kind.A)

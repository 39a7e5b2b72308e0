# typing with dataclasses (ClassVar excluded from fields, __doc__ signatures) and generics
from dataclasses import dataclass, field, fields
from typing import ClassVar, List, Optional, Dict, Union, TypeVar, Generic, Iterator
import typing


@dataclass
class Inventory:
    registry: ClassVar[Dict[str, int]] = {}
    name: str = 'inv'
    items: List[str] = field(default_factory=list)
    owner: Optional[str] = None


inv = Inventory()
print(inv, [f.name for f in fields(inv)], Inventory.registry, Inventory.__doc__)
print(Optional[int | str], Union[int, str] | None, typing.Union[int | None, str])
T = TypeVar('T')


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


b: Box[int] = Box(3)
print(b.get(), Box[str]('s').item, Box.__orig_bases__ if hasattr(Box, '__orig_bases__') else '')


def gen(n: int) -> Iterator[int]:
    yield from range(n)


print(list(gen(3)), gen.__annotations__)
print(typing.get_type_hints(Inventory))

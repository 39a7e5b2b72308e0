# field(): default_factory, repr=, compare=, init=; fields(), __post_init__
from dataclasses import dataclass, field, fields


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    secret: str = field(default='hidden', repr=False)
    weight: float = field(default=1.0, compare=False)
    count: int = field(init=False, default=0)
    total: int = field(init=False)

    def __post_init__(self):
        self.total = len(self.items) * 10


a = Inventory('a')
b = Inventory('a')
a.items.append(1)
print(a, b, a.items is b.items)
print(Inventory('x', weight=2.0) == Inventory('x', weight=3.0))
print(Inventory('q', [1, 2, 3]).total)
for f in fields(Inventory):
    print(f.name, f.type.__name__, f.init, f.repr, f.compare, f.default_factory is list)
print([f.name for f in fields(a)])
try:
    fields(5)
except TypeError as e:
    print(type(e).__name__, e)
print(Inventory.secret, hasattr(Inventory, 'items'))

# frozen=True: assignment/deletion raise FrozenInstanceError; hash from fields
from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0


p = Pt(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del p.y
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(p) == hash((1, 2)), {p, Pt(1, 2)}, p)
try:
    @dataclass
    class Child(Pt):
        z: int = 0
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Loose:
    a: int


try:
    @dataclass(frozen=True)
    class Hard(Loose):
        b: int = 0
except TypeError as e:
    print(type(e).__name__, e)

# field inheritance, overriding defaults, __post_init__ chains, KW_ONLY
from dataclasses import dataclass, field, KW_ONLY, fields


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    y: int = 10


print(Derived(0), [f.name for f in fields(Derived)], Derived.__match_args__)


@dataclass
class A:
    a: int

    def __post_init__(self):
        print('A post init', self.a)


@dataclass
class B(A):
    b: int = 0

    def __post_init__(self):
        super().__post_init__()
        print('B post init', self.b)


B(1, 2)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int


print(KW(1, c=3), KW.__match_args__)
try:
    KW(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Wrong(Base):
        w: int
except TypeError as e:
    print(type(e).__name__, e)

# order=True comparisons, eq=False, unsafe_hash, explicit __hash__/__eq__ kept
from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(0, 9, 'b'), Version(1, 0)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
print(Version(1, 0, 'x') == Version(1, 0, 'y'))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), hash(Ident(1)) != 0)


@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(H(3)) == hash((3,)), H.__hash__ is not None)


@dataclass
class Custom:
    a: int

    def __eq__(self, other):
        return True


print(Custom(1) == Custom(2), Custom.__hash__)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True)
    class Bad2:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(unsafe_hash=True)
    class Bad3:
        a: int

        def __hash__(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)

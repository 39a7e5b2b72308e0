# kw_only/match_args options, InitVar with replace, mixed kw_only fields, a field named self,
# explicit __hash__, inherited __post_init__, metadata, factories, ordering
from dataclasses import dataclass, field, fields, KW_ONLY, replace, InitVar, asdict
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K.__match_args__)
try:
    K(1)
except TypeError as e:
    print(e)
@dataclass(match_args=False)
class NM:
    x: int
print(hasattr(NM, '__match_args__'))
@dataclass
class CV:
    x: int
    y: 'ClassVar[int]' = 5
print(CV(1), [f.name for f in fields(CV)], CV.y)
@dataclass
class IV:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.x *= scale
v = IV(3)
print(v, replace(v, scale=10), replace(v))
@dataclass
class Mixed:
    a: int
    b: int = field(default=1, kw_only=True)
    c: int = 3
print(Mixed(1, 2), Mixed(1, b=5), Mixed.__match_args__)
@dataclass
class Self_:
    self: int
    other: int = 0
print(Self_(1, 2))
@dataclass(eq=True, frozen=False)
class WithHash:
    x: int
    def __hash__(self):
        return 42
print(hash(WithHash(1)))
@dataclass
class Parent:
    x: int = 0
    def __post_init__(self):
        print('parent post init')
@dataclass
class Kid(Parent):
    y: int = 1
Kid()
@dataclass
class Meta:
    x: int = field(default=0, metadata={'unit': 'm'})
print(fields(Meta)[0].metadata['unit'], dict(fields(Meta)[0].metadata))
@dataclass
class Opt:
    items: list = field(default_factory=lambda: [1, 2])
    d: dict = field(default_factory=dict, repr=False)
a, b = Opt(), Opt()
a.items.append(3)
print(a, b, a == b)
@dataclass(order=True)
class Pair:
    first: int
    second: str
print(Pair(1, 'b') > Pair(1, 'a'), max([Pair(0, 'z'), Pair(2, 'a')]), Pair(1, 'a') <= Pair(1, 'a'))
print(asdict(Pair(1, 'x')), Pair.__lt__.__qualname__)

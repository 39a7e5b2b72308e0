# from __future__ import annotations: string annotations; InitVar/KW_ONLY recognised by
# name through the class's module (ClassVar needs typing imported, so here it is a field)
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, fields, KW_ONLY, InitVar


@dataclass
class A:
    x: int
    y: list[int] = field(default_factory=list)
    count: ClassVar[int] = 0
    iv: dataclasses.InitVar[int] = 1

    def __post_init__(self, iv):
        print('iv', iv)


print(A(1), [f.name for f in fields(A)], A.__doc__)


@dataclass
class B:
    a: int
    _: KW_ONLY
    b: int = 0
    scale: InitVar[int] = 3

    def __post_init__(self, scale):
        self.a *= scale


print(B(2, b=1), B.__match_args__, [f.type for f in fields(B)])
import __future__
print(__future__.annotations, __future__.all_feature_names[-1])

# the generated __init__'s argument errors match CPython's
from dataclasses import dataclass, field


@dataclass
class P:
    x: int
    y: int
    z: int = 3


for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3, 4), {}), ((1, 2), {'w': 0}),
                     ((1, 2), {'x': 0})]:
    try:
        P(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)


@dataclass
class K:
    a: int = field(kw_only=True)
    b: int = 0


print(K(a=1), K(5, a=2))
try:
    K(1)
except TypeError as e:
    print(type(e).__name__, e)

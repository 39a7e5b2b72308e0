# asdict, astuple, replace, is_dataclass, make_dataclass
from dataclasses import dataclass, field, asdict, astuple, replace, is_dataclass, make_dataclass


@dataclass
class Inner:
    v: list


@dataclass
class Outer:
    name: str
    inner: Inner
    extra: dict = field(default_factory=dict)
    frozen_id: int = field(init=False, default=7)


o = Outer('o', Inner([1, 2]), {'k': Inner([3])})
d = asdict(o)
print(d, d['inner']['v'] is o.inner.v)
print(astuple(o))
r = replace(o, name='r')
print(r, r.inner is o.inner)
try:
    replace(o, frozen_id=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    replace(o, nope=1)
except TypeError as e:
    print(type(e).__name__, e)
for bad in (asdict, astuple):
    try:
        bad(5)
    except TypeError as e:
        print(type(e).__name__, e)
print(is_dataclass(o), is_dataclass(Outer), is_dataclass(5))
C = make_dataclass('C', [('a', int), ('b', int, field(default=5))])
print(C(1), C(1, 2) == C(1, 2), C.__name__)
print(asdict(o, dict_factory=lambda items: sorted(items)))

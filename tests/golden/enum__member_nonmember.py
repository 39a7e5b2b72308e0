# enum.member / enum.nonmember / enum.property, nested functions, __init_subclass__
import enum
from enum import Enum, member, nonmember


class Ops(Enum):
    ADD = member(lambda a, b: a + b)
    LIMIT = nonmember(10)

    def __call__(self, *args):
        return self.value(*args)


print(list(Ops.__members__), Ops.ADD(2, 3), Ops.LIMIT)


class Base(Enum):
    def __init_subclass__(cls, **kw):
        print('subclass', cls.__name__, kw)
        super().__init_subclass__()


class Child(Base, flag=1):
    A = 1


print(list(Child))


class WithProp(Enum):
    X = 1

    @enum.property
    def doubled(self):
        return self.value * 2


print(WithProp.X.doubled)
try:
    WithProp.X.doubled = 3
except AttributeError as e:
    print(type(e).__name__, e)

# 3.11's EnumType.__getattr__: missing class attributes are AttributeError(name); members
# found through it; descriptor errors on the class fall back to it too
from enum import Enum


class C(Enum):
    A = 1

    @property
    def doubled(self):
        return self.value * 2


for n in ['PURPLE', '__foo__', 'name', 'value', 'A']:
    try:
        print(n, getattr(C, n))
    except AttributeError as e:
        print(n, type(e).__name__, repr(e))
try:
    C.A.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(C, 'B'), hasattr(C, 'A'), C.A.doubled, getattr(C, 'missing', 'default'), type(C.doubled).__name__)


class Meta(type):
    def __getattr__(cls, name):
        return 'meta:' + name


class Raiser:
    def __get__(self, inst, owner):
        raise AttributeError('from descriptor')


class K(metaclass=Meta):
    d = Raiser()


print(K.d, K.other)

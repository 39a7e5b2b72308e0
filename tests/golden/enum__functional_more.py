# functional API with start/Flag/IntFlag/dict names, duplicate names, empty enums as bases
from enum import Enum, IntFlag, Flag, IntEnum
X = Enum('X', 'a b', start=0)
print(list(X))
Perm = IntFlag('Perm', 'R W X')
print(list(Perm), repr(Perm.R | Perm.X))
F = Flag('F', ['A', 'B'])
print(list(F), repr(F.A | F.B), repr(~F.A))
N = IntEnum('N', {'one': 1, 'two': 2})
print(N.two + 1, N.__name__, N.__module__)
try:
    Enum('Bad', 'a a')
except TypeError as e:
    print(type(e).__name__, e)
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY))
class Empty(Enum):
    pass
print(list(Empty), len(Empty), bool(Empty))
class Sub(Empty):
    Z = 26
print(list(Sub), Sub.Z, isinstance(Sub.Z, Empty))

class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)

class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Both) and o.v == self.v
    def __hash__(self): return hash(self.v)
print(len({Both(1), Both(1), Both(2)}), hash(Both(7)) == hash(7))

class Child(Both):
    def __eq__(self, o): return False
print(Child.__hash__)

class Child2(Both):
    pass
print(Child2.__hash__ is Both.__hash__)

class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print(type(e).__name__, e)

class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()) == hash(2**70))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class Default: pass
d = Default()
print(hash(d) == hash(d), type(hash(d)).__name__)
from collections.abc import Hashable
print(isinstance(EqOnly(), Hashable), isinstance(Both(1), Hashable))
for v in [[1], {1: 2}, {1}, ([],)]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2}[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in {1}
except TypeError as e:
    print(type(e).__name__, e)

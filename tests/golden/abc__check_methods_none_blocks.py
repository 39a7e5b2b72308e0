# setting a method to None opts a class out of the one-trick-pony ABCs
from collections.abc import Iterable, Sized, Collection, Hashable, Reversible, Container, Sequence
class NoIter:
    __iter__ = None
    def __len__(self): return 0
print(isinstance(NoIter(), Iterable), isinstance(NoIter(), Sized), issubclass(NoIter, Collection))
class NoHash(list):
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance((), Hashable), issubclass(list, Hashable))
class Seq(Sequence):
    def __getitem__(self, i): return i
    def __len__(self): return 0
class NoRev(Seq):
    __reversed__ = None
print(issubclass(Seq, Reversible), issubclass(NoRev, Reversible))
class Inherits(NoIter):
    def __iter__(self): return iter(())
print(isinstance(Inherits(), Iterable))
class Cnt:
    def __contains__(self, x): return True
print(isinstance(Cnt(), Container), issubclass(Cnt, Collection))

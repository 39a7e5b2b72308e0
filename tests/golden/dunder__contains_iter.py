class Cont:
    def __contains__(self, x):
        print("__contains__", x)
        return x == 1
class ItOnly:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])
class GetItem:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i >= 3: raise IndexError(i)
        return i * 10
print(1 in Cont(), 2 in Cont(), 2 not in Cont())
print(2 in ItOnly(), 5 in ItOnly())
print(10 in GetItem(), 99 in GetItem())
print(list(GetItem()), list(iter(GetItem())))
class Truthy:
    def __contains__(self, x): return "yes"
print(1 in Truthy())
class Nothing: pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(Nothing())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in 3: pass
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in BadIter(): pass
except TypeError as e:
    print(type(e).__name__, e)
class Counter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Counter()), sum(Counter()), next(Counter()))
class NoNext:
    def __next__(self): return 1
try:
    next(Nothing())
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
class NoneIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoneIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoneContains:
    __contains__ = None
try:
    1 in NoneContains()
except TypeError as e:
    print(type(e).__name__, e)
it = iter(lambda: 1, 1)
print(list(it))
class Rev:
    def __reversed__(self): return iter("cba")
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())))
class SeqRev:
    def __len__(self): return 2
    def __getitem__(self, i): return ["x", "y"][i]
print(list(reversed(SeqRev())))
try:
    reversed(Nothing())
except TypeError as e:
    print(type(e).__name__, e)

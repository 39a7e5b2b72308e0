import sys
from itertools import *
class N:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __repr__(self): return "N(%d)" % self.v
c = count(N(1), N(2))
print(next(c), next(c), c)
print(list(islice(range(5), N(1), N(4))))
print(list(islice(range(5), sys.maxsize)))
print(list(repeat('z', N(2))))
print(list(islice([1,2,3], None, None, None)))
print(list(accumulate([1,2,3], None)))
print(list(starmap(max, (x for x in [(1,5),(7,2)]))))
def bad():
    yield 1
    raise ValueError("x")
try:
    print(list(zip_longest(bad(), range(5))))
except ValueError as e:
    print("VE", e)
z = zip_longest(bad(), range(3))
print(next(z))
try: next(z)
except ValueError as e: print("VE", e)
print(next(z, 'end'))
print(list(product(x for x in 'ab')))
it = iter(count())
print(it is iter(it), iter(chain()).__next__ is not None)
print(next(iter(repeat(3))))
print(isinstance(count(), count), count.__module__ if False else '')
print(list(chain(*[[1]]*3)))

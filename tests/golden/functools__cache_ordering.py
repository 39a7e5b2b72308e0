import functools

calls = []

@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__(5))

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())

@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1

print(fact(20), fact.cache_info(), fact.cache_parameters())

@functools.lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(('t', x))
    return x

calls.clear()
print(ident(1), ident(1.0), ident(True), ident(1), ident(x=1), ident(x=1))
print(calls, ident.cache_info())

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())

@functools.lru_cache(maxsize=-5)
def neg(x):
    return x
print(neg(1), neg.cache_info())

try:
    functools.lru_cache('x')
except TypeError as e:
    print('TypeError', e)

try:
    sq([1])
except TypeError as e:
    print('TypeError', e)

class Thing:
    def __init__(self, n):
        self.n = n
    @functools.lru_cache(maxsize=None)
    def double(self):
        print('computing', self.n)
        return self.n * 2
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self.n == other.n

t = Thing(4)
print(t.double(), t.double(), Thing(4).double(), Thing.double.cache_info())

class Data:
    def __init__(self, n):
        self.n = n
    @functools.cached_property
    def total(self):
        print('computing total')
        return sum(range(self.n))

d = Data(5)
print(d.total, d.total, d.__dict__)
d.total = 99
print(d.total)
del d.total
print(d.total)
print(type(Data.total).__name__)

class NoDict:
    __slots__ = ('x',)
    @functools.cached_property
    def p(self):
        return 1
try:
    NoDict().p
except TypeError as e:
    print('TypeError', e)

cp = functools.cached_property(lambda self: 1)
class Two:
    a = cp
try:
    class Three:
        a = cp
        b = cp
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else '')

@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v

print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(1) <= V(0), V.__gt__.__name__)
try:
    V(1) >= 3
except TypeError as e:
    print('TypeError', e)

@functools.total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v

print(G(1) < G(2), G(1) > G(2), G(2) <= G(2), G(3) > G(2))

try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

def cmp(a, b):
    return (a > b) - (a < b)

print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)),
      sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
K = functools.cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))

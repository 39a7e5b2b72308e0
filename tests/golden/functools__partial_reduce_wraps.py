import functools
from functools import partial, reduce, wraps

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

p = partial(f, 1, d=5)
print(p(2), p(2, 3, d=6), p.func is f, p.args, p.keywords)
q = partial(p, 9, c=7)
print(q(), q.func is f, q.args, q.keywords)
print(repr(partial(f, 1, 'x', k=[1])).replace(hex(id(f)), 'ADDR'))
print(repr(partial(len)), partial(len)('abc'))

class MyPartial(partial):
    pass

mp = MyPartial(p, 0)
print(mp.func is p, mp.args, repr(mp).startswith('MyPartial(functools.partial('))
print(isinstance(p, partial), callable(p), type(p).__name__)
for bad in [lambda: partial(), lambda: partial(1), lambda: p(), lambda: reduce(lambda a, b: a, []),
            lambda: reduce(1, [1, 2]), lambda: reduce(lambda a, b: a, 1), lambda: reduce(len),
            lambda: reduce(1, 2, 3, 4)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 'init'),
      reduce(lambda a, b: a * b, range(1, 6), 10), reduce(lambda a, b: a + b, iter('abc')))
print(reduce(lambda a, b: [b] + a, [1, 2, 3], []), reduce(max, [3], 0), reduce(max, [7]))

def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper

@deco
def greet(name: str) -> str:
    """Say hi."""
    return 'hi ' + name

greet.extra = 1
print(greet('bob'), greet.__name__, greet.__qualname__, greet.__doc__, greet.__annotations__,
      greet.__wrapped__.__name__, greet.__module__)

def plain():
    pass
plain.tag = 'x'

def w():
    pass

functools.update_wrapper(w, plain)
print(w.__name__, w.tag, w.__wrapped__ is plain)
def w2():
    pass
functools.update_wrapper(w2, plain, assigned=('__doc__',), updated=())
print(w2.__name__, hasattr(w2, 'tag'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

class Obj:
    pass
o = Obj()
functools.update_wrapper(o, len)
print(o.__name__, o.__wrapped__ is len)

class Cell:
    def __init__(self):
        self.v = 0
    def set(self, v, scale=1):
        self.v = v * scale
    set_ten = functools.partialmethod(set, 10)
    set_big = functools.partialmethod(set, scale=100)

c = Cell()
c.set_ten(); print(c.v)
c.set_big(2); print(c.v)

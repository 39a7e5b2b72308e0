# Scoping corpus for the code-object summary test (expected output from python3).
import os
from os import path as p
x = 1
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    "doc"
    y = a
    def g():
        nonlocal y
        y += 1
        return y + x + c
    class C:
        z = y
        def m(self):
            return super().m(), __class__, d
        def __priv(self, q=[w for w in args]):
            return self.__priv
        lam = lambda self, *r: (self, r, a)
    return g, C, [i * b for i in range(3) for j in range(i)], {k: v for k, v in kw.items()}
async def co(n):
    async with n as m:
        async for i in m:
            await i
    return [j async for j in n], (k for k in n)
async def agen():
    yield 1
def gen():
    r = yield from range(3)
    return (t for t in r)
def walrus(xs):
    return [(last := v) for v in xs], last
def glob():
    global x
    x = 2
    def inner():
        return x
    return inner
class Outer:
    class Inner:
        def meth(self):
            def deep():
                return self
            return deep
    def __init__(self):
        self.__x = lambda: __class__
def cells(a, b):
    def uses_a():
        return a
    del b
    return uses_a
def excs():
    try:
        pass
    except Exception as e:
        def h():
            return e
    finally:
        def fin():
            return 1
    return fin

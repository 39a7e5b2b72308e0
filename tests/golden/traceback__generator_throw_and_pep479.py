# Tracebacks of exceptions thrown into generators, through yield from, async generators and
# PEP 479's conversion, printed by the traceback module.
import traceback, sys
def g():
    try:
        yield 1
    except KeyError:
        raise ValueError("converted")
gen = g(); next(gen)
try:
    gen.throw(KeyError("k"))
except ValueError:
    traceback.print_exc(file=sys.stdout)
def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
o = outer(); next(o)
try:
    o.throw(RuntimeError("thrown"))
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
async def agen():
    yield 1
    raise IndexError("ag")
async def main():
    async for x in agen():
        pass
c = main()
try:
    c.send(None)
except IndexError:
    traceback.print_exc(file=sys.stdout)
def deep(n):
    if n: return deep(n-1)
    raise StopIteration
def gg():
    yield deep(3)
try:
    next(gg())
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

# yield-from chains resumed and suspended through every entry point (FOR_ITER, send, next,
# __next__, native consumers), with the delegate advanced directly in between
import sys

def leaf(tag):
    got = yield f"{tag}:first"
    got2 = yield f"{tag}:got {got}"
    return f"{tag} done {got2}"

def mid(tag):
    r = yield from leaf(tag)
    yield f"mid saw [{r}]"
    return "mid done"

def top():
    r = yield from mid("a")
    yield f"top saw [{r}]"

g = top()
print(next(g))
print(g.send(1))
print(g.__next__())
print(g.send("x"))
print(list(g))

# the delegate advanced directly while the delegator is suspended in yield from
m = mid("b")
print(next(m))
inner = m.gi_yieldfrom
print(type(inner).__name__, inner.gi_running, inner.gi_suspended)
print(inner.send("direct"))
print(m.send("through"))
print(m.gi_yieldfrom)
print(next(m, "exhausted"), next(m, "exhausted"))

# exceptions raised deep in a chain resumed by a for loop
def boom(n):
    if n == 0:
        yield "deep"
        raise ValueError("from the bottom")
    yield from boom(n - 1)

try:
    for v in boom(20):
        print(v)
except ValueError as e:
    print("caught", e)

# handled exception state is per generator across yields in a chain
def handler():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__

def wrap():
    yield from handler()

w = wrap()
print(next(w), sys.exc_info()[0])
try:
    raise IndexError
except IndexError:
    print(next(w), sys.exc_info()[0].__name__)
print(sys.exc_info()[0])

# a running generator in the chain cannot be resumed again
def selfish():
    yield next(s)

s = selfish()
try:
    next(s)
except ValueError as e:
    print(type(e).__name__, e)

# sum/zip/any drive the chain natively
print(sum(boom_free for boom_free in mid("c") if isinstance(boom_free, str)) if False else sum(len(x) for x in mid("c")))
print(list(zip(top(), range(2))))

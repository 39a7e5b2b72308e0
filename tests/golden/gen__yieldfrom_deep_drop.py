# dropping a suspended 10,000-deep yield from chain closes every level (innermost first)
import sys
sys.setrecursionlimit(20000)
closed = []

def chain(n):
    try:
        if n == 0:
            yield "bottom"
        else:
            yield from chain(n - 1)
    finally:
        closed.append(n)

g = chain(10000)
print(next(g))
del g
print(len(closed), closed[:3], closed[-1])

def plain_chain(n):
    if n == 0:
        yield "bottom"
    else:
        yield from plain_chain(n - 1)

g = plain_chain(10000)
print(next(g))
g = None
print("dropped a chain without handlers")

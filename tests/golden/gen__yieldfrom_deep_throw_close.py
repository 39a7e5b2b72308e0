# throw() and close() reach the bottom of a 10,000-deep yield from chain
import sys
sys.setrecursionlimit(20000)
closed = []

def chain(n):
    try:
        if n == 0:
            try:
                yield "bottom"
            except KeyError as e:
                yield "bottom caught " + str(e)
            yield "bottom again"
        else:
            yield from chain(n - 1)
    finally:
        closed.append(n)

g = chain(10000)
print(next(g))
print(g.throw(KeyError("deep")))
g.close()
print(len(closed), closed[0], closed[-1])

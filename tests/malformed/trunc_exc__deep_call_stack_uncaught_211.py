# an uncaught exception deep in a call chain shows every frame
def a(n): return b(n) + 1
def b(n): return c(n) * 2
def c(n):
    return d(n)
def d(n):
    if n > 2:
        raise OverflowError(f"n too large: {n}
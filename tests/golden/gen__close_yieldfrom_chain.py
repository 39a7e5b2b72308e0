# close() travels down a yield from chain: innermost finally first
def level(n):
    try:
        if n == 0:
            yield "bottom"
        else:
            yield from level(n - 1)
    finally:
        print("finally level", n)

g = level(3)
print(next(g))
g.close()
print("closed", g.gi_yieldfrom, g.gi_frame)

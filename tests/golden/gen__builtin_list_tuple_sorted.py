# list, tuple and sorted consume generators
def g(n):
    for i in range(n, 0, -1):
        yield i

print(list(g(3)), tuple(g(3)), sorted(g(4)))
print(sorted(g(4), key=lambda v: -v), sorted(g(3), reverse=True))
print(list(g(0)), tuple(g(0)), sorted(g(0)))
l = [0]
l += g(2)
print(l)
print([*g(2), *g(1)], (*g(2),))

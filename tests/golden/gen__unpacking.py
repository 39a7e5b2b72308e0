# unpacking a generator: exact, starred, and too many / not enough values
def g(n):
    for i in range(n):
        yield i

a, b, c = g(3)
print(a, b, c)
first, *rest = g(4)
print(first, rest)
*init, last = g(1)
print(init, last)
x, *mid, y = g(5)
print(x, mid, y)
for n, target in ((4, 3), (1, 2)):
    try:
        p, q = g(n)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    p, q, *r = g(1)
except ValueError as e:
    print(type(e).__name__, e)
[(i, j)] = [tuple(g(2))]
print(i, j)
print(*g(3), sep="|")

# after an error inside a genexp, the genexp is finished
g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(g))
g = (int(s) for s in ["1", "x"])
try:
    print(list(g))
except ValueError as e:
    print(type(e).__name__, e)

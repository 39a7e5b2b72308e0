# an exception raised inside a genexp surfaces at the consuming call, with a <genexpr> frame
values = [1, 2, 0, 4]
g = (10 // v for v in values)
print(next(g), next(g))
print(list(g))

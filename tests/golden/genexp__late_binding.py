# names other than the first iterable are looked up when the genexp runs
n = 1
g = (i * n for i in range(3))
n = 100
print(list(g))
items = [1, 2]
g = (i for i in items)
items = [3, 4]
print(list(g))
items = [1, 2]
g = (i for i in items)
items.append(3)
print(list(g))

# range objects: indexing, slicing, len, containment, repr
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:3], list(r[::-1]), 9 in r, 10 in r, r.index(9), r.count(9))
print(list(range(5)), list(range(2, -5, -2)), list(range(0)), range(3) == range(0, 3), range(1, 2, 3))
print(range(10**20)[-1], 10**19 in range(10**20), range(10**20)[5:7])
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(5)[10]
except IndexError as e:
    print(type(e).__name__, e)

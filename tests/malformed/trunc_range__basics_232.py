# range objects: indexing, slicing, len, containment, repr
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:3], list(r[::-1]), 9 in r, 10 in r, r.index(9), r.count(9))
print(list(range(5)), list(range(2, -5, -2)), list(range(0)
# range equality, containment of non-ints, negative steps, reversed and indexing
print(range(0) == range(5, 5), range(1, 10, 3) == range(1, 11, 3), range(5) == range(6))
print(3.0 in range(5), "a" in range(3), -1 in range(-5, 0), 10 in range(10, 0, -1))
print(list(reversed(range(1, 10, 4))), range(10)[::2], range(10)[::-3], range(10)[1:-1:4])
r = range(-10, 10, 7)
print(r[0], r[-1], len(r), r.index(4
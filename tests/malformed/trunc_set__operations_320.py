# set algebra, comparison and in-place operators
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a.union([9]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print(a <= {1, 2, 3, 4, 5}, a < a, a >= {1}, a.isdisjoint({7}), a.issubset(range(10)), {1, 2} == {2, 1})
c = set(a); c |= {7
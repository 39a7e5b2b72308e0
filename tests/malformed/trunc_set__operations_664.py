# set algebra, comparison and in-place operators
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a.union([9]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print(a <= {1, 2, 3, 4, 5}, a < a, a >= {1}, a.isdisjoint({7}), a.issubset(range(10)), {1, 2} == {2, 1})
c = set(a); c |= {7}; c &= {1, 7, 2}; c -= {2}; c ^= {9}
print(c, frozenset(a) == a, frozenset({1}) | {2}, hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    {1}.remove(2)
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e
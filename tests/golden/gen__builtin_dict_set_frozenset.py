# dict, set and frozenset constructors accept generators
def pairs():
    yield "a", 1
    yield "b", 2
    yield "a", 3

print(dict(pairs()))
print(sorted(set(x % 3 for x in range(10))), sorted(frozenset(x for x in [1, 1, 2])))
print(dict(pairs(), c=4))
d = {}
d.update(pairs())
print(d)
s = {0}
s.update(x for x in [5, 6])
print(sorted(s), sorted(s.union(x for x in [7])))
try:
    dict(x for x in [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(x for x in ["abc"])
except ValueError as e:
    print(type(e).__name__, e)

# bool/int/float/str/list/tuple/dict/set/frozenset constructors
print(bool(), bool([0]), int(), float(), str(), list(), tuple(), dict(), set(), frozenset())
print(list((1, 2)), tuple([1]), list({1: 2}), list("ab"), set("aab") == {"a", "b"}, frozenset([2, 1]))
print(dict(a=1, b=2), dict([("x", 1)]), dict({1: 2}, z=3), list(range(3)), tuple(range(2)))
print(str(12), str(-0.5), float("  3 "
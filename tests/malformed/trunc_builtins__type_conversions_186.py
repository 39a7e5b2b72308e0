# bool/int/float/str/list/tuple/dict/set/frozenset constructors
print(bool(), bool([0]), int(), float(), str(), list(), tuple(), dict(), set(), frozenset())
print(list((1, 2)), tuple([1]
# The dunder aliases are the same functions; reduce/map with operator functions.
import operator
from functools import reduce

print(operator.__add__ is operator.add, operator.__and__ is operator.and_, operator.__not__ is operator.not_)
print(operator.__getitem__([1, 2], 1), operator.__iadd__([1], [2]), operator.__inv__(1), operator.__index__(3))
print(operator.add, operator.__add__, operator.itemgetter)
print(reduce(operator.mul, range(1, 11)), reduce(operator.add, ["a", "b", "c"]), list(map(operator.neg, [1, -2])))
print(list(map(operator.pow, [2, 3], [5, 2])), sorted({"b": 2, "a": 3}.items(), key=operator.itemgetter(1)))
import _operator
print(_operator.add(2, 3), operator.add.__name__, operator.truth.__name__)
print([n for n in ["abs", "concat", "contains", "countOf", "indexOf", "length_hint", "matmul", "call"] if hasattr(operator, n)])

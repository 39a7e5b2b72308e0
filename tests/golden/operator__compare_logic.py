# Rich comparisons, truth, identity and membership helpers.
import operator as op

for name in ["lt", "le", "eq", "ne", "gt", "ge"]:
    f = getattr(op, name)
    print(name, f(1, 2), f(2, 2), f("b", "a"), f((1, 2), (1, 3)), f([1], [1]))


class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other)
        return "LT-RESULT"

    def __eq__(self, other):
        return NotImplemented


print(op.lt(V(1), 5), op.gt(5, V(2)), op.eq(V(3), 3), op.ne(V(3), 3))
print(op.not_(0), op.not_([1]), op.truth(""), op.truth("x"), op.truth(None))
a = [1]
print(op.is_(a, a), op.is_(a, [1]), op.is_not(a, [1]), op.is_(None, None))
print(op.contains([1, 2, 3], 2), op.contains("abc", "bc"), op.contains({"k": 1}, "v"))
print(op.countOf([1, 2, 1, 1, 3], 1), op.countOf("banana", "a"), op.countOf([], 1))
nan = float("nan")
print(op.countOf([nan, nan], nan), op.indexOf([nan], nan), op.indexOf("abc", "c"), op.indexOf(iter([5, 6, 7]), 7))
for bad in [lambda: op.indexOf([1, 2], 3), lambda: op.countOf(5, 1), lambda: op.indexOf(None, 1),
            lambda: op.lt(1, "a"), lambda: op.ge([], 1), lambda: op.contains(5, 1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Argument-count errors as the C functions word them, and operator errors as the operators'.
import operator as op

for bad in [lambda: op.add(1), lambda: op.add(1, 2, 3), lambda: op.add(a=1, b=2), lambda: op.neg(),
            lambda: op.not_(1, 2), lambda: op.index(), lambda: op.setitem([1], 0),
            lambda: op.length_hint(), lambda: op.call(), lambda: op.truth(x=1),
            lambda: op.add(1, "a"), lambda: op.sub("a", "b"), lambda: op.pow("a", 2),
            lambda: op.neg("a"), lambda: op.invert(1.5), lambda: op.truediv(1, 0), lambda: op.mod(1, 0),
            lambda: op.matmul(1, 2), lambda: op.lshift(1, -1), lambda: op.iadd(1, "x")]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)


class Money:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))

    def __radd__(self, other):
        return Money(other + self.v)

    def __iadd__(self, other):
        self.v += other
        return self

    def __neg__(self):
        return Money(-self.v)

    def __repr__(self):
        return f"Money({self.v})"


m = Money(5)
print(op.add(m, 1), op.add(1, m), op.add(m, m), op.neg(m), op.iadd(m, 10), m)

# Instance dicts are allocated at the size their class's instances last reached
# (PyType::attrs_hint); order, contents and deletion behave as for any dict.
import sys
class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
for n in (0, 1, 3, 4, 6, 10):
    a = P(n); b = P(n); del a
    c = P(n)
    print(n, list(vars(c)), sys.getsizeof(c.__dict__) > 0)
d = P(2); d.z = 1; del d.a0; print(vars(d))

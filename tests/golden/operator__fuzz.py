# Differential fuzz: every two-argument operator function on random pairs of builtin values,
# printing the result or the exception CPython raises.
import operator
import random

random.seed(31)
names = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_",
         "xor", "lt", "le", "eq", "ne", "gt", "ge", "is_", "is_not", "contains", "countOf", "concat",
         "iadd", "isub", "imul", "iand", "ior", "ixor", "getitem"]
values = [0, 1, -3, 7, 2**70, 2.5, -0.0, True, False, None, "ab", "", [1, 2], [], (3,), {1, 2}, frozenset({2}),
          {"k": 1}, range(3), 1e300]
for i in range(250):
    f = random.choice(names)
    a = random.choice(values)
    b = random.choice(values)
    if f.startswith("i") and isinstance(a, (list, set, dict)):
        a = a.copy()
    if f == "pow" and isinstance(b, int) and b > 100:
        b = 3
    try:
        r = getattr(operator, f)(a, b)
        print(i, f, repr(a), repr(b), "->", repr(r))
    except Exception as e:
        print(i, f, repr(a), repr(b), "!!", type(e).__name__, e)

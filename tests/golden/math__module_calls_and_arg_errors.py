# Module attribute calls (math.sqrt(x), a ModuleType holding builtins and lambdas) and the
# argument errors of math's one-argument functions.
import math, sys, types
m = types.ModuleType("m")
m.__dict__["f"] = len
m.g = lambda *a: a
print(m.f([1, 2]), m.g(1, 2, 3), math.floor(2.5), math.hypot(3, 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.nope()
except AttributeError as e:
    print("AttributeError", e)
try:
    math.sqrt()
except TypeError as e:
    print("TypeError", e)
def gen():
    yield math.pow(2, 10)
print(list(gen()), sys.getrecursionlimit() > 0, math.__name__, m.__dict__ is m.__dict__)
print(math.sqrt(4) + sum(math.sqrt(i) for i in range(3)))
# METH_O math functions name the module in their argument errors.
for f in [math.sqrt, math.floor, math.exp, math.gamma, math.isnan, math.factorial, math.isqrt, math.log2, math.fsum]:
    for call in (lambda: f(), lambda: f(1, x=2), lambda: f(1, 2)):
        try:
            call()
        except TypeError as e:
            print(e)

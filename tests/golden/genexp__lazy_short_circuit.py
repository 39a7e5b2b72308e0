# generator expressions (issue 3): lazy evaluation, short-circuit in any/all, as sole call argument
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]), all(noisy(v) for v in [1, 0, 2]))
g = (x * x for x in range(4))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(i for i in range(101)), ", ".join(str(i) for i in range(4)), max(len(w) for w in ["a", "bcd"]))
print(sorted((n for n in [3, 1, 2]), reverse=True), dict((k, k * 2) for k in "ab"))

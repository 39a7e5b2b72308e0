# generator functions defined inside generators, capturing the outer generator's locals
def outer(n):
    for i in range(n):
        def inner():
            for j in range(i):
                yield (i, j)
        yield from inner()

print(list(outer(3)))

def make_gens():
    gens = []
    for i in range(3):
        def gen(i=i):
            yield i
        gens.append(gen())
    return gens

print([next(x) for x in make_gens()])

# genexps close over enclosing function variables, including other genexps' outputs
def make(k):
    return (i * k for i in range(3))

gens = [make(k) for k in (1, 10)]
print([list(g) for g in gens])

def counter():
    total = 0
    def add(g):
        nonlocal total
        for v in g:
            total += v
        return total
    return add

add = counter()
print(add(x for x in range(4)), add(x for x in range(4)))

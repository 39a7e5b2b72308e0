from itertools import product, permutations, combinations, combinations_with_replacement

def g(xs):
    for x in xs:
        print("  pull", x)
        yield x

print(list(product('ab', repeat=2)))
print(list(product([1, 2], [3], 'xy')))
print(list(product()))
print(list(product([1], [])))
print(list(product('ab', repeat=0)))
p = product(g('ab'), g([1, 2]))
print("built")
print(next(p))
print(list(permutations('abc', 2)))
print(list(permutations(range(3))))
print(list(permutations([])))
print(list(permutations('ab', 3)))
print(list(permutations('abc', 0)))
print(len(list(permutations(range(6)))))
print(list(combinations('abcd', 2)))
print(list(combinations(range(4), 3)))
print(list(combinations('ab', 3)))
print(list(combinations('ab', 0)))
print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement(g([1, 2]), 2)))
print(len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))
for bad in [lambda: product(x=1), lambda: product([1], repeat=-1), lambda: product([1], repeat=1.5),
            lambda: permutations([1], -1), lambda: permutations(), lambda: permutations([1], 1.5),
            lambda: combinations([1]), lambda: combinations([1], -1), lambda: combinations([1], 2, 3),
            lambda: combinations_with_replacement([1], -1), lambda: combinations_with_replacement([1]),
            lambda: permutations([1], x=2), lambda: product(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

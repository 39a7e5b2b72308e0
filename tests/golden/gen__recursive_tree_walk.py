# recursive generators: in-order tree walk, permutations, flattening nested lists
def inorder(t):
    if t is not None:
        left, value, right = t
        yield from inorder(left)
        yield value
        yield from inorder(right)

tree = ((None, 1, None), 2, ((None, 3, None), 4, None))
print(list(inorder(tree)))

def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p

print(list(perms([1, 2, 3])))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

# sorted and reversed on various iterables
print(sorted([3, 1, 2]), sorted("bca"), sorted({3: 0, 1: 0}), sorted({5, 1, 3}), sorted((1,)), sorted([]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(sorted([-1, 3, -2], key=abs, reverse=True), sorted(["b", "A", 
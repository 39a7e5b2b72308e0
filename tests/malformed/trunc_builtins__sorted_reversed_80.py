# sorted and reversed on various iterables
print(sorted([3, 1, 2]), sorted("bca"
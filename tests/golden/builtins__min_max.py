# min and max with iterables, several args, key and default
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min([], default="empty"), max([1], default=0))
print(max(["a", "bbb", "cc"], key=len), min([(2, "b"), (1, "z")]), max([-3, 2, -5], key=abs))
print(max(1, 2.5), min(2**70, 1e30), max([[1, 2], [1, 3]]), max(True, 0), min("b", "a", key=str.upper))
print(max([3, 3.0]), max([3.0, 3]), min([x * x for x in range(-3, 3)]))

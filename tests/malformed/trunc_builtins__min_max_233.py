# min and max with iterables, several args, key and default
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min([], default="empty"), max([1], default=0))
print(max(["a", "bbb", "cc"], key=len), min([(2, "b"), (1, "z"
# repr of nested and self-referencing containers
a = [1, [2, [3, []]], (4,), {5: [6]}, "s", None, True, 1.5]
print(a)
b = [1]
b.append(b
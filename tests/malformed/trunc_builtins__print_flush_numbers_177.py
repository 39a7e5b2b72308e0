# printing numbers of every kind in containers
print([1, 1.0, -0.0, 1e100, 2**64, True, None], (1.5,), {1.0: 2}, {0.5, 2})
print(1e-7, 1.0e7, 123e-20, 5e15 + 0.5, 0.1 + 0.7, 1/7
# slice assignment can grow/shrink a list; extended slices need equal lengths
a = list(range(8))
a[2:4] = ["x", "y", "z"]; print(a)
a[1:6] = []; print(a)
a[:0] = [-1, -2]; print(a)
a[len(a):] = [100]; print(a)
a[::2] = [0] * len(a[::2]); print(a)
del a[::3]; print(a)
del a[1]; print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(type(e
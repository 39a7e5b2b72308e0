# slice assignment can grow/shrink a list; extended slices need equal lengths
a = list(range(8))
a[2:4] = ["x", "y", "z"]; print(a)
a[1:6
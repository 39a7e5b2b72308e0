# len, abs, sum with edge cases
print(len(""), len([1, 2]), len({1: 2}), len(range(3, 10, 2)), len((1,
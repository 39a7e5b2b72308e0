# len, abs, sum with edge cases
print(len(""), len([1, 2]), len({1: 2}), len(range(3, 10, 2)), len((1,)), len({1, 2, 2}), len(b"ab"))
print(abs(-3), abs(3.5), abs(-0.0), abs(-2**100), abs(True))
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10
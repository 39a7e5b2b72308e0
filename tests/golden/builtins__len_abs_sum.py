# len, abs, sum with edge cases
print(len(""), len([1, 2]), len({1: 2}), len(range(3, 10, 2)), len((1,)), len({1, 2, 2}), len(b"ab"))
print(abs(-3), abs(3.5), abs(-0.0), abs(-2**100), abs(True))
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)), sum([1, 2.5]))
print(sum((2**64, 2**64)), sum([True, True]), sum([], start=5))

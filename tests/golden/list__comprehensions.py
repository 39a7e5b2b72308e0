# list/set/dict comprehensions, nested loops and conditions, scoping
print([x * x for x in range(6) if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print({x % 3 for x in range(10)}, {k: v for k, v in zip("abc", range(3))})
x = "outer"
print([x for x in range(3)], x)
print([y for y in [1, 2, 3] if y > 1 if y < 3], sum([i for i in range(101)]))

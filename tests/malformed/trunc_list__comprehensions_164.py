# list/set/dict comprehensions, nested loops and conditions, scoping
print([x * x for x in range(6) if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i
# list/set/dict comprehensions, nested loops and conditions, scoping
print([x * x for x in range(6) if x % 2 == 0
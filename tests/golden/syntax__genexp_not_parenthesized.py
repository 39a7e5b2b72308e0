# an unparenthesised generator expression that is not the sole argument
print(x for x in range(3), 1)

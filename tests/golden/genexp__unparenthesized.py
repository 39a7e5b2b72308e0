# a generator expression must be parenthesized when it is not the sole argument
print(sum(x for x in [1], 0))

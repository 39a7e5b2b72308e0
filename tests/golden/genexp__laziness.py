# a generator expression computes each element only when asked
def square(x):
    print("computing", x)
    return x * x

g = (square(x) for x in range(3))
print("created")
print(next(g))
print("between")
print(list(g))
print(list(g))

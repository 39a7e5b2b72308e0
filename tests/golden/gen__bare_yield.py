# bare yield produces None; yield of a tuple without parentheses
def g():
    yield
    yield 1, 2
    x = yield
    print("x is", x)
    yield x,

it = g()
print(next(it))
print(next(it))
print(next(it))
print(it.send("sent"))
print(list(it))

# the value of `yield from` is the sub-generator's return value (None if it has none)
def sub(n):
    for i in range(n):
        yield i
    return n * 100

def nothing():
    yield "x"

def delegator():
    a = yield from sub(2)
    print("a =", a)
    b = yield from nothing()
    print("b =", b)
    c = yield from []
    print("c =", c)
    return a

it = delegator()
print(list(it))
def wrap():
    result = yield from delegator()
    print("wrapped result", result)
print(list(wrap()))

# A generator suspended inside a `yield from` chain can be resumed directly (not through its
# delegator); the delegator then sees the inner generator's new state.
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "r"


def middle(i):
    r = yield from i
    print("middle got", r)
    yield "m"
    return "mr"


def outer(m):
    r = yield from m
    print("outer got", r)
    yield "o"


i = inner()
m = middle(i)
o = outer(m)
print(next(o))
print(i.send("direct"))
print(o.send("via outer"))
print(next(o))
print(next(o, "done"))
print(next(m, "m done"), next(i, "i done"))

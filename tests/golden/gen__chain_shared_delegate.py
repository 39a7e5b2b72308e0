# Two generators delegating to the same generator: each resumption continues the shared one
# wherever the other left it.
def shared():
    for k in range(6):
        yield k
    return "shared done"


def user(name, s):
    r = yield from s
    print(name, "saw return", r)
    yield name + " end"


s = shared()
a = user("a", s)
b = user("b", s)
print(next(a), next(b), next(a), next(b))
print(list(a))
print(list(b))

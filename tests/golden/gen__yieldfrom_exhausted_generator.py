# yield from an already-exhausted generator finishes at once with None
def sub():
    yield 1
    return "only once"

s = sub()
print(list(s))

def g():
    r = yield from s
    print("r =", r)
    yield "end"

print(list(g()))

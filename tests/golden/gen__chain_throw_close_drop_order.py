# throw/close/drop on the top of a suspended 3-level `yield from` chain reach the innermost
# generator first; finally blocks run innermost first.
def leaf(name):
    try:
        while True:
            try:
                yield name
            except KeyError as e:
                print(name, "caught", repr(e))
    finally:
        print("finally", name)


def mid(name):
    try:
        yield from leaf(name + ".leaf")
    finally:
        print("finally", name)


def top(name):
    try:
        yield from mid(name + ".mid")
    finally:
        print("finally", name)


g = top("a")
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("propagated", repr(e))
print(next(g, "exhausted"))

g = top("b")
next(g)
next(g)
g.close()
print("closed", g.gi_frame)

g = top("c")
next(g)
print("dropping")
del g
print("dropped")

g = top("d")
next(g)
inner = g.gi_yieldfrom.gi_yieldfrom
inner.close()
print("inner closed directly")
print(next(g, "top ended"))

# While the innermost generator of a `yield from` chain runs, every generator of the chain
# is running: resuming one raises, gi_running and getgeneratorstate say so. While the chain
# is suspended, every level is suspended.
import inspect

chain = []


def leaf():
    yield "leaf first"
    for name, g in zip(("top", "mid"), chain):
        print(name, g.gi_running, inspect.getgeneratorstate(g), g.gi_suspended)
        try:
            next(g)
        except ValueError as e:
            print("next:", e)
        try:
            g.send(1)
        except ValueError as e:
            print("send:", e)
    yield "leaf value"
    print("leaf again")
    yield "leaf second"


def mid():
    yield from leaf()


def top():
    yield from mid()


t = top()
chain.append(t)
print(next(t))
chain.append(t.gi_yieldfrom)
for g in chain + [t.gi_yieldfrom.gi_yieldfrom]:
    print(g.__name__, g.gi_running, inspect.getgeneratorstate(g), g.gi_suspended)
print(next(t))
print(next(t))

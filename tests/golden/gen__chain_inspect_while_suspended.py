# Inspecting the generators of a suspended `yield from` chain: gi_yieldfrom, gi_frame line
# numbers and locals, gi_code names, at every level, after each step.
def leaf(n):
    for k in range(n):
        got = yield k
        print("leaf", n, "got", got)
    return n * 10


def level(depth, n):
    if depth == 0:
        r = yield from leaf(n)
    else:
        r = yield from level(depth - 1, n)
    return r + 1


def describe(g):
    out = []
    while g is not None:
        f = g.gi_frame
        out.append(f"{g.gi_code.co_name}@{f.f_lineno if f else None}")
        g = g.gi_yieldfrom
    return " > ".join(out)


g = level(3, 3)
print(describe(g))
print(next(g), describe(g))
print(g.send("a"), describe(g))
print(g.send("b"), describe(g))
try:
    g.send("c")
except StopIteration as e:
    print("returned", e.value, describe(g))

# a temporary generator is closed as soon as the operation using it drops it, before the
# enclosing call (print) runs
def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("fin", name)

print(1 in g("in"))
print(any(g("any")))
print(next(g("next")))
print(2 not in g("not in"))
print(list(zip(g("zip"), [1])))
a, b = g("unpack")
print("unpacked", a, b)
print([x for x in g("listcomp") if x > 5])
print(sum(x for x in g("genexp arg")))
print("end")

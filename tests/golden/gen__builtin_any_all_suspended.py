# any/all stop at the first decisive value and leave the generator suspended there
def g(values):
    for v in values:
        print("yield", v)
        yield v
    print("exhausted")

it = g([0, 3, 0, 5])
print(any(it))
print("rest:", list(it))
it = g([1, 0, 1])
print(all(it))
print("next:", next(it))
print(any(g([])), all(g([])))

# a yield inside finally after return: the yielded value comes first, the return value after
def g1():
    try:
        return "ret"
    finally:
        yield "from finally"

it = g1()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value)

def g2():
    for i in range(3):
        try:
            if i == 1:
                continue
            yield i
        finally:
            yield ("fin", i)

print(list(g2()))

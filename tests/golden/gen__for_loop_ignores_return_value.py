# a for loop ends quietly on StopIteration and discards the return value; else runs
def g():
    yield 1
    return "ignored by for"

for v in g():
    print("value", v)
else:
    print("else clause ran")
print([v for v in g()])

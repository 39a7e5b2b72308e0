# unbounded recursion through generators ends in RecursionError, which can be caught
def down(n):
    yield n
    yield from down(n + 1)

try:
    for v in down(0):
        pass
except RecursionError as e:
    print(type(e).__name__, e)

def nested():
    yield next(nested())

try:
    next(nested())
except RecursionError as e:
    print(type(e).__name__, e)
print("recovered")

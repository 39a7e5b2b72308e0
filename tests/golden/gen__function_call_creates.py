# calling a generator function runs nothing; argument errors happen at the call, not at next()
def g(a, b=10, *args, **kwargs):
    print("body runs with", a, b, args, kwargs)
    yield a + b

it = g(1)
print("created")
print(next(it))
print(next(g(1, 2, 3, k="v")))
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
a, b = g(1), g(1)
print(a is b, type(g).__name__)

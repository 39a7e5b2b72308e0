# send() takes exactly one argument
def gen():
    yield 1

g = gen()
for args in [(), (1, 2)]:
    try:
        g.send(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next(g, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(next(g))

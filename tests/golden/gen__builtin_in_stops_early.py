# `in` consumes a generator only up to the first match
def g():
    for i in range(5):
        print("check", i)
        yield i

it = g()
print(2 in it)
print("left:", list(it))
it = g()
print(7 in it, 7 not in it)
print(1 not in (x for x in [1]))

# unpacking into two names reads exactly three values before failing
def g():
    for i in range(10):
        print("produce", i)
        yield i

it = g()
try:
    a, b = it
except ValueError as e:
    print(e)
print("next value:", next(it))

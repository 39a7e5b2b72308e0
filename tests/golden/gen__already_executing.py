# a generator that calls next() on itself: ValueError "generator already executing"
def g():
    try:
        yield next(it)
    except ValueError as e:
        print("inside:", type(e).__name__, e)
        yield "recovered"

it = g()
print(next(it))
print(list(it))

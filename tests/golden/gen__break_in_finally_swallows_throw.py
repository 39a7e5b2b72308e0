# break inside finally discards the exception thrown in; the generator carries on
def g():
    while True:
        try:
            yield 1
        finally:
            break
    yield "after break"

it = g()
next(it)
print(it.throw(ValueError("swallowed by break in finally")))
print(list(it))

# close() on a finished generator is a no-op, as is a second close()
def g():
    try:
        yield 1
    finally:
        print("finally once")

it = g()
print(list(it))
print(it.close(), it.close())
it = g()
next(it)
print(it.close())
print(it.close())

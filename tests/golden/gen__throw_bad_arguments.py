# throw() argument validation
def g():
    yield 1

it = g()
next(it)
cases = [
    (1,),
    ("text",),
    (object,),
    (ValueError("a"), "b"),
    (ValueError, "v", 3),
    (),
]
for args in cases:
    try:
        it.throw(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(next(it, "still alive?"))

# an ExceptionGroup thrown into a generator is split by except*; unmatched parts escape
def g():
    try:
        yield 1
    except* ValueError as eg:
        print("values", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("keys", len(eg.exceptions))
    yield "after"

it = g()
next(it)
print(it.throw(ExceptionGroup("eg", [ValueError(1), KeyError(2)])))
it = g()
next(it)
try:
    it.throw(ExceptionGroup("mixed", [ValueError("v"), TypeError("t")]))
except ExceptionGroup as eg:
    print("escaped:", repr(eg), eg.__traceback__ is not None)
print(next(it, "closed"))

# throw(exc): raised at the paused yield; a handler inside can yield the next value
def g():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", repr(e))
            yield "handled"

it = g()
print(next(it))
print(it.throw(ValueError("bad value")))
print(next(it))
err = KeyError("k")
try:
    it.throw(err)
except KeyError as e:
    print("propagated", repr(e), e is err)
print(next(it, "closed now"))

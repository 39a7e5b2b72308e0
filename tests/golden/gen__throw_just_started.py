# throwing into a just-started generator raises at once and closes it (body never runs)
def g():
    print("body started")
    try:
        yield 1
    finally:
        print("finally")

it = g()
try:
    it.throw(ValueError("early"))
except ValueError as e:
    print("raised", e)
print(next(it, "exhausted"))
print(it.gi_frame is None)

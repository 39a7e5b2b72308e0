# throw(GeneratorExit) through yield from closes the sub-generator; when that close fails the
# sub-generator is dropped (and finalised) as the yield from lets go of it, before the
# delegator's finally block runs
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)

def sub():
    try:
        yield 1
    except GeneratorExit:
        with CM():
            yield "ignoring GeneratorExit"

def outer():
    try:
        yield from sub()
    finally:
        print("outer finally")

it = outer()
next(it)
try:
    it.throw(GeneratorExit("t"))
except RuntimeError as e:
    print(type(e).__name__, e)
print("end")

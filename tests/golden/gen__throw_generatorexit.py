# throw(GeneratorExit) behaves like an exception thrown in, not like close()
def g():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        yield "kept going"

it = g()
next(it)
print(it.throw(GeneratorExit))
it = g()
next(it)
try:
    it.throw(GeneratorExit())
    it.throw(GeneratorExit())
except GeneratorExit as e:
    print("escaped", type(e).__name__)

# after "generator ignored GeneratorExit" the generator is suspended again; resuming it finishes
# the pending GeneratorExit, which then escapes from next()
def g():
    try:
        yield 1
    finally:
        try:
            yield 2
        finally:
            print("inner finally")

it = g()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(next(it, "exhausted"))

# close() raises GeneratorExit at the yield: finally blocks run innermost first, before close returns
def g():
    try:
        try:
            print("body")
            yield 1
            print("not reached")
        finally:
            print("inner finally")
    finally:
        print("outer finally")
    print("not reached either")

it = g()
next(it)
print("closing")
print("close returned", it.close())
print("closed")
print(next(it, "exhausted"))

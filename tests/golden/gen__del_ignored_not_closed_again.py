# a dropped generator is finalised once: when it ignores GeneratorExit (yields in finally) the
# report is printed and the generator is gone; nothing of it runs again at exit
def g():
    try:
        yield 1
    finally:
        print("finally, yielding again")
        try:
            yield 2
        finally:
            print("inner finally (never runs)")

it = g()
next(it)
del it
print("end of script")

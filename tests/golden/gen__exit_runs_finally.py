# a generator suspended inside try/finally at interpreter exit is closed: its finally runs
def g():
    try:
        print("suspending")
        yield 1
    finally:
        print("finally at exit")

it = g()
next(it)
print("end of script")

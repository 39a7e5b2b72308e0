# dropping a generator that never started, or that finished, runs nothing
def g():
    print("body")
    try:
        yield 1
    finally:
        print("finally")

a = g()
del a
print("unstarted dropped")
b = g()
list(b)
del b
print("finished dropped")

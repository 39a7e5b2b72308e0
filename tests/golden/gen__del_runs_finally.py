# del of the last reference to a suspended generator closes it at that moment
def g(name):
    try:
        yield 1
    finally:
        print("finally", name)

a = g("a")
next(a)
print("before del")
del a
print("after del")
b = g("b")
c = b
next(b)
del b
print("one reference left")
del c
print("all gone")

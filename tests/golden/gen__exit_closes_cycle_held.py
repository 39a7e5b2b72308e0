# at exit, generators reachable only through reference cycles (a class attribute, a function
# default: classes and functions are in cycles with the module) are closed too
def g(name):
    try:
        yield name
    finally:
        print("finally", name)

class C:
    attr = g("class attribute")

next(C.attr)

def f(default=g("function default")):
    pass

next(f.__defaults__[0])
print("end of script")

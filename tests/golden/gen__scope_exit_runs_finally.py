# a generator local to a function is closed when the function returns
def g():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")

def use():
    it = g()
    print("first", next(it))
    print("leaving use()")

use()
print("after use()")

def use_in_loop():
    for i in range(2):
        it = g()
        next(it)
        print("iteration", i, "rebinds it")
    print("returning")
    return "result"

print(use_in_loop())
print("end")

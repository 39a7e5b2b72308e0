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

def use_and_raise():
    it = g()
    next(it)
    raise ValueError("oops")

try:
    use_and_raise()
except ValueError as e:
    print("caught", e)
print("end")

# a function left by an exception: its traceback keeps the frame, and so the suspended
# generator in its locals, alive until the except block ends (the name `e` is deleted)
def g():
    try:
        yield 1
    finally:
        print("generator finally")

def use_and_raise():
    it = g()
    next(it)
    raise ValueError("oops")

try:
    use_and_raise()
except ValueError as e:
    print("caught", e)
print("after except")

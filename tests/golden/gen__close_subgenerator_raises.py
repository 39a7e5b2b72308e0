# when the sub-generator's cleanup raises during close(), the error propagates from close()
def sub():
    try:
        yield 1
    finally:
        raise KeyError("sub cleanup failed")

def outer():
    try:
        yield from sub()
    finally:
        print("outer finally")

it = outer()
next(it)
try:
    it.close()
except KeyError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__)
print(it.gi_frame)

# a sub-generator left suspended by a failed close() is dropped while the delegator's frame
# unwinds: the report for it points at the delegator's yield from line
def sub():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("sub ignores GeneratorExit")

def outer():
    r = yield from sub()
    print("not reached", r)
    return "outer done"

it = outer()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("close raised", e)
print("end")

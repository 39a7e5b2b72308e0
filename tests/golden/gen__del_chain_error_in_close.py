# dropping a delegating generator closes it through yield from: an error raised by the
# sub-generator's cleanup is reported once, for the outer generator, with both frames
def sub():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("sub cleanup")

def outer():
    yield from sub()

it = outer()
next(it)
print("dropping")
del it
print("end")

# the exception being handled is restored after a suspension inside an except block
import sys
import types

@types.coroutine
def pause(tag):
    return (yield tag)

async def handler(name):
    try:
        raise KeyError(name)
    except KeyError:
        print(name, "before await:", repr(sys.exc_info()[1]))
        await pause(name)
        print(name, "after await:", repr(sys.exc_info()[1]))
        try:
            raise ValueError("inner")
        except ValueError as e:
            print(name, "context:", repr(e.__context__))
    print(name, "after handler:", sys.exc_info())

a, b = handler("a"), handler("b")
a.send(None)
b.send(None)
print("driver sees:", sys.exc_info())
for c in (a, b):
    try:
        c.send(None)
    except StopIteration:
        pass

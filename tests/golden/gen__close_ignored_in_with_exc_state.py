# close() raised GeneratorExit inside a with block; the generator caught it outside the with,
# then yielded (close fails): later code in the generator must see no current exception
import sys
class CM:
    def __enter__(self): pass
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None)
def g():
    try:
        with CM():
            x = yield 55
    except BaseException as e:
        print("caught", type(e).__name__)
    x = yield 77
    print("got", x)
    x = yield 89
    print("got", x, "exc", sys.exc_info()[0])
    yield 76
it = g()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(it))
print(it.send(2))

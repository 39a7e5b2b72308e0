# GeneratorExit travelling through yield from: a sub-generator that ignores it (RuntimeError
# raised through the delegator), throw(GeneratorExit) closes the sub-iterator (close(), not throw())
def sub():
    try:
        yield 1
    except GeneratorExit:
        print("sub got GeneratorExit")
        yield "sub ignores"
def outer():
    try:
        yield from sub()
    finally:
        print("outer finally")
it = outer(); next(it)
try:
    it.close()
except RuntimeError as e:
    print("close:", type(e).__name__, e)
print(it.gi_suspended, it.gi_yieldfrom)
def sub2():
    try:
        yield 1
    finally:
        print("sub2 finally")
def outer2():
    try:
        yield from sub2()
    except GeneratorExit:
        print("outer2 sees GeneratorExit")
        raise
it = outer2(); next(it)
try:
    it.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit escaped throw")
class SubIt:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): print("SubIt.close")
    def throw(self, *a): print("SubIt.throw", a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__); raise a[0]
def outer3():
    yield from SubIt()
it = outer3(); next(it)
try:
    it.throw(GeneratorExit)
except GeneratorExit:
    print("escaped")
it = outer3(); next(it)
try:
    it.throw(KeyError)
except KeyError:
    print("KeyError escaped")

# the generator type cannot be instantiated or subclassed
def g():
    yield

gen_type = type(g())
try:
    gen_type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub(gen_type):
        pass
except TypeError as e:
    print(type(e).__name__, e)

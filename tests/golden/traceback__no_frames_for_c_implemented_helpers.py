# Frames of coil's Python stand-ins for CPython's C code (functools.reduce, partial,
# lru_cache, cmp_to_key, defaultdict) do not appear in tracebacks, as in CPython.
import functools, traceback, collections, sys
def show():
    traceback.print_exc(file=sys.stdout)
try:
    functools.reduce(lambda a, b: a / b, [1, 0])
except ZeroDivisionError:
    show()
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    show()
    print(len(traceback.extract_tb(e.__traceback__)))
@functools.lru_cache(maxsize=None)
def fib(n):
    if n < 0:
        raise ValueError("negative")
    return fib(n - 1)
try:
    fib(5)
except ValueError:
    show()
def g(a, b):
    return a / b
try:
    functools.partial(g, 1)(0)
except ZeroDivisionError as e:
    show()
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
def boom():
    raise KeyError("factory")
d = collections.defaultdict(boom)
try:
    d["x"]
except KeyError:
    show()
try:
    sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: a / 0))
except ZeroDivisionError:
    show()
class C:
    @functools.lru_cache
    def m(self, x):
        return 1 / x
try:
    C().m(0)
except ZeroDivisionError:
    show()
P = collections.namedtuple("P", "x y")
try:
    P(1)
except TypeError:
    show()

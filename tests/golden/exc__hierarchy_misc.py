class Base(Exception): pass
class A(Base): pass
class B(Base): pass
for exc in (A("a"), B("b"), Base("base"), ValueError("v")):
    try:
        try:
            raise exc
        except A as e:
            print("A handler", e)
        except (B, KeyError) as e:
            print("B/KeyError handler", e)
        except Base as e:
            print("Base handler", e)
    except Exception as e:
        print("outer", type(e).__name__, e)
try:
    raise A
except Base as e:
    print(type(e).__name__, repr(e), e.args)
print(issubclass(A, Exception), A.__mro__)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except 5:
        pass
    raise ValueError("x")
except ValueError as e:
    print("ok", e)
try:
    try:
        raise ValueError("x")
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("x")
    except (ValueError, 5):
        print("tuple with junk matched first")
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
g = gen(); next(g); del g
e = ValueError("t")
print(e.__traceback__, e.with_traceback(None) is e)
try:
    raise e
except ValueError as caught:
    print(type(caught.__traceback__).__name__, caught.__traceback__.tb_lineno)
import sys
try:
    raise KeyError("info")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v if hasattr(sys, "exception") else True)
print(sys.exc_info())
class WithArgs(Exception):
    def __init__(self, a, b=2):
        super().__init__(a, b)
        self.a = a
try:
    raise WithArgs(1)
except WithArgs as e:
    print(e, e.args, e.a)
print(repr(BaseException()), repr(SystemExit(1)), repr(KeyboardInterrupt()), repr(StopIteration(1, 2)))
print(isinstance(KeyboardInterrupt(), Exception), issubclass(GeneratorExit, BaseException))
print(ArithmeticError.__subclasses__()[:3], LookupError.__subclasses__()[:2])

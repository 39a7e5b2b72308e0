# inspect.currentframe() and f_locals snapshots of function frames.
import inspect, sys

def f(a, b=2):
    c = a + b
    print(sorted(inspect.currentframe().f_locals.items()))
    fr = inspect.currentframe()
    print(fr.f_code.co_name, fr.f_code.co_argcount, fr.f_code.co_varnames)
    return fr
fr = f(1)
print(fr.f_code.co_name)
def g():
    x = 10
    def h():
        return x
    return sorted(sys._getframe().f_locals)
print(g())
def caller_locals():
    return sorted(sys._getframe(1).f_locals)
def user():
    secret = 42
    return caller_locals()
print(user())

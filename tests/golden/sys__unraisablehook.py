import sys

def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.err_msg, u.object.__name__)
    print(type(u).__name__, u.exc_traceback is u.exc_value.__traceback__)

print(sys.unraisablehook is sys.__unraisablehook__)
sys.unraisablehook = hook

def gen():
    try:
        yield 1
    finally:
        raise ValueError("boom in finally")

g = gen()
next(g)
del g
print("after")

class CM:
    def __init__(self, suppress): self.suppress = suppress
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM(False) as v:
    print("body", v)
with CM(True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM(False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "non-empty string"
with Truthy():
    1 / 0
print("truthy suppressed")
def f():
    for i in range(3):
        with CM(False):
            if i == 1:
                return "returned"
            continue
print(f())
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): pass
for cls in (NoEnter, NoExit, int):
    try:
        with cls():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self): pass
    def __exit__(self, *a): raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
class EnterRaises:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a): print("never")
try:
    with EnterRaises():
        print("never body")
except OSError as e:
    print(type(e).__name__, e)
with CM(False) as a, CM(True) as b:
    raise TypeError("inner suppressed only by b")
print("multi ok")
class ExitArgs:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print(et is ZeroDivisionError, isinstance(ev, ZeroDivisionError), type(tb).__name__)
        return True
with ExitArgs():
    1 // 0
class GenExit:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def g():
    with GenExit():
        yield 1
        yield 2
for x in g():
    print("gen", x)
    break

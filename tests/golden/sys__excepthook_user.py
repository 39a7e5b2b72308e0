import sys

def hook(t, v, tb):
    print("hook got", t.__name__, repr(v), type(tb).__name__)
    print("same as sys.excepthook:", sys.excepthook is hook)

print(sys.excepthook is sys.__excepthook__)
sys.excepthook = hook

def f():
    raise KeyError("missing")

f()

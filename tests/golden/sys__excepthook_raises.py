import sys

def hook(t, v, tb):
    print("in hook", t.__name__)
    raise ValueError("the hook failed")

sys.excepthook = hook

def g():
    return 1 / 0

g()

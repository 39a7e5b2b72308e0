import sys

def hook(t, v, tb):
    print("custom hook:", t.__name__, file=sys.stderr)
    sys.__excepthook__(t, v, tb)
    print("cause:", repr(v.__cause__))

sys.excepthook = hook

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e

print("start")
parse("x1")

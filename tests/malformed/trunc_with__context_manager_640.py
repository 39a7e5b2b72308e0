# with statement calls __enter__/__exit__, even when the body raises; __exit__ can suppress
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("hidden")
try:
    with CM("c"):
        raise KeyError("shown")
except KeyError as e:
    print("caught", repr(e))
with CM(
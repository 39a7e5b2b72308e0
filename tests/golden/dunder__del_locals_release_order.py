# A returning frame releases its locals first to last (CPython's _PyFrame_Clear order).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    a = D("a"); b = D("b"); c = D("c")
    return 1
f()
def g():
    a = D("ga"); b = D("gb")
    raise ValueError
try:
    g()
except ValueError:
    pass
print("end")

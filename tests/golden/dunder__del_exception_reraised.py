class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(name):
    x = D(name)
    raise ValueError(name)
try:
    f("plain handler")
except ValueError:
    print("caught")
print("after except")
try:
    f("named handler")
except ValueError as e:
    print("caught", e)
print("after named")
try:
    try:
        f("reraised")
    except ValueError:
        print("re-raising")
        raise
except ValueError:
    print("outer caught")
print("end")

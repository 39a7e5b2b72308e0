# globals/locals/vars/dir basics that are deterministic
x = 1
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1), "x" in globals(), globals()["x"], __name__)
class K:
    a = 1
    def m(self): pass
print([n for n in dir(K) if not n.startswith("__")], sorted(vars(K()).items()))
print("append" in dir([]), sorted([n for n in dir(K()) if not n.startswith("_")]))

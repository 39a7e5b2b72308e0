class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        print("spec", repr(spec))
        if spec == "usd": return f"${self.v:.2f}"
        return format(self.v, spec)
    def __str__(self): return "str-money"
    def __repr__(self): return "repr-money"
m = Money(3.5)
print(f"{m:usd}", f"{m}", f"{m:>8}", f"{m!s}", f"{m!r}", f"{m!s:>12}")
print(format(m, "usd"), "{:usd}".format(m), "{0!r:>12}".format(m))
w = 10
print(f"{m:{w}.1f}")
class Plain:
    def __str__(self): return "plain"
print(f"{Plain()}", format(Plain()), format(Plain(), ""))
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{Plain():>5}"
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    def __format__(self, spec): return "intsub:" + spec
print(f"{IntSub(3):d}", format(IntSub(3), "05"))
class IntPlain(int): pass
print(f"{IntPlain(42):05d}", f"{True:d}", f"{True}")
for v, spec in [(1, "s"), ("a", "d"), (1.5, "d"), ([], "x")]:
    try:
        format(v, spec)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(object.__format__(Plain(), ""))

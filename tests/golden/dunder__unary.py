class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "invert"
u = U()
print(-u, +u, abs(u), ~u)
class Nothing: pass
for expr in ["-Nothing()", "+Nothing()", "abs(Nothing())", "~Nothing()", "~1.5", "-'s'", "~[]", "abs('x')", "+None"]:
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)
class IntSub(int):
    def __neg__(self): return "sub neg"
print(-IntSub(3), +IntSub(3), type(+IntSub(3)).__name__, abs(IntSub(-3)), ~IntSub(0))
print(-True, +True, ~True, abs(-2.5), -0.0, ~-1)

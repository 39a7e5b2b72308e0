# ContextVar get/set/reset, Token attributes and reprs, defaults and LookupError.
import contextvars

v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
print(v.name, w.name, type(v).__name__, type(v).__module__)
print(repr(v).split(" at ")[0], repr(w).split(" at ")[0])
print(v.get(), v.get(5), w.get(6), w.get(None))
try:
    w.get()
except LookupError as e:
    print("LookupError", e.args[0] is w)
t = v.set(2)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
print(repr(t).split(" at ")[0])
t2 = v.set(3)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
v.reset(t)
print(v.get(), repr(t).split(" at ")[0])
tw = w.set("x")
w.reset(tw)
try:
    w.get()
except LookupError:
    print("w unset again")
print(type(t).__name__, type(t).__module__, contextvars.Token.MISSING is contextvars.Token.MISSING)
print(hash(v) == hash(v), v == v, v != w)

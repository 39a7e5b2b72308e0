# contextvars error paths and their messages.
import contextvars

v = contextvars.ContextVar("v", default=0)
w = contextvars.ContextVar("w")

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", r if not isinstance(r, contextvars.Token) else "token")
    except Exception as e:
        print(type(e).__name__ + ":", str(e).split(" at 0x")[0])

attempt(contextvars.ContextVar, 1)
attempt(contextvars.ContextVar)
attempt(contextvars.ContextVar, "a", 1)
attempt(contextvars.ContextVar, "a", defaul=1)
attempt(contextvars.Context, 1)
attempt(contextvars.Token)
attempt(v.set)
attempt(v.get, 1, 2)
attempt(v.reset, 1)
t = v.set(1)
v.reset(t)
attempt(v.reset, t)
tw = w.set(1)
attempt(v.reset, tw)
ctx = contextvars.copy_context()
t3 = w.set(2)
attempt(ctx.run, w.reset, t3)
attempt(ctx.run)
attempt(ctx.run, lambda: ctx.run(lambda: 1))
attempt(hash, ctx)
attempt(setattr, v, "name", "x")
try:
    class Sub(contextvars.ContextVar):
        pass
    print("subclassed")
except TypeError as e:
    print("TypeError:", e)

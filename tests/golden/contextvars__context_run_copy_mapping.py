# Context objects: copy_context snapshots, run() isolates set()s, the mapping protocol.
import contextvars

a = contextvars.ContextVar("a", default="A0")
b = contextvars.ContextVar("b")
a.set("A1")
ctx = contextvars.copy_context()
print(type(ctx).__name__, type(ctx).__module__, repr(ctx).split(" at ")[0])
print(len(ctx), a in ctx, b in ctx, ctx[a], ctx.get(a), ctx.get(b), ctx.get(b, "dflt"))
print([k.name for k in ctx], [k.name for k in ctx.keys()], list(ctx.values()))
print([(k.name, v) for k, v in ctx.items()])

def work(x, *, y):
    b.set(x + y)
    a.set("A2")
    return a.get(), b.get(), len(contextvars.copy_context())

print(ctx.run(work, 1, y=2))
print(a.get(), b.get("unset outside"))
print(ctx[a], ctx[b], len(ctx))
c2 = ctx.copy()
print(c2 is ctx, c2 == ctx, len(c2), c2[b])
c2.run(b.set, 99)
print(ctx[b], c2[b], c2 == ctx)
empty = contextvars.Context()
print(len(empty), list(empty), empty == contextvars.Context())
print(empty.run(a.get), empty.run(b.get, "no b"))

def nested():
    inner = contextvars.copy_context()
    a.set("inner-set")
    return inner.run(a.get), a.get()

print(ctx.run(nested), ctx[a])
try:
    ctx[1]
except TypeError as e:
    print("TypeError:", e)
try:
    ctx[contextvars.ContextVar("z")]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)

# coroutines have no __next__ / __iter__ attributes
async def f():
    return 1

c = f()
for name in ("__next__", "__iter__", "gi_frame", "gi_running"):
    try:
        getattr(c, name)
    except AttributeError as e:
        print(type(e).__name__, e)
print(hasattr(c, "__next__"), hasattr(c, "send"), hasattr(c, "__await__"))
c.close()

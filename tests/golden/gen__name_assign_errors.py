# __name__/__qualname__ must be strings and cannot be deleted
def g():
    yield

it = g()
for attr in ("__name__", "__qualname__"):
    for bad in (1, None, b"bytes"):
        try:
            setattr(it, attr, bad)
        except TypeError as e:
            print(attr, type(e).__name__, e)
    try:
        delattr(it, attr)
    except TypeError as e:
        print("del", attr, type(e).__name__, e)
try:
    it.gi_running = True
except AttributeError as e:
    print(type(e).__name__, e)
try:
    it.custom = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(it.__name__)

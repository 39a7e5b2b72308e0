# at interpreter exit the suspended generators of __main__ are closed in the order they were
# created (CPython finalises them in its last GC pass); names with an underscore get no priority
def g(name):
    try:
        yield name
    finally:
        print("finally", name)

plain = g("plain")
_private = g("_private")
__dunder = g("__dunder")
later = g("later")
for it in (plain, _private, __dunder, later):
    next(it)
del it
print("end of script")

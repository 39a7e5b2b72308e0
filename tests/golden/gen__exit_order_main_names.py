# at interpreter exit suspended generators in __main__ are closed in the namespace's insertion
# order (the module dict is freed; underscore names get no priority here)
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

# more generator object attributes: formatting, gi_* names in dir(), dunders present, readonly
# members vs getsets, no __dict__... as CPython's PyGen_Type defines them
def f():
    "docstring"
    yield 1
g = f()
print(f"{g!r}".split(" at ")[0], ("%s" % g).split(" at ")[0], format(g, "").split(" at ")[0])
print(g.__class__.__name__)
print(g.gi_code.co_firstlineno, g.gi_code.co_flags & 0x20 != 0)
print(sorted(n for n in dir(g) if n.startswith("gi_")))
print([n for n in ("send", "throw", "close", "__next__", "__iter__", "__del__", "__name__", "__qualname__") if n in dir(g)])
try:
    g.gi_code = None
except AttributeError as e:
    print(e)
try:
    del g.gi_frame
except AttributeError as e:
    print(e)
print(hasattr(g, "__dict__"))
print(type(g).__name__, type(g).__module__, repr(type(g)))
print(type(g).__iter__ is type(g).__iter__, callable(type(g).__next__))

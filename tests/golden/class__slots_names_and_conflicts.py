# which names __slots__ may hold: class-body names conflict (__module__, a given __doc__),
# __qualname__ does not; bad items and non-identifiers
def attempt(label, body):
    try:
        ns = {}
        exec(body, ns)
        X = ns["X"]
        print(label, "-> ok", [k for k in X.__dict__ if k not in ("__module__", "__slots__")])
    except Exception as e:
        print(label, "->", type(e).__name__, e)
for name in ["__module__", "__doc__", "__qualname__", "__init__", "__class__", "__slots__", "__name__"]:
    attempt(name, f"class X:\n    __slots__ = ({name!r},)")
attempt("doc given", "class X:\n    'doc'\n    __slots__ = ('__doc__',)")
attempt("bytes", "class X:\n    __slots__ = (b'a',)")
attempt("empty str", "class X:\n    __slots__ = ''")
attempt("space", "class X:\n    __slots__ = 'a b'")
attempt("unicode", "class X:\n    __slots__ = ('é',)")
attempt("keyword", "class X:\n    __slots__ = ('class',)")
attempt("list of one", "class X:\n    __slots__ = ['only']\nx = X(); x.only = 1; print(x.only)")
attempt("None", "class X:\n    __slots__ = None")
X = type("X", (), {"__slots__": ("__module__",)})
print(type(X.__dict__["__module__"]).__name__)
X = type("X", (), {"__slots__": ("__doc__",)})
print(type(X.__dict__["__doc__"]).__name__)

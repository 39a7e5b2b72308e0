# malformed module names fail the way CPython's import system fails them
for n in ["_imp_pkg..mod", ".", "_imp_pkg.", "_imp_pkg/mod", "._imp_pkg", "_imp_pkg.mod.", " _imp_helper"]:
    try:
        m = __import__(n)
        print("ok", repr(n), m.__name__)
    except Exception as e:
        print(repr(n), type(e).__name__, e)

# an import inside a function binds a local name; the module is shared
def load():
    import _imp_helper
    from _imp_pkg import mod as m
    return _imp_helper, m
h, m = load()
print(h.X, m.VALUE, "_imp_helper" in globals())
import _imp_helper
print(_imp_helper is h)

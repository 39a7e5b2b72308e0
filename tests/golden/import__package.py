# a package: __init__ runs first, submodules, __path__, __package__, attribute binding
import _imp_pkg
print(_imp_pkg.__name__, _imp_pkg.__package__, _imp_pkg.__doc__)
print(_imp_pkg.__file__)
print(_imp_pkg.__path__)
print(_imp_pkg)
print(_imp_pkg.mod.VALUE, _imp_pkg.VALUE, _imp_pkg.mod.__package__)
print(hasattr(_imp_pkg, "sub"))
import _imp_pkg.sub
print(hasattr(_imp_pkg, "sub"), _imp_pkg.sub.SUM)

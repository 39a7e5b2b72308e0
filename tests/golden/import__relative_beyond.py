# a relative import climbing above the top-level package
try:
    import _imp_pkg.beyond
except ImportError as e:
    print(type(e).__name__, e)
import sys
print("_imp_pkg.beyond" in sys.modules, "_imp_pkg" in sys.modules)
import _imp_pkg.beyond

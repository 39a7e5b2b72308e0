# an exception in a package's submodule during its __init__: both leave sys.modules
import sys
try:
    import _imp_badpkg
except ValueError as e:
    print("ValueError", e)
print(sorted(k for k in sys.modules if k.startswith("_imp_badpkg")))
import _imp_badpkg.broken

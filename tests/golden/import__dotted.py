# `import a.b.c` binds `a`; `import a.b.c as x` binds the leaf; from-imports of submodules
import _imp_pkg.sub.deep
print(_imp_pkg.__name__, _imp_pkg.sub.deep.DEPTH)
import _imp_pkg.sub.deep as d
print(d.__name__, d is _imp_pkg.sub.deep)
from _imp_pkg.sub import deep
from _imp_pkg.sub.deep import DEPTH
print(deep is d, DEPTH)
from _imp_pkg import sub, mod
print(sub.__name__, mod.__name__)
import sys
print(sorted(k for k in sys.modules if k.startswith("_imp_pkg")))

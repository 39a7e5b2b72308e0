DEPTH = 3
from .. import mod
print("_imp_pkg.sub.deep:", __name__, __package__, mod.VALUE)

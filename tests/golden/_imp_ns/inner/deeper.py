print("_imp_ns.inner.deeper:", __name__, __package__)
from .. import leaf

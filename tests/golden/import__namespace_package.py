# a directory without __init__.py is a namespace package
import _imp_ns.leaf
print(_imp_ns.leaf.LEAF, _imp_ns.__name__, _imp_ns.__package__)
print([p.rsplit("/", 1)[-1] for p in _imp_ns.__path__], hasattr(_imp_ns, "__file__"))
from _imp_ns.inner import deeper
print(deeper.leaf is _imp_ns.leaf)

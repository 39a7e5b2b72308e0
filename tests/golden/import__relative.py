# relative imports inside a package (from . / from .. / from .x import y)
from _imp_pkg import sub
print(sub.parent_mod.__name__, sub.VALUE, sub.deep.__package__)
print(sub.__package__, sub.deep.__name__)

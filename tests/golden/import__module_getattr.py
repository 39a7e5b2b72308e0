# a module-level __getattr__ (PEP 562) serves attribute access and from-imports
import _imp_lazy
print(_imp_lazy.dynamic)
from _imp_lazy import dynamic
print(dynamic)
try:
    from _imp_lazy import other
except ImportError as e:
    print(type(e).__name__, e)

# a relative import in the main script has no parent package
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .x import y
except ImportError as e:
    print(type(e).__name__, e)
from .. import z

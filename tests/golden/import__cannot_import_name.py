# from-importing a missing name: ImportError with name and path; then uncaught
try:
    from _imp_helper import missing
except ImportError as e:
    print(type(e).__name__, "|", e, "|", e.name, e.path.rsplit("/", 1)[-1])
try:
    from sys import missing
except ImportError as e:
    print(e, e.name, e.path)
from _imp_plain import nothing_here

# `from a import x` while `a` is still initialising: CPython's circular-import message
try:
    import _imp_circ_a
except ImportError as e:
    print(e)
    print(e.name, e.path.rsplit("/", 1)[-1])
import sys
print(sorted(k for k in sys.modules if k.startswith("_imp_circ")))
import _imp_circ_a

# from-imports of a user module: names, aliases, star with and without __all__
from _imp_helper import X, greet as hello
print(X, hello("from"))
from _imp_helper import *
print(sorted(k for k in globals() if not k.startswith("__")))
from _imp_plain import *
print(a, b, fn(), "_c" in globals())
import sys
print(sorted(k for k in sys.modules if k.startswith("_imp_")))

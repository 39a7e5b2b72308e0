# `from pkg import *` imports the submodules __all__ names
from _imp_pkg import *
print(mod.__name__, VALUE, sub.__name__)

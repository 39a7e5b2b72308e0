print("_imp_badpkg: init")
from . import broken

print("_imp_pkg.sub: init", __package__)
from .. import mod as parent_mod
from ..mod import VALUE
from . import deep
SUM = VALUE + deep.DEPTH

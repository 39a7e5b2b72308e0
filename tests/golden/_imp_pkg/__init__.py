"""The _imp_pkg package."""
print("_imp_pkg: init", __name__, __package__)
from . import mod
from .mod import VALUE
__all__ = ["mod", "VALUE", "sub"]

import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
def here():
    warnings.warn("from the module")

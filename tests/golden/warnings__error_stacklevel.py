import warnings
def f():
    warnings.warn("deprecated thing", DeprecationWarning, stacklevel=2)
def g():
    f()
warnings.simplefilter("error")
g()

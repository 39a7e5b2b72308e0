import warnings, sys

warnings.warn_explicit("explicit one", UserWarning, "somefile.py", 42)
warnings.warn_explicit("explicit one", UserWarning, "somefile.py", 42)
reg = {}
warnings.warn_explicit("with registry", SyntaxWarning, "other.py", 3, module="other", registry=reg)
print(sorted(k for k in reg if k != "version"))
warnings.filterwarnings("error", message="bad", category=UserWarning)
try:
    warnings.warn("BAD things happen")
except UserWarning as e:
    print("error from message filter:", e)
warnings.warn("good things happen")
warnings.filterwarnings("ignore", module="__main__")
warnings.warn("ignored by module filter")
warnings.filterwarnings("always", module="nomatch")
print([f[0] for f in warnings.filters][:3])
print(warnings.filters[-5:])
print(sys.warnoptions)
def deprecated():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)
warnings.resetwarnings()
warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
deprecated()
warnings.warn("pending", PendingDeprecationWarning)
print("done")

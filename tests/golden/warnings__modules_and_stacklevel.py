import warnings, sys
import _warnings_helper
_warnings_helper.old()
warnings.warn("too deep", stacklevel=50)
def f():
    warnings.warn("stack 2", RuntimeWarning, stacklevel=2)
f()
f()
print(sorted(k for k in _warnings_helper.__dict__.get("__warningregistry__", {}) if k != "version"))
print(sorted(str(k) for k in globals()["__warningregistry__"] if k != "version"))
warnings.simplefilter("module")
f(); f()
warnings.warn(Warning("plain"))
class MyWarning(UserWarning):
    pass
warnings.warn("mine", MyWarning)
warnings.filterwarnings("error", category=MyWarning)
try:
    warnings.warn("mine again", MyWarning)
except MyWarning as e:
    print("caught", type(e).__name__, e.args)
print(warnings.filters[0][2].__name__, len(warnings.filters))

# a directory put on sys.path is searched; a relative entry is resolved against the cwd
import sys
try:
    import extra_mod
except ModuleNotFoundError as e:
    print("before:", e)
sys.path.insert(0, "_imp_extra")
import extra_mod
print(extra_mod.EXTRA, extra_mod.__name__, extra_mod.__file__.rsplit("/", 2)[-2:])

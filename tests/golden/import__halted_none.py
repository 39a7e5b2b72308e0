# None in sys.modules blocks an import; a module may replace its own sys.modules entry
import sys
sys.modules["_imp_blocked"] = None
try:
    import _imp_blocked
except ModuleNotFoundError as e:
    print(e, e.name)
import _imp_replace
print(_imp_replace)

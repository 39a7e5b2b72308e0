# importlib.import_module (absolute and relative) and importlib.reload
import importlib
m = importlib.import_module("_imp_counter")
print(m.__name__, m.count)
r = importlib.reload(m)
print(r is m, m.count)
sub = importlib.import_module("._imp_pkg.sub".lstrip("."))
print(sub.__name__)
deep = importlib.import_module(".deep", "_imp_pkg.sub")
print(deep.__name__)
mod = importlib.import_module("..mod", "_imp_pkg.sub")
print(mod.__name__)
for args in [(".x",), ("...x", "_imp_pkg.sub"), ("_imp_nope",), ("",)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    importlib.reload(42)
except TypeError as e:
    print(e)

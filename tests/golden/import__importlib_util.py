# importlib.util: find_spec, resolve_name, spec_from_file_location + module_from_spec +
# exec_module (loading a file by path without sys.modules), importlib.machinery names
import importlib.util, importlib.machinery, sys
print(importlib.util.find_spec("sys"), importlib.util.find_spec("_imp_nothing_here"))
print(importlib.util.find_spec("_imp_helper"))
print(importlib.util.find_spec("_imp_pkg.mod"))
print("_imp_pkg.mod" in sys.modules, "_imp_pkg" in sys.modules)
try:
    importlib.util.find_spec(".x")
except ImportError as e:
    print(type(e).__name__, e)
print(importlib.util.resolve_name(".x", "a.b"), importlib.util.resolve_name("..", "a.b"))
spec = importlib.util.spec_from_file_location("loaded_by_path", "_imp_plain.py")
print(spec, spec.name, spec.origin, spec.parent)
m = importlib.util.module_from_spec(spec)
print(m, sorted(vars(m)))
spec.loader.exec_module(m)
print(m.a, m.fn(), "loaded_by_path" in sys.modules)
print(importlib.util.spec_from_file_location("x", "data.txt"))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BuiltinImporter)
print(importlib.machinery.ModuleSpec, importlib.machinery.SourceFileLoader)
import _imp_helper
print(importlib.util.find_spec("_imp_helper") == _imp_helper.__spec__)

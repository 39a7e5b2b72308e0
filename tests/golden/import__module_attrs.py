# the attributes the import system gives a module loaded from a file: spec, loader, cached
import _imp_helper, _imp_pkg, _imp_ns.leaf
for m in (_imp_helper, _imp_pkg, _imp_pkg.mod, _imp_ns):
    print([k for k in vars(m) if k.startswith("__")])
print(_imp_helper.__spec__)
print(_imp_pkg.__spec__)
s = _imp_pkg.mod.__spec__
print(s.name, s.parent, s.origin, s.has_location, s.cached, s.submodule_search_locations)
print(_imp_pkg.__spec__.parent, _imp_pkg.__path__ is _imp_pkg.__spec__.submodule_search_locations)
print(_imp_ns.__spec__.parent, _imp_ns.__spec__.origin, _imp_ns.__spec__.has_location)
print(type(_imp_helper.__loader__).__name__, _imp_helper.__loader__.name, _imp_helper.__loader__.path)
print(_imp_helper.__loader__.get_filename(), _imp_helper.__loader__.is_package("_imp_helper"))
print(_imp_helper.__cached__, _imp_helper.__spec__._initializing)
print(sorted(dir(_imp_helper)))

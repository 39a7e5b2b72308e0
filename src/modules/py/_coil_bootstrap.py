"""coil's stand-ins for the objects CPython's importlib attaches to the modules it loads
from files: `__spec__` (a ModuleSpec) and `__loader__` (a SourceFileLoader or
NamespaceLoader), with CPython's reprs, names and attributes (modules::importer creates them).
"""


class ModuleSpec:
    """The import-system-related state of a module (importlib.machinery.ModuleSpec)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            args.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            args.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"{self.__class__.__name__}({', '.join(args)})"

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin and smsl == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            head, _, tail = self.origin.rpartition("/")
            if tail.endswith(".py"):
                self._cached = f"{head}/__pycache__/{tail[:-3]}.cpython-311.pyc"
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


ModuleSpec.__module__ = "_frozen_importlib"


class SourceFileLoader:
    """Concrete implementation of SourceLoader using the file system."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, fullname):
        with open(self.path, encoding="utf-8") as f:
            return f.read()

    def is_package(self, fullname):
        return self.path.rpartition("/")[2] == "__init__.py"

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def exec_module(self, module):
        """Execute the module's source file in its namespace."""
        import _coil_import
        _coil_import.exec_source(module, self.path)


SourceFileLoader.__module__ = "_frozen_importlib_external"


class NamespaceLoader:
    def __init__(self, name, path, path_finder=None):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ""


NamespaceLoader.__module__ = "_frozen_importlib_external"


def file_spec(name, path, package_dir):
    """The spec and loader of a module loaded from the source file `path`."""
    loader = SourceFileLoader(name, path)
    spec = ModuleSpec(name, loader, origin=path)
    spec._set_fileattr = True
    if package_dir is not None:
        spec.submodule_search_locations = [package_dir]
    return spec, loader


def namespace_spec(name, path):
    """The spec and loader of a namespace package with portions `path` (a list)."""
    loader = NamespaceLoader(name, path)
    spec = ModuleSpec(name, loader, is_package=True)
    spec.submodule_search_locations = path
    return spec, loader


class BuiltinImporter:
    """Meta path import for built-in modules."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("BuiltinImporter cannot be instantiated")


BuiltinImporter.__module__ = "_frozen_importlib"


class FrozenImporter:
    """Meta path import for frozen modules."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("FrozenImporter cannot be instantiated")


FrozenImporter.__module__ = "_frozen_importlib"


def builtin_spec(name, frozen):
    """The spec of one of coil's own modules: built-in (native) or frozen (embedded)."""
    if frozen:
        return ModuleSpec(name, FrozenImporter, origin="frozen")
    return ModuleSpec(name, BuiltinImporter, origin="built-in")

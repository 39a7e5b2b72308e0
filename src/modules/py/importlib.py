"""A pure Python implementation of import (coil: the import system is `modules::importer`;
`import_module`, `reload` and `invalidate_caches` are its native functions)."""
__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']
__path__ = []  # a package: importlib.util, importlib.machinery

from _coil_import import import_module, reload, invalidate_caches, __import__

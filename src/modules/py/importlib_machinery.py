"""The implementations of the import system's finders and loaders (coil: the spec and loader
classes modules loaded from files carry)."""
from _coil_bootstrap import (ModuleSpec, SourceFileLoader, NamespaceLoader, BuiltinImporter,
                             FrozenImporter)

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES

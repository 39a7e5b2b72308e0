# isinstance/issubclass with tuples, builtin type hierarchy and type()
print(isinstance(1, (str, int)), isinstance(True, int), isinstance(1.0, int), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, LookupError
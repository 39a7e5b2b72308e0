# isinstance/issubclass with tuples, builtin type hierarchy and type()
print(isinstance(1, (str, int)), isinstance(True, int), isinstance(1.0, int), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, LookupError), issubclass(int, (str, float)))
print(type(1), type("a"), type([]), type(None), type(type), type(len), type(print).__name__)
print(isinstance([], list), isinstance(list, type), isinstance(ValueError(), Exception), isinstance(Exception, type))
try:
    isinstance(1, 1)
except TypeError as e
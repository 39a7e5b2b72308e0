# type(name, bases, ns) takes __module__ from the calling frame's globals
X = type('X', (), {})
print(X, X.__module__)
def make():
    return type('Y', (object,), {'a': 1})
Y = make()
print(Y, Y.__module__, Y.a)
Z = type('Z', (), {'__module__': 'custom'})
print(Z, Z.__module__)

# __class__, __dict__, __name__, __module__, __doc__ of classes
class Doc:
    "A documented class."
    a = 1
    def f(self): pass
d = Doc()
print(d.__class__ is Doc, Doc.__name__, Doc.__module__, Doc.__doc__, d.__dict__)
d.z = 9
print(d.__dict__, 
# __class__, __dict__, __name__, __module__, __doc__ of classes
class Doc:
    "A documented class."
    a = 1
    def f(self)
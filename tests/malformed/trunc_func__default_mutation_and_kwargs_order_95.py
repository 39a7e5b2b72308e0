# keyword arguments keep call order in **kwargs; defaults referencing earlier names
def f(**kw)
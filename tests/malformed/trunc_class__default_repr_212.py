# the default object repr includes the module, class name and an address
class Thing:
    pass
t = Thing()
print(t)
print(repr(t) == object.__repr__(t), Thing, type(t), type(Thing), object)
print(str(t) == repr(t
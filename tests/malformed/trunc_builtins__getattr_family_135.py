# getattr, setattr, hasattr, delattr on objects and classes
class O: pass
o = O()
setattr(o, "a", 1)
print(getattr(o, "a"), hasattr(o, 
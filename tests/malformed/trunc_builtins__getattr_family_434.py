# getattr, setattr, hasattr, delattr on objects and classes
class O: pass
o = O()
setattr(o, "a", 1)
print(getattr(o, "a"), hasattr(o, "a"), hasattr(o, "b"), getattr(o, "b", None), getattr(1, "real"))
delattr(o, "a")
print(hasattr(o, "a"))
setattr(O, "cls_attr", 5)
print(o.cls_attr, getattr(O, "cls_attr"), getattr([], "append").__name__)
for f in [lambda: getattr(o, "missing"), lambda: delattr(o, "missing"), lambda: getattr(o, 1)]
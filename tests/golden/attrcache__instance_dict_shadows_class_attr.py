# Instance dict entries shadow non-data class attributes (methods and plain values) at a
# warmed site, and removing them unshadows.
class K:
    kind = "class-kind"
    def m(self):
        return "method"

objs = [K() for _ in range(3)]

def look(o):
    return o.kind, o.m() if callable(o.m) else o.m

for _ in range(3):
    print([look(o) for o in objs])
objs[1].kind = "inst-kind"
objs[2].m = lambda: "inst-lambda"
print([look(o) for o in objs])
objs[0].m = 42
print([look(o) for o in objs])
del objs[2].m
del objs[1].kind
print([look(o) for o in objs])
K.kind = "changed"
print([look(o) for o in objs])
del K.kind
for o in objs:
    try:
        print(o.kind)
    except AttributeError as e:
        print("AttributeError:", e)
    o.kind = "own"
    print(o.kind)

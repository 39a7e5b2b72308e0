# Module-level LOAD_NAME/STORE_NAME share LOAD_GLOBAL's cache: shadowing a builtin, deleting
# a name, rebinding through globals(), exec with separate and shared namespaces, class bodies.
total = 0
for i in range(5):
    total += i
print(total)
len = lambda x: -1
print(len([1, 2]))
del len
print(len([1, 2]))
x = 1
globals()["x"] = 2
print(x)
globals().pop("x")
try:
    print(x)
except NameError as e:
    print("NameError:", e)
g = {"y": 10}
exec("y += 1\nz = y * 2", g)
print(g["y"], g["z"])
loc = {}
exec("w = 5\nv = w + 1", g, loc)
print(sorted(loc.items()), "w" in g)
class C:
    total = -1
    t2 = total + 1
    print(total, t2)
print(total)
for k in range(3):
    name = "n%d" % k
    globals()[name] = k
    print(eval(name), n0)
def f():
    global total
    total = 99
f()
print(total)
print(undefined_name)

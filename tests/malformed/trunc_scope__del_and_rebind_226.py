# del removes names and items; rebinding after del works
x = 10
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
x = 20
print(x)
a = [1, 2, 3, 4]
del a[0], a[-1]
d = {"k": 1, "j": 2}
del d["k"]
print(a, d
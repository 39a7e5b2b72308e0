# the loop variable lives in the genexp's own scope; class bodies are not visible inside
x = "outer x"
g = (x for x in range(3))
print(list(g), x)

class C:
    items = [1, 2]
    doubled = list(i * 2 for i in items)
    factor = 3
    try:
        bad = list(i * factor for i in items)
    except NameError as e:
        print(type(e).__name__, e)
print(C.doubled)

def f():
    n = 10
    return (i + n for i in range(2))
print(list(f()))

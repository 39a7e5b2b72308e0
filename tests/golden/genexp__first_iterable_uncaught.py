# a non-iterable first iterable fails at the genexp line, before any iteration
data = None
print("before")
g = (d * 2 for d in data)
print("never printed")

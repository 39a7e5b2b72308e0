# at interpreter exit suspended generators are closed in creation order (not namespace order),
# while the module's globals are still intact
def g(name):
    try:
        yield name
    finally:
        print("finally", name, "| counter is", counter)

counter = 0
a = None
b = g("b, created first")
a = g("a, created second but bound first")
next(a)
next(b)
counter = 5
print("end of script")

# two generators suspended at interpreter exit are both closed (first-bound name first)
def g(name):
    try:
        yield name
    finally:
        print("finally", name)

first = g("first")
second = g("second")
next(first)
next(second)
print("end of script")

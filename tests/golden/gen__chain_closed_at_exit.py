# Suspended `yield from` chains still alive at interpreter exit are closed innermost first,
# each chain once, in creation order of their top generators.
def leaf(name):
    try:
        yield name + " 1"
        yield name + " 2"
    finally:
        print("finally", name)


def mid(name):
    try:
        yield from leaf(name + ".leaf")
    finally:
        print("finally", name)


def top(name):
    try:
        yield from mid(name + ".mid")
    finally:
        print("finally", name)


a = top("a")
b = top("b")
print(next(b))
print(next(a))
print(next(a))
print("end of script")

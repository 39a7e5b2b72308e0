# reading a local before assignment raises UnboundLocalError
x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    del y
    y = 1
def h():
    y = 1
    del y
    return y
for fn in (g, h):
    try
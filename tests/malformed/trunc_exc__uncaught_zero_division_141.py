# uncaught ZeroDivisionError: traceback with carets through two frames, exit 1
def f(a):
    return a / 0

print("before")
f(1)
print("after"
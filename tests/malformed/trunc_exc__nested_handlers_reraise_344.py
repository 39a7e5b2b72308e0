# bare raise re-raises the current exception; handlers nest
def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    f()
except ValueError as e:
    print("outer got", e)
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("not here
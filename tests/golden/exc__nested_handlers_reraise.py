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
        print("not here")
except (TypeError, KeyError) as e:
    print("tuple handler", type(e).__name__)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

# a bare raise after resuming inside an except block re-raises the generator's own exception
def g():
    try:
        raise KeyError("saved")
    except KeyError:
        yield "in handler"
        raise

it = g()
print(next(it))
try:
    raise ValueError("caller's own")
except ValueError:
    try:
        next(it)
    except KeyError as e:
        print("re-raised", repr(e), "| context:", repr(e.__context__))

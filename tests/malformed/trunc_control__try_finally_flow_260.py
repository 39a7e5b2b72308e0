# finally runs on return, break and continue; a return in finally wins
def f():
    try:
        return "try"
    finally:
        print("finally in f")
def g():
    try:
        return "try"
    finally:
        return "finally"
def h():
    for i in range(3)
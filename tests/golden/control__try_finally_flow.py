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
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 1:
                break
        finally:
            print("finally", i)
    return i
print(f(), g(), h())
def k():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(k())

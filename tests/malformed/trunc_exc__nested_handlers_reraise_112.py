# bare raise re-raises the current exception; handlers nest
def f():
    try:
        raise ValueError("original
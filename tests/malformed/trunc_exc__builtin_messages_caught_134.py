# common builtin error messages, caught and printed
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e
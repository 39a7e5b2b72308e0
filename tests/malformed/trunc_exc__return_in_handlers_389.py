# return from inside except/else/finally blocks
def f(x):
    try:
        if x == 0:
            raise ValueError
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("finally for", x)
print(f(0), f(1))
def g():
    for i in range(3):
        try:
            raise IndexError(i)
        except IndexError as e:
            if e.args[0
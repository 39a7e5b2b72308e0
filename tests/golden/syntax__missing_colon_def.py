# def statement missing its colon
def f(x)
    return x

# async is a keyword: it cannot be a parameter name
def f(async):
    pass

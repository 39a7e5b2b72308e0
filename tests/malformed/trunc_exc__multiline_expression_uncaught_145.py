# traceback of an error in an expression spanning several lines
def total(a, b, c):
    return a + b + c
result = total(
    1,
    2,
    None,

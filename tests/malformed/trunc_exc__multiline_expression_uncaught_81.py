# traceback of an error in an expression spanning several lines
def total(a, b, c
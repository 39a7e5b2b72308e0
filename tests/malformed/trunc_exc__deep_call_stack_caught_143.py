# exceptions propagate through many frames and can be caught at the top
def down(n):
    if n == 0:
        raise LookupError("bottom")
    try
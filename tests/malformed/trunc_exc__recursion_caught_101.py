# unbounded recursion raises RecursionError, which can be caught; the program continues
def forever(n
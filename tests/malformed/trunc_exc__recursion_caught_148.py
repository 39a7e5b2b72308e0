# unbounded recursion raises RecursionError, which can be caught; the program continues
def forever(n):
    return forever(n + 1)
try:
    forever(0
# exceptions propagate through many frames and can be caught at the top
def down(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        return down(n - 1)
    finally:
        if n % 250 == 0:
            print("unwinding", n)
try:
    down(900)
except LookupError as e:
    print(
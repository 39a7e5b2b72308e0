# Repeated identical frames collapse to "[Previous line repeated N more times]".
import traceback, sys

def rec(n):
    if n == 0:
        raise RecursionError("deep")
    rec(n - 1)
try:
    rec(10)
except RecursionError:
    traceback.print_exc()
    print(len(traceback.extract_tb(sys.exc_info()[2])))
    print(traceback.format_tb(sys.exc_info()[2])[-3:])
def two(n):
    if n == 0:
        raise ValueError("z")
    two(n - 1)
try:
    two(4)
except ValueError:
    traceback.print_exc()

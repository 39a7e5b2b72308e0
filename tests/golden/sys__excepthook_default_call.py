import sys
try:
    raise ValueError("reported by hand")
except ValueError as e:
    sys.__excepthook__(type(e), e, e.__traceback__)
sys.excepthook(int, 5, None)
print("still running")

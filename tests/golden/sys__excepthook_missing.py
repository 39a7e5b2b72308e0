import sys
del sys.excepthook
print("before")
raise RuntimeError("no hook")

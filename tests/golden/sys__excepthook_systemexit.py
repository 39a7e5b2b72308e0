import sys
calls = []
sys.excepthook = lambda *a: calls.append(a)
try:
    raise ValueError("handled")
except ValueError:
    pass
print("no hook call for handled errors:", calls)
sys.exit(3)

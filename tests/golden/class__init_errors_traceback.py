# Tracebacks through __init__ frames run for class calls, and the non-None return error.
class A:
    def __init__(self, x):
        self.x = 1 / x
class B(A):
    def __init__(self):
        super().__init__(0)
def make():
    return [B() for _ in range(2)]
try:
    make()
except ZeroDivisionError as e:
    import traceback; traceback.print_exc()
class Bad:
    def __init__(self):
        return 5
def mk():
    return Bad()
mk()

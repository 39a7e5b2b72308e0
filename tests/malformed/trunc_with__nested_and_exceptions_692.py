# nested with statements, exceptions in __enter__, and __exit__ seeing the exception
class CM:
    def __init__(self, name, fail_enter=False):
        self.name, self.fail_enter = name, fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError(f"{self.name} enter failed")
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else "-")
        return False
try:
    with CM("outer"):
        with CM("inner", fail_enter=True):
            print("never")
except RuntimeError as e:
    print("caught", e)
def f():
    with CM("ret"):
        return "returned"
print(f()
# a custom iterator's StopIteration value becomes the yield from result
class Returns:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("custom result")
        self.done = True
        return "one"

def g():
    r = yield from Returns()
    yield "result: " + r

print(list(g()))

# __name__ and __qualname__ come from the function and can be reassigned on the generator
def top():
    yield

class C:
    def method(self):
        yield
    class Inner:
        def deep(self):
            yield

def outer():
    def local():
        yield
    return local()

for it in (top(), C().method(), C.Inner().deep(), outer(), (x for x in "")):
    print(it.__name__, "|", it.__qualname__)

it = top()
it.__name__ = "renamed"
it.__qualname__ = "Some.renamed"
print(it.__name__, it.__qualname__, top.__name__, top.__qualname__)
print(top().__name__)
f = top
f.__name__ = "changed_fn"
f.__qualname__ = "changed.q"
print(f().__name__, f().__qualname__)

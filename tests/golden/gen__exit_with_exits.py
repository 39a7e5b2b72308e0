# a generator suspended inside a with block at interpreter exit runs __exit__
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *exc):
        print("exit", exc[0].__name__)

def g():
    with CM():
        yield 1

it = g()
next(it)
print("end of script")

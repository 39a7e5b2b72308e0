# a generator that a for loop runs to its end releases its locals before the loop's next
# statement, at module level and in a function
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def it(n):
    d = D(n)
    yield 1


for v in it("module level"):
    print("loop", v)
print("after loop")


def f():
    for v in it("in a function"):
        print("loop", v)
    print("after loop in f")


f()

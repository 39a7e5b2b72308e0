# the priming error uncaught: traceback points at the send() call
def gen():
    value = yield
    print(value)

g = gen()
print("priming with a value")
g.send(42)

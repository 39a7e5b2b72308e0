# send() returns the next yielded value; the sent value appears at the paused yield
def g():
    log = []
    while len(log) < 3:
        v = yield len(log)
        log.append(v)
    yield log

it = g()
print(it.send(None))
print(it.send("a"))
print(it.send("b"))
print(it.send("c"))

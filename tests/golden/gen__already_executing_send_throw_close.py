# send, throw and close on a running generator all raise ValueError
def g():
    for op in ("send", "throw", "close"):
        try:
            if op == "send":
                it.send(None)
            elif op == "throw":
                it.throw(KeyError("k"))
            else:
                it.close()
        except ValueError as e:
            print(op, type(e).__name__, e)
        yield op

it = g()
print(list(it))

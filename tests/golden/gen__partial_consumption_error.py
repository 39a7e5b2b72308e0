# a consumer that fails part-way through a generator discards partial results
def g():
    yield 1
    yield 2
    raise ValueError("third")

for consumer in (list, tuple, sorted, sum, set, lambda it: dict.fromkeys(it)):
    try:
        consumer(g())
    except ValueError as e:
        print(type(e).__name__, e)

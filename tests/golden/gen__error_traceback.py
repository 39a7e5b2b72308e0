# an exception inside a generator body after some yields: traceback shows the consumer and the body
def parse(items):
    for s in items:
        yield int(s)

total = 0
for v in parse(["1", "2", "three"]):
    total += v
    print("running total", total)

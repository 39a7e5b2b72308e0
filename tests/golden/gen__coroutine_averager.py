# the running-average coroutine: values come in with send(), a result goes out with return
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in [("girls", [40.9, 38.5, 44.3]), ("boys", [39.0, 40.8])]:
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)
avg = averager()
next(avg)
print(avg.send(10), avg.send(30), avg.send(5))

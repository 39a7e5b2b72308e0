# A small log-analysis program built from generators: a lazy pipeline of stages, a
# generator-based coroutine that keeps running statistics, a round-robin scheduler of
# generator tasks, and a recursive tree walk with yield from.

LOG = """\
2024-01-01 10:00:01 INFO  web  GET /index 200 12ms
2024-01-01 10:00:02 WARN  web  GET /slow 200 950ms
2024-01-01 10:00:02 ERROR db   query timeout
2024-01-01 10:00:03 INFO  web  POST /login 302 40ms

2024-01-01 10:00:04 INFO  web  GET /index 200 8ms
2024-01-01 10:00:05 ERROR web  GET /missing 404 3ms
2024-01-01 10:00:06 INFO  db   vacuum done
"""


def lines(text):
    for raw in text.splitlines():
        yield raw


def nonblank(rows):
    return (r for r in rows if r.strip())


def parse(rows):
    for r in rows:
        date, time, level, service, *rest = r.split()
        yield {"time": time, "level": level, "service": service, "msg": " ".join(rest)}


def only(level, records):
    for rec in records:
        if rec["level"] == level:
            yield rec


def durations(records):
    for rec in records:
        last = rec["msg"].rsplit(" ", 1)[-1]
        if last.endswith("ms"):
            yield int(last[:-2])


def stats():
    """Coroutine: send durations in, get (count, mean, max) back; send None to finish."""
    count, total, peak = 0, 0, 0
    summary = None
    while True:
        value = yield summary
        if value is None:
            return count, total / count if count else 0.0, peak
        count += 1
        total += value
        peak = max(peak, value)
        summary = (count, round(total / count, 1), peak)


def records():
    return parse(nonblank(lines(LOG)))


print("errors:")
for rec in only("ERROR", records()):
    print(f"  {rec['time']} [{rec['service']}] {rec['msg']}")

acc = stats()
next(acc)
for d in durations(records()):
    print("running stats:", acc.send(d))
try:
    acc.send(None)
except StopIteration as done:
    print("final stats:", done.value)

by_service = {}
for rec in records():
    by_service.setdefault(rec["service"], []).append(rec["level"])
print({k: len(v) for k, v in sorted(by_service.items())})


def task(name, steps):
    for i in range(1, steps + 1):
        yield f"{name} {i}/{steps}"
    return f"{name} finished"


def scheduler(tasks):
    queue = list(tasks)
    while queue:
        t = queue.pop(0)
        try:
            print("  ", next(t))
        except StopIteration as e:
            print("  ", e.value)
        else:
            queue.append(t)


print("scheduler:")
scheduler([task("backup", 2), task("report", 3), task("ping", 1)])

tree = ("root", [("etc", [("hosts", []), ("passwd", [])]), ("var", [("log", [("syslog", [])])])])


def walk(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)


print("\n".join(walk(tree)))
print("leaves:", sum(1 for line in walk(tree) if line.strip() in ("hosts", "passwd", "syslog")))

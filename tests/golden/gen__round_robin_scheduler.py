# generators as tasks: a round-robin scheduler switches between them at each yield
from_log = []

def task(name, steps):
    for i in range(steps):
        print(name, "step", i)
        yield
    return name + " done"

def run(tasks):
    queue = list(tasks)
    while queue:
        t = queue.pop(0)
        try:
            next(t)
        except StopIteration as e:
            print("finished:", e.value)
        else:
            queue.append(t)

run([task("A", 2), task("B", 3), task("C", 1)])

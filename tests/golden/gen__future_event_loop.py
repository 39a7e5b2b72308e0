# the pre-async/await design: Futures whose __iter__ yields the future itself, tasks written as
# generators that `yield from` futures, and a loop that resumes tasks when futures complete
class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb(self)
    def __iter__(self):
        if not self.done:
            yield self
        return self.result

class Loop:
    def __init__(self):
        self.ready = []
        self.timers = []
        self.now = 0
    def sleep(self, delay, value=None):
        fut = Future(f"sleep({delay})")
        self.timers.append((self.now + delay, len(self.timers), fut, value))
        return fut
    def spawn(self, gen):
        task = Future(gen.__name__)
        self.ready.append((gen, task, None))
        return task
    def step(self, gen, task, value):
        try:
            fut = gen.send(value)
        except StopIteration as e:
            print(f"t={self.now} {gen.__name__} returned {e.value!r}")
            task.set_result(e.value)
            return
        fut.callbacks.append(lambda f: self.ready.append((gen, task, f.result)))
    def run(self):
        while self.ready or self.timers:
            while self.ready:
                self.step(*self.ready.pop(0))
            if self.timers:
                self.timers.sort()
                when, _, fut, value = self.timers.pop(0)
                self.now = when
                fut.set_result(value)

loop = Loop()

def fetch(name, delay):
    print(f"t={loop.now} fetch {name} start")
    data = yield from loop.sleep(delay, value=name.upper())
    print(f"t={loop.now} fetch {name} got {data}")
    return data

def main():
    a = loop.spawn(fetch("a", 3))
    b = loop.spawn(fetch("b", 1))
    first = yield from b
    second = yield from a
    return first + second

loop.spawn(main())
loop.run()

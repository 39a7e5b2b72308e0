# a bare next() on an exhausted iterator inside a generator is not a silent stop
def firsts(iterables):
    for it in iterables:
        yield next(iter(it))

print(list(firsts([[1], [2, 3]])))
try:
    print(list(firsts([[1], [], [3]])))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

def safe_firsts(iterables):
    for it in iterables:
        try:
            yield next(iter(it))
        except StopIteration:
            return

print(list(safe_firsts([[1], [], [3]])))

# iter and next with defaults, sentinel form and iterator protocol
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
print(iter(it) is it, list(iter("ab")), type(iter([])).__name__, type(iter(range(2))).__name__)
calls = [3, 2, 1, 0, 5]
print(list(iter(lambda: calls.pop(0), 0)))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self)
# anext()/aiter() on objects that are not async iterators/iterables
class OnlyAiter:
    def __aiter__(self):
        return 5

class NoAnext:
    pass

for call in (lambda: anext(1), lambda: anext([1], 0), lambda: anext(NoAnext()),
             lambda: aiter(1), lambda: aiter([]), lambda: aiter(OnlyAiter()),
             lambda: anext(), lambda: aiter()):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

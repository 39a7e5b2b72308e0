# instances with __dict__ and slots together, custom __init__ not called by copy, __new__ args
import copy


class Both:
    __slots__ = ('a', '__dict__')

    def __init__(self):
        print('init runs once')
        self.a = 1
        self.b = [2]


x = Both()
y = copy.deepcopy(x)
print(y.a, y.b, y.b is x.b)


class Private:
    __slots__ = ('__hidden',)

    def __init__(self):
        self.__hidden = 'h'

    def peek(self):
        return self.__hidden


print(copy.copy(Private()).peek())


class Needs:
    def __new__(cls, n):
        obj = super().__new__(cls)
        obj.n = n
        return obj

    def __getnewargs__(self):
        return (self.n,)


print(copy.copy(Needs(5)).n, copy.deepcopy(Needs([1])).n)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1


c = Counter()
copy.copy(c)
copy.deepcopy(c)
print('constructed', Counter.count)

from collections import deque

def t(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque()[0])
t(lambda: deque([1])[1])
t(lambda: deque([1])[-2])
t(lambda: deque([1])['a'])
t(lambda: deque([1])[0:1])
t(lambda: deque([1])[2**80])
t(lambda: deque([1]).remove(2))
t(lambda: deque([1]).index(2))
t(lambda: deque([1, 2]).index(1, 1))
t(lambda: deque(maxlen=-1))
t(lambda: deque(maxlen='a'))
t(lambda: deque([], 1, 2))
t(lambda: deque(foo=1))
t(lambda: deque(5))
t(lambda: deque([1], maxlen=1).insert(0, 2))
t(lambda: deque([1]) + [1])
t(lambda: deque([1]) * 'a')
t(lambda: deque([1]) < [1])
t(lambda: hash(deque()))
t(lambda: deque([1, 'a']) < deque([1, 2]))
t(lambda: deque().append())
t(lambda: deque().append(1, 2))

def mutate(op):
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    op(d)
    t(lambda: next(it))

mutate(lambda d: d.append(4))
mutate(lambda d: d.popleft())
mutate(lambda d: d.rotate(1))
mutate(lambda d: d.__setitem__(0, 9))
mutate(lambda d: d.clear())

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)

class Evil:
    def __eq__(self, other):
        d.clear()
        return False

d = deque([Evil(), 1])
t(lambda: d.count(1))
d = deque([Evil(), 1])
t(lambda: d.remove(1))
d = deque([Evil(), 1])
t(lambda: 1 in d)

class Boom:
    def __eq__(self, other):
        raise ValueError('boom')

t(lambda: deque([Boom()]).count(1))
t(lambda: deque([Boom()]) == deque([1]))
d = deque()
d.append(d)
print(repr(d))
t(lambda: deque.append([], 1))
t(lambda: deque.append())
t(lambda: deque.popleft(1))
t(lambda: deque.pop(deque([5])))
t(lambda: deque([1]).pop(0))
t(lambda: deque([1]).rotate('x'))
t(lambda: deque([1]).insert('a', 1))
t(lambda: deque([1, 2, 3]).index(3, 0, 2))

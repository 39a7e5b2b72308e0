import heapq
data = [5, 3, 8, 1, 9, 2, 7, 3, 0, 6, 4]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = list(data)
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 11), h)
print(heapq.heappushpop([], 3))
print(heapq.nsmallest(3, data), heapq.nlargest(3, data))
print(heapq.nsmallest(1, data), heapq.nlargest(1, data), heapq.nsmallest(1, []), heapq.nlargest(0, data))
print(heapq.nsmallest(20, data), heapq.nlargest(20, iter(data)))
print(heapq.nsmallest(3, iter(data), key=lambda x: -x), heapq.nlargest(4, iter(data), key=lambda x: x % 4))
print(heapq.nsmallest(2, iter([(1, 'b'), (1, 'a'), (0, 'z')]), key=lambda t: t[0]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3], [], [2, 2, 2], [0])))
print(list(heapq.merge(['bb', 'a'], ['ccc', 'dd'], key=len, reverse=True)))
print(list(heapq.merge([3, 1], [4, 0], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
print(list(heapq.merge(['a', 'Bb'], ['B', 'cc'], key=str.lower)))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'read'))
heapq.heappush(tasks, (3, 'sleep'))
while tasks:
    print(heapq.heappop(tasks))

class Item:
    log = []
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Item.log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f'I{self.v}'

items = [Item(v) for v in [4, 1, 3, 2, 5, 0]]
heapq.heapify(items)
print(items, Item.log)
Item.log.clear()
print(heapq.heappop(items), Item.log)
Item.log.clear()
print(heapq.nsmallest(2, [Item(v) for v in [4, 1, 3, 2, 5]]), Item.log)
Item.log.clear()
print(heapq.nlargest(2, [Item(v) for v in [4, 1, 3, 2, 5]]), Item.log)
Item.log.clear()
print(list(heapq.merge([Item(1), Item(3)], [Item(2)])), Item.log)

def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: heapq.heappop([]))
t(lambda: heapq.heapreplace([], 1))
t(lambda: heapq.heappush((), 1))
t(lambda: heapq.heapify(None))
t(lambda: heapq.heappush([1], 'a'))
t(lambda: heapq.heapify([1, 'a', 2]))

class Bad:
    def __lt__(self, other):
        raise ValueError('no order')

t(lambda: heapq.heappush([Bad()], Bad()))

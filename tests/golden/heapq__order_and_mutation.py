import heapq

class Item:
    log = []
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Item.log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f'I{self.v}'

vals = [(i * 7919) % 5003 for i in range(3000)]
items = [Item(v) for v in vals]
heapq.heapify(items)
print(len(Item.log), Item.log[:5], Item.log[-5:], items[:8])
Item.log.clear()
out = [heapq.heappop(items).v for _ in range(10)]
print(out, len(Item.log))
small = [Item(v) for v in [5, 2, 8, 1]]
heapq.heapify(small)
Item.log.clear()
print(heapq.heappushpop(small, Item(0)), Item.log)
Item.log.clear()
print(heapq.heappushpop(small, Item(9)), Item.log, small)
Item.log.clear()
print(heapq.heapreplace(small, Item(3)), Item.log, small)

big = list(range(5000, 0, -1))
heapq.heapify(big)
print(big[:10], all(big[k] <= big[c] for k in range(len(big)) for c in (2 * k + 1, 2 * k + 2) if c < len(big)))
print(heapq.nlargest(5, range(10000)), heapq.nsmallest(5, reversed(range(10000))))

heap = []
class Grow:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        heap.append(Grow(0))
        return True

heap.extend([Grow(1), Grow(2)])
try:
    heapq.heappush(heap, Grow(3))
except RuntimeError as e:
    print('RuntimeError', e)

class Boom:
    def __lt__(self, other):
        raise ZeroDivisionError('boom')

h = [Boom(), Boom()]
try:
    heapq.heappush(h, Boom())
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, len(h))

for f in [lambda: heapq.heappop(), lambda: heapq.heappush([], 1, 2), lambda: heapq.heappop(h, 1),
          lambda: heapq.heapify(x=[]), lambda: heapq.heappushpop([1], 'a'), lambda: heapq.heappop((1,))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class L(list):
    pass
sub = L([3, 1, 2])
heapq.heapify(sub)
heapq.heappush(sub, 0)
print(sub, heapq.heappop(sub), type(sub).__name__)
for f in [lambda: heapq.heappush(heap=[], item=1), lambda: heapq._heappop_max(), lambda: heapq.heappush()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
m = [1, 5, 3, 9]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)

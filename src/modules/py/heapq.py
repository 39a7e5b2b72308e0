"""coil's `heapq`: a binary min-heap over a list, heap[k] <= heap[2*k+1] and heap[2*k+2].

Written from the documented behaviour of CPython's heapq (the same sift order, so results,
stability and the sequence of `<` comparisons match): every comparison is `<` on the items.
The primitives are native (`_heapq`, src/modules/heapq.rs).
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


# The heap primitives are native (`_heapq`: CPython's C sift algorithms, its comparison order
# and its errors); merge/nsmallest/nlargest are written here on top of them.
from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heapify_max, _heappop_max, _heapreplace_max)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output."""
    if reverse:
        make, pop, replace, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make, pop, replace, sign = heapify, heappop, heapreplace, 1
    h = []
    n = 0
    for it in map(iter, iterables):
        try:
            first = next(it)
        except StopIteration:
            n += 1
            continue
        if key is None:
            h.append([first, n * sign, first, it])
        else:
            h.append([key(first), n * sign, first, it])
        n += 1
    make(h)
    while len(h) > 1:
        try:
            while True:
                entry = h[0]
                yield entry[2]
                value = next(entry[3])
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(h, entry)
        except StopIteration:
            pop(h)
    if h:
        entry = h[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset (sorted(iterable, key=key)[:n])."""
    if n == 1:
        it = iter(iterable)
        missing = object()
        if key is None:
            best = min(it, default=missing)
        else:
            best = min(it, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    if key is None:
        heap = [(x, i) for i, x in zip(range(n), it)]
        if not heap:
            return heap
        _heapify_max(heap)
        top = heap[0][0]
        order = n
        for x in it:
            if x < top:
                _heapreplace_max(heap, (x, order))
                top = heap[0][0]
                order += 1
        heap.sort()
        return [x for x, _ in heap]
    heap = [(key(x), i, x) for i, x in zip(range(n), it)]
    if not heap:
        return heap
    _heapify_max(heap)
    top = heap[0][0]
    order = n
    for x in it:
        k = key(x)
        if k < top:
            _heapreplace_max(heap, (k, order, x))
            top = heap[0][0]
            order += 1
    heap.sort()
    return [x for _, _, x in heap]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset (sorted(iterable, key=key, reverse=True)[:n])."""
    if n == 1:
        it = iter(iterable)
        missing = object()
        if key is None:
            best = max(it, default=missing)
        else:
            best = max(it, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    if key is None:
        heap = [(x, i) for i, x in zip(range(0, -n, -1), it)]
        if not heap:
            return heap
        heapify(heap)
        top = heap[0][0]
        order = -n
        for x in it:
            if top < x:
                heapreplace(heap, (x, order))
                top = heap[0][0]
                order -= 1
        heap.sort(reverse=True)
        return [x for x, _ in heap]
    heap = [(key(x), i, x) for i, x in zip(range(0, -n, -1), it)]
    if not heap:
        return heap
    heapify(heap)
    top = heap[0][0]
    order = -n
    for x in it:
        k = key(x)
        if top < k:
            heapreplace(heap, (k, order, x))
            top = heap[0][0]
            order -= 1
    heap.sort(reverse=True)
    return [x for _, _, x in heap]

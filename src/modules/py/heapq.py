"""coil's `heapq`: a binary min-heap over a list, heap[k] <= heap[2*k+1] and heap[2*k+2].

Written from the documented behaviour of CPython's heapq (the same sift order, so results,
stability and the sequence of `<` comparisons match): every comparison is `<` on the items.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check(heap, fname, which):
    # Argument Clinic's message for a non-list heap.
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError(f"{fname}() {which} must be list, not {got}")


def _sift_toward_root(heap, start, pos):
    # Move heap[pos] up while it is smaller than its parent (stopping at `start`).
    item = heap[pos]
    while pos > start:
        up = (pos - 1) >> 1
        parent = heap[up]
        if item < parent:
            heap[pos] = parent
            pos = up
            continue
        break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    # Bubble the smaller child up until a leaf is reached, then settle heap[pos]'s old
    # item from there (fewer comparisons than stopping early, as CPython does).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _sift_toward_root_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        up = (pos - 1) >> 1
        parent = heap[up]
        if parent < item:
            heap[pos] = parent
            pos = up
            continue
        break
    heap[pos] = item


def _sift_to_leaf_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check(heap, 'heappush', 'argument 1')
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check(heap, 'heappop', 'argument')
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return top
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _check(heap, 'heapreplace', 'argument 1')
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return top


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _check(heap, 'heappushpop', 'argument 1')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check(heap, 'heapify', 'argument')
    for i in reversed(range(len(heap) // 2)):
        _sift_to_leaf(heap, i)


def _heapify_max(heap, /):
    _check(heap, '_heapify_max', 'argument')
    for i in reversed(range(len(heap) // 2)):
        _sift_to_leaf_max(heap, i)


def _heappop_max(heap, /):
    _check(heap, '_heappop_max', 'argument')
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_to_leaf_max(heap, 0)
        return top
    return last


def _heapreplace_max(heap, item, /):
    _check(heap, '_heapreplace_max', 'argument 1')
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_to_leaf_max(heap, 0)
    return top


# The native primitives (`_heapq`, CPython's exact C algorithms) replace the fallbacks above.
try:
    from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                        _heapify_max, _heappop_max, _heapreplace_max)
except ImportError:
    pass


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

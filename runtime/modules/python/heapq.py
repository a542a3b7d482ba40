"""Heap queue: a list kept so that heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2].

The sift steps are CPython's (only `<` is used, and an item leaving the root first sinks
to a leaf and then rises), so heaps built here have the same layout as in CPython.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def _rise(heap, start, pos):
    """Move heap[pos] up towards start while it is smaller than its parent."""
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    """Move heap[pos] down to a leaf along the smaller children, then let it rise."""
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
    _rise(heap, start, pos)


def heappush(heap, item):
    """Push item onto the heap."""
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sink(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop the smallest item, then push item (the heap must not be empty)."""
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop the smallest item, in one faster step."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x):
    """Rearrange list x into a heap, in place, in linear time."""
    for i in reversed(range(len(x) // 2)):
        _sink(x, i)


# ---- max-heap helpers (used by merge with reverse=True) ----------------------------------------

def _rise_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if heap[parent] < item:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
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
    _rise_max(heap, start, pos)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sink_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sink_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (ties: earlier inputs first)."""
    if reverse:
        heapify_, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        heapify_, pop, replace, direction = heapify, heappop, heapreplace, 1
    # Entries are [sort value, input order, value, iterator]; the order breaks ties.
    heap = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            heap.append([value if key is None else key(value), order * direction, value, it])
            break
    heapify_(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(heap, entry)
            break
        else:
            pop(heap)
    if heap:
        _, _, value, it = heap[0]
        yield value
        yield from it


def _select(n, iterable, key, largest):
    """The n largest (or smallest) items, as sorted(iterable, key=key, reverse=largest)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        done = object()
        choose = max if largest else min
        result = choose(it, default=done, key=key)
        return [] if result is done else [result]
    try:
        size = len(iterable)
    except TypeError:
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    # Keep the n best seen so far in a heap whose root is the worst of them. Entries are
    # (key, position, item) with positions signed so that among equal keys the earlier item
    # counts as better, which keeps the result stable.
    sign = -1 if largest else 1
    keep = []
    for index, item in enumerate(iterable):
        k = item if key is None else key(item)
        if len(keep) < n:
            keep.append((k, sign * index, item))
            if len(keep) == n:
                (_heapify_max if not largest else heapify)(keep)
            continue
        worst = keep[0][0]
        if (worst < k) if largest else (k < worst):
            if largest:
                heapreplace(keep, (k, sign * index, item))
            else:
                _heapreplace_max(keep, (k, sign * index, item))
    keep.sort(reverse=largest)
    return [entry[2] for entry in keep]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first: sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first: sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)

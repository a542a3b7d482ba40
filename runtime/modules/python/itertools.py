"""Iterator building blocks, written as generators (their reprs differ from CPython's)."""

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
           "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest"]


def _add(a, b):
    return a + b


def _check_number(value):
    if isinstance(value, (int, float)):
        return
    if not any(hasattr(type(value), m) for m in ("__index__", "__int__", "__float__")):
        raise TypeError("a number is required")


# ---- infinite iterators ----------------------------------------------------------------------

def count(start=0, step=1):
    """start, start + step, start + 2 * step, ..."""
    _check_number(start)
    _check_number(step)
    return _count(start, step)


def _count(n, step):
    while True:
        yield n
        n += step


def cycle(iterable):
    """The items of iterable, then the same items again, forever."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        yield from saved


class repeat:
    """object, times times (forever if times is not given)."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("integer argument expected, got %s" % type(times).__name__)
            times = max(times, 0)
        self._remaining = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._remaining is None:
            return self._object
        if self._remaining <= 0:
            raise StopIteration
        self._remaining -= 1
        return self._object

    def __length_hint__(self):
        if self._remaining is None:
            raise TypeError("len() of unsized object")
        return self._remaining

    def __repr__(self):
        if self._remaining is None:
            return "repeat(%r)" % (self._object,)
        return "repeat(%r, %d)" % (self._object, self._remaining)


# ---- iterators terminating on the shortest input ---------------------------------------------

def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func)."""
    return _accumulate(iter(iterable), func or _add, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    for element in it:
        total = func(total, element)
        yield total


class chain:
    """The items of the first iterable, then of the second, and so on."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterables):
        result = cls()
        result._sources = iter(iterables)
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._sources))
            for item in self._active:
                return item
            self._active = None

    def __class_getitem__(cls, item):
        return cls


def compress(data, selectors):
    """The items of data whose selector is true."""
    return _compress(zip(data, selectors))


def _compress(pairs):
    for d, s in pairs:
        if s:
            yield d


def dropwhile(predicate, iterable):
    """The items from the first one for which predicate is false."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    """The items up to (not including) the first one for which predicate is false."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def filterfalse(predicate, iterable):
    """The items for which predicate is false (for which they are false if it is None)."""
    return _filterfalse(predicate or bool, iter(iterable))


def _filterfalse(predicate, it):
    for x in it:
        if not predicate(x):
            yield x


class groupby:
    """(key, group iterator) for each run of consecutive items with equal keys."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key if key is not None else (lambda x: x)
        self._it = iter(iterable)
        self._marker = object()
        self._tgtkey = self._currkey = self._currvalue = self._marker
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is self._marker or (self._tgtkey is not self._marker
                                                and self._currkey == self._tgtkey):
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return self._currkey, self._grouper(self._tgtkey, self._id)

    def _grouper(self, tgtkey, group_id):
        while self._id is group_id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


def _islice_arg(value, message):
    if value is None:
        return None
    if isinstance(value, int) and value >= 0:
        return value
    raise ValueError(message)


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): items by position."""
    if len(args) == 1:
        start, stop, step = None, args[0], None
    elif 2 <= len(args) <= 3:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
    else:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    start = _islice_arg(start, "Indices for islice() must be None or an integer: "
                               "0 <= x <= sys.maxsize.") or 0
    stop = _islice_arg(stop, "Stop argument for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
    step = _islice_arg(step, "Step for islice() must be a positive integer or None.")
    if step is None:
        step = 1
    elif step == 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    done = object()
    consumed = 0
    wanted = start          # position of the next item to yield
    while True:
        while consumed < wanted:
            if next(it, done) is done:
                return
            consumed += 1
        if stop is not None and consumed >= stop:
            return
        element = next(it, done)
        if element is done:
            return
        consumed += 1
        yield element
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop


def starmap(function, iterable):
    """function(*args) for each args in iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def _tee_gen(it, buffers, mine):
    while True:
        if not mine:
            try:
                value = next(it)
            except StopIteration:
                return
            for buf in buffers:
                buf.append(value)
        yield mine.popleft()


def tee(iterable, n=2):
    """n independent iterators over the items of iterable."""
    from collections import deque
    if not isinstance(n, int):
        raise TypeError("integer argument expected, got %s" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [deque() for _ in range(n)]
    return tuple(_tee_gen(it, buffers, buf) for buf in buffers)


def zip_longest(*iterables, fillvalue=None):
    """Like zip, but continues until the longest iterable is exhausted, filling the gaps."""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    remaining = len(iterators)
    if not remaining:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                remaining -= 1
                if not remaining:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def pairwise(iterable):
    """(s0, s1), (s1, s2), (s2, s3), ..."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


# ---- combinatorics ---------------------------------------------------------------------------

def product(*iterables, repeat=1):
    """The cartesian product, as nested for-loops would produce it."""
    if not isinstance(repeat, int):
        raise TypeError("integer argument expected, got %s" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    # An odometer over the pools' indices, the last pool turning fastest.
    if not all(pools):
        return
    indices = [0] * len(pools)
    yield tuple(pool[0] for pool in pools)
    while True:
        for i in reversed(range(len(pools))):
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
        else:
            return
        yield tuple([pool[j] for pool, j in zip(pools, indices)])


def permutations(iterable, r=None):
    """All orderings of length r (default: all) of the items, in lexicographic position order."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    elif r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError("r must be non-negative")


def combinations(iterable, r):
    """All r-length subsequences of the items, in position order."""
    _check_r(r)
    return _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """All r-length subsequences of the items, each item allowed more than once."""
    _check_r(r)
    return _combinations_with_replacement(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)

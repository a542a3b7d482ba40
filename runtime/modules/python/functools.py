"""Higher-order functions: reduce, partial, lru_cache, wraps, total_ordering, and friends."""

from collections import namedtuple

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
           "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce", "partial",
           "partialmethod", "singledispatch", "singledispatchmethod", "cached_property"]

_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing, /):
    """Fold iterable from the left: reduce(f, [a, b, c]) == f(f(a, b), c)."""
    it = iter(iterable)
    if initial is _initial_missing:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# ---- wrappers --------------------------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy its name, doc, ... and set __wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    for attr in updated:
        target = getattr(wrapper, attr, None)
        source = getattr(wrapped, attr, None)
        if target is not None and source:
            target.update(source)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper."""
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


# ---- partial ---------------------------------------------------------------------------------

class partial:
    """partial(func, *args, **keywords)(*more, **kw) == func(*args, *more, **keywords, **kw)."""

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += ["%s=%r" % item for item in self.keywords.items()]
        name = "functools.partial" if type(self) is partial else type(self).__name__
        return "%s(%s)" % (name, ", ".join(parts))

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords or None,
                                          self.__dict__ or None)


def partialmethod(func, /, *args, **keywords):
    """A method that calls func(self, *args, *more, **keywords, **kw).

    stitch has no user descriptors, so this returns a plain function (which binds as methods
    do) rather than CPython's partialmethod object.
    """
    def method(self, /, *more, **kw):
        return func(self, *args, *more, **{**keywords, **kw})
    method.func = func
    method.args = args
    method.keywords = keywords
    return method


# ---- caches ----------------------------------------------------------------------------------

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

_kwd_mark = object()


def _make_key(args, kwds, typed):
    # As in CPython, a lone int or str argument is its own key (so f(1) and f(1.0) differ).
    if not typed and not kwds and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator: remember up to maxsize most recent results (all of them if maxsize is None).

    The decorated function gains cache_info(), cache_clear() and cache_parameters().
    """
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    hits = misses = 0

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            if key in cache:
                hits += 1
                return cache[key]
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            if key in cache:
                hits += 1
                # Most recently used entries live at the end of the dict.
                result = cache.pop(key)
                cache[key] = result
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key not in cache:
                cache[key] = result
                if len(cache) > maxsize:
                    del cache[next(iter(cache))]
            return result

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    def cache_parameters():
        return {"maxsize": maxsize, "typed": typed}

    update_wrapper(wrapper, user_function)
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return wrapper


def cache(user_function, /):
    """An unbounded lru_cache."""
    return lru_cache(maxsize=None)(user_function)


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then kept in the instance's __dict__
    (a non-data descriptor, so the cached value shadows it)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val

    __class_getitem__ = classmethod(lambda cls, item: cls)


# ---- ordering --------------------------------------------------------------------------------

def _not(result):
    return result if result is NotImplemented else not result


def _gt_from_lt(self, other):
    less = type(self).__lt__(self, other)
    return NotImplemented if less is NotImplemented else (not less and self != other)


def _le_from_lt(self, other):
    less = type(self).__lt__(self, other)
    return NotImplemented if less is NotImplemented else (less or self == other)


def _ge_from_lt(self, other):
    return _not(type(self).__lt__(self, other))


def _ge_from_le(self, other):
    le = type(self).__le__(self, other)
    return NotImplemented if le is NotImplemented else (not le or self == other)


def _lt_from_le(self, other):
    le = type(self).__le__(self, other)
    return NotImplemented if le is NotImplemented else (le and self != other)


def _gt_from_le(self, other):
    return _not(type(self).__le__(self, other))


def _lt_from_gt(self, other):
    gt = type(self).__gt__(self, other)
    return NotImplemented if gt is NotImplemented else (not gt and self != other)


def _ge_from_gt(self, other):
    gt = type(self).__gt__(self, other)
    return NotImplemented if gt is NotImplemented else (gt or self == other)


def _le_from_gt(self, other):
    return _not(type(self).__gt__(self, other))


def _le_from_ge(self, other):
    ge = type(self).__ge__(self, other)
    return NotImplemented if ge is NotImplemented else (not ge or self == other)


def _gt_from_ge(self, other):
    ge = type(self).__ge__(self, other)
    return NotImplemented if ge is NotImplemented else (ge and self != other)


def _lt_from_ge(self, other):
    return _not(type(self).__ge__(self, other))


_derived_orderings = {
    "__lt__": {"__gt__": _gt_from_lt, "__le__": _le_from_lt, "__ge__": _ge_from_lt},
    "__le__": {"__ge__": _ge_from_le, "__lt__": _lt_from_le, "__gt__": _gt_from_le},
    "__gt__": {"__lt__": _lt_from_gt, "__ge__": _ge_from_gt, "__le__": _le_from_gt},
    "__ge__": {"__le__": _le_from_ge, "__gt__": _gt_from_ge, "__lt__": _lt_from_ge},
}


def total_ordering(cls):
    """Class decorator: from __eq__ and one of < <= > >=, define the other three."""
    defined = [op for op in _derived_orderings
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(defined)
    for name, method in _derived_orderings[root].items():
        if name not in defined:
            setattr(cls, name, method)
    return cls


def cmp_to_key(mycmp):
    """Turn an old-style cmp(a, b) -> negative/zero/positive function into a sort key."""
    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


# ---- single dispatch -------------------------------------------------------------------------

def singledispatch(func):
    """A generic function that picks an implementation by the type of its first argument."""
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        """The implementation registered for cls or its nearest base class."""
        impl = cache.get(cls)
        if impl is None:
            for base in cls.__mro__:
                if base in registry:
                    impl = registry[base]
                    break
            cache[cls] = impl
        return impl

    def register(cls, func=None):
        """register(cls, func), or as decorators @register(cls) or @register (annotations)."""
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. "
                                "%r is not a class." % (cls,))
            func = cls
            annotations = getattr(func, "__annotations__", None)
            if not annotations:
                raise TypeError("Invalid first argument to `register()`: %r. Use either "
                                "`@register(some_class)` or plain `@register` on an annotated "
                                "function." % (func,))
            cls = next(iter(annotations.values()))
            if not isinstance(cls, type):
                raise TypeError("Invalid annotation for %r. %r is not a class."
                                % (next(iter(annotations)), cls))
        registry[cls] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument"
                            % getattr(func, "__name__", "singledispatch function"))
        return dispatch(type(args[0]))(*args, **kw)

    update_wrapper(wrapper, func)
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    return wrapper


def singledispatchmethod(func):
    """A method that dispatches on the type of its first argument after self.

    Returned as a plain function (stitch has no user descriptors), with .register.
    """
    dispatcher = singledispatch(func)

    def method(self, *args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument after self"
                            % getattr(func, "__name__", "singledispatchmethod"))
        return dispatcher.dispatch(type(args[0]))(self, *args, **kw)

    update_wrapper(method, func)
    method.register = dispatcher.register
    method.dispatch = dispatcher.dispatch
    method.registry = dispatcher.registry
    return method

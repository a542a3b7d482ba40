"""Shallow and deep copies: copy(x) and deepcopy(x[, memo]).

Classes can take over with __copy__(self) / __deepcopy__(self, memo), or describe themselves
with __reduce__ (as pickle does). Other instances are rebuilt from cls.__new__ plus their
state (__getstate__/__setstate__, or __dict__ and __slots__), their list items and their dict
items, as CPython's object.__reduce_ex__ would describe them.
"""

import sys

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

# Values that are their own copies, shallow or deep.
_atomic = frozenset([type(None), int, float, bool, str, bytes, type, range, slice,
                     type(len), type(lambda: 0), type(...), type(NotImplemented), property,
                     type(sys)])


def _reductor(cls):
    """The class's own __reduce__ (not a default inherited from object), or None."""
    method = getattr(cls, "__reduce__", None)
    if method is None or method is getattr(object, "__reduce__", None):
        return None
    return method


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _atomic or cls in (tuple, frozenset) or isinstance(x, type):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reductor = _reductor(cls)
    if reductor is not None:
        return _reconstruct(x, None, *reductor(x))
    return _rebuild(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy (and handles cycles)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A cycle through a mutable item may already have copied this tuple.
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls in (set, frozenset):
        y = cls(deepcopy(list(x), memo))
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            reductor = _reductor(cls)
            if reductor is not None:
                y = _reconstruct(x, memo, *reductor(x))
            else:
                y = _rebuild(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive while memo is in use, so that its id is not reused by a new object."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ("__dict__", "__weakref__") and name not in names:
                names.append(name)
    return names


def _state_of(x):
    """What __getstate__ returns, or (dict, slots) as object.__getstate__ would make them."""
    getstate = getattr(type(x), "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        return getstate(x)
    state = getattr(x, "__dict__", None) or None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _set_state(y, state):
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _rebuild(x, memo):
    """Copy an instance without __copy__/__deepcopy__/__reduce__ (memo None: shallow)."""
    deep = memo is not None
    cls = type(x)
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs(x)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif isinstance(x, (tuple, int, float, str, frozenset)):
        base = next(b for b in cls.__mro__ if b in (tuple, int, float, str, frozenset))
        value = base(x)
        if deep and base in (tuple, frozenset):
            value = deepcopy(list(value), memo)
        y = base.__new__(cls, value)
    elif isinstance(x, set):
        y = cls(deepcopy(list(x), memo) if deep else list(x))
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = _state_of(x)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in list(x.items()):
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *more):
    """Rebuild x from the parts its __reduce__ returned (memo None: shallow)."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y

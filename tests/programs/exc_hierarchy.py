# Built-in exception hierarchy: catching via base classes, isinstance, __mro__-free checks.
def trigger(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 // 0
    if kind == "overflow":
        return 2.0 ** 5000
    if kind == "value":
        return int("nope")
    if kind == "type":
        return 1 + "a"
    if kind == "name":
        return undefined_thing
    if kind == "attr":
        return (1).nope
    if kind == "unbound":
        def f():
            v += 1
        return f()
    if kind == "stop":
        return next(iter([]))
    if kind == "recursion":
        def r(n):
            return r(n + 1)
        return r(0)
    if kind == "assert":
        assert False, "assertion message"
    if kind == "runtime":
        raise RuntimeError("rt")
    if kind == "notimpl":
        raise NotImplementedError("todo")
for kind in ["key", "index"]:
    try:
        trigger(kind)
    except LookupError as e:
        print("LookupError caught", type(e).__name__, e)
for kind in ["zero", "overflow"]:
    try:
        trigger(kind)
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__, e)
try:
    trigger("unbound")
except NameError as e:
    print("NameError caught", type(e).__name__, isinstance(e, UnboundLocalError))
try:
    trigger("notimpl")
except RuntimeError as e:
    print("RuntimeError caught", type(e).__name__, e)
for kind in ["key", "index", "zero", "overflow", "value", "type", "name", "attr", "unbound", "stop",
             "recursion", "assert", "runtime", "notimpl"]:
    try:
        trigger(kind)
    except Exception as e:
        msg = str(e)
        if kind == "recursion":
            msg = msg[:25]
        print(kind, "->", type(e).__name__, "|", msg, "|", isinstance(e, Exception), isinstance(e, BaseException))
pairs = [(KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
         (OverflowError, ArithmeticError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (StopIteration, Exception), (SystemExit, Exception),
         (KeyboardInterrupt, Exception), (Exception, BaseException), (SystemExit, BaseException),
         (ValueError, TypeError), (AssertionError, Exception), (KeyError, Exception)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
try:
    raise SystemExit(0)
except Exception:
    print("not reached")
except BaseException as e:
    print("SystemExit is BaseException only, code =", e.code)
try:
    raise KeyError("quoted key")
except KeyError as e:
    print(str(e), repr(e), e.args[0])
try:
    raise IndexError
except LookupError as e:
    print(repr(e), e.args)

# Exception chaining: explicit (from), implicit (__context__), suppression (from None).
def explicit():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
try:
    explicit()
except ValueError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context:", type(e.__context__).__name__, e.__suppress_context__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
try:
    implicit()
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", e.__cause__, "| context:", repr(e.__context__))
def suppressed():
    try:
        [][1]
    except IndexError:
        raise TypeError("clean") from None
try:
    suppressed()
except TypeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def deep_chain():
    try:
        try:
            try:
                int("bad")
            except ValueError as e1:
                raise KeyError("level2") from e1
        except KeyError as e2:
            raise IndexError("level3")
    except IndexError as e3:
        chain = []
        cur = e3
        while cur is not None:
            chain.append(type(cur).__name__)
            cur = cur.__cause__ or cur.__context__
        return chain
print(deep_chain())
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
def no_context():
    try:
        raise ValueError("fresh")
    except ValueError as e:
        return e.__context__, e.__cause__, e.__suppress_context__
print(no_context())
def handled_then_new():
    try:
        raise KeyError("old")
    except KeyError:
        pass
    try:
        raise ValueError("new")
    except ValueError as e:
        return e.__context__
print(handled_then_new())
try:
    try:
        raise OSError("disk")
    except OSError as e:
        raise
except OSError as e:
    print("bare re-raise keeps identity:", e, e.__context__)
e = Exception("with args", 42)
print(e.args, str(e), repr(e))
try:
    raise ValueError("bad cause") from 5
except TypeError as te:
    print("TypeError:", te)

# try/except/else/finally flow, multiple handlers, exception tuples, re-raise, nesting.
def attempt(fn, arg):
    try:
        result = fn(arg)
    except ZeroDivisionError:
        print("  zero division for", arg)
        return "zde"
    except (KeyError, IndexError) as e:
        print("  lookup failed:", type(e).__name__, e)
        return "lookup"
    except Exception as e:
        print("  other:", type(e).__name__, e)
        return "other"
    else:
        print("  ok:", result)
        return result
    finally:
        print("  finally for", arg)
table = {"a": 1}
seq = [10, 20]
print(attempt(lambda x: 10 / x, 0))
print(attempt(lambda x: 10 / x, 4))
print(attempt(lambda k: table[k], "b"))
print(attempt(lambda i: seq[i], 5))
print(attempt(lambda s: int(s), "12x"))
print(attempt(lambda s: s.upper(), "fine"))
# nested try: inner handler misses, outer catches
def nested(kind):
    try:
        try:
            if kind == 1:
                raise ValueError("inner value")
            if kind == 2:
                raise TypeError("inner type")
            print("no error")
        except ValueError as e:
            print("inner caught", e)
        finally:
            print("inner finally")
        print("after inner")
    except TypeError as e:
        print("outer caught", e)
for k in range(3):
    nested(k)
# re-raise with bare raise
def reraiser():
    try:
        [][0]
    except IndexError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except IndexError as e:
    print("caught re-raised:", e)
# raise class vs instance, args
for exc in [ValueError, ValueError("msg"), KeyError("k"), Exception("a", 1), RuntimeError()]:
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, repr(str(e)), e.args, repr(e))
# exception variable is cleared after handler
try:
    1 / 0
except ZeroDivisionError as err:
    saved = err
try:
    print(err)
except NameError as e:
    print("NameError:", e)
print("saved:", saved, type(saved).__name__)
# exceptions in loops with continue/break
results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append(-1)
        continue
    except TypeError:
        results.append(-2)
        break
    finally:
        results.append("f")
print(results)
# try/except inside a hot loop
bad = 0
for i in range(3000):
    try:
        if i % 100 == 0:
            raise KeyError(i)
    except KeyError:
        bad += 1
print("bad", bad)
try:
    raise ValueError
except ValueError as e:
    print("bare class:", repr(e), e.args, str(e) == "")

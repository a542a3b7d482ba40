# finally semantics: runs on return/break/continue/exception; return in finally overrides.
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally after return")
print(ret_in_try())
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def finally_sees_value():
    x = 1
    try:
        x = 2
        return x
    finally:
        x = 3
        print("x in finally", x)
print(finally_sees_value())
def order():
    log = []
    try:
        log.append("try")
        try:
            log.append("inner try")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(order())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def loop_return():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("cleanup", i)
print(loop_return())
def exc_in_finally():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except TypeError as e:
        print("caught", e, "context:", repr(e.__context__))
exc_in_finally()
def else_then_finally():
    try:
        v = 10
    except Exception:
        print("no")
    else:
        print("else", v)
        return "else-return"
    finally:
        print("finally runs after else-return")
print(else_then_finally())
def count_finally(n):
    hits = 0
    for i in range(n):
        try:
            if i % 2:
                continue
        finally:
            hits += 1
    return hits
print(count_finally(1000))
def nested_returns():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_returns())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded by break"
print(break_in_finally())

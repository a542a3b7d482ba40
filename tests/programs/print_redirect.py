# print() with sys.stdout replaced (io.StringIO, any object with write), print(file=...),
# sep/end/flush, restoring sys.stdout, and sys.stdout set to None.
import io
import sys


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


original = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("hello", 1, 2.5, None, sep="-")
print("second line", end="!\n")
print()
print(*range(3), sep="")
sys.stdout = original
print(repr(buf.getvalue()))
print(sys.stdout is original, sys.stdout is sys.__stdout__)


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


rec = Recorder()
sys.stdout = rec
print("a", "b")
print("c", end="", flush=True)
print([1, 2], {"k": "v"})
sys.stdout = sys.__stdout__
print(rec.parts)

# print(file=...) does not touch sys.stdout.
other = io.StringIO()
print("to other", 42, file=other)
print("to other again", file=other, end="")
print(repr(other.getvalue()))

# Objects printed through a replaced stdout still use their __str__.
class Thing:
    def __str__(self):
        return "Thing!"


captured = io.StringIO()
sys.stdout = captured
print(Thing(), [Thing()] if False else "list skipped")
sys.stdout = original
print(repr(captured.getvalue()))

# sys.stdout = None: print does nothing.
sys.stdout = None
print("invisible")
sys.stdout = original
print("visible again")

# A stdout without write() makes print fail.
sys.stdout = object()
err = attempt(lambda: print("x"))
sys.stdout = original
print(err)


class Failing:
    def write(self, text):
        raise ValueError("disk full")


sys.stdout = Failing()
err = attempt(lambda: print("y"))
sys.stdout = original
print(err)

# sys.stdout.write itself after reassignment.
sys.stdout = io.StringIO()
sys.stdout.write("direct write\n")
value = sys.stdout.getvalue()
sys.stdout = original
print(repr(value))
sys.stdout.write("plain write works\n")
print("end", file=sys.stdout)

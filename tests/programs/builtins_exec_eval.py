# exec() and eval(): default namespaces (the caller's globals and locals), explicit globals
# and locals (dicts and other mappings), __builtins__ insertion, functions and classes
# defined by exec'd code, expression-only eval, syntax and runtime errors inside.


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


x = 10
print(eval("x * 2"), eval("  x + 1"), eval("[i * i for i in range(4)]"), eval("(lambda a: a + x)(5)"))
print(eval("len('abc') + max(1, 2)"), eval("{'k': x}"), eval("x if x > 5 else -x"))

exec("y = x + 5")
print(y)

g = {"a": 2}
exec("b = a * 10\ndef f(n):\n    return n + b\nclass K:\n    v = b\n", g)
print(g["b"], g["f"](1), g["K"].v, g["K"].__module__ if "__name__" in g else "no module name",
      "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))

print(eval("a + b", {"a": 1}, {"b": 2}), eval("a", {"a": "global"}, {"a": "local"}))
loc = {}
exec("q = 7\nr = q * 2", {}, loc)
print(loc)
glob = {"__name__": "made_up"}
exec("class C: pass\nname = C.__module__", glob)
print(glob["name"])


class Mapping:
    """A locals mapping that records what was stored."""

    def __init__(self):
        self.stored = {}

    def __getitem__(self, key):
        if key == "magic":
            return 42
        return self.stored[key]

    def __setitem__(self, key, value):
        self.stored[key] = value


m = Mapping()
exec("z = magic + 1", {}, m)
print(m.stored, eval("magic * 2", {}, m))


def in_function():
    local_var = 5
    print(eval("local_var + 1"), eval("x"))
    snapshot = {}
    exec("local_var = 100\nnew_name = 1", globals(), snapshot)
    # exec cannot rebind function locals.
    print(local_var, snapshot)
    ns = {}
    exec("made = local_var", {"local_var": 3}, ns)
    return ns


print(in_function())

for src in ["x = ", "1 +", "", "return 5", "def f(:", "x = 1"]:
    print(repr(src), attempt(lambda: eval(src)))
for src in ["x = ", "if True:\nprint(1)", "1 + 1"]:
    print(repr(src), attempt(lambda: exec(src, {})))
print(attempt(lambda: eval("undefined_name")), attempt(lambda: exec("1 / 0")))
print(attempt(lambda: exec(5)), attempt(lambda: eval(None)), attempt(lambda: exec("1", [])))
print(attempt(lambda: eval("1", {}, 5)), attempt(lambda: exec()), attempt(lambda: eval("1", None, None)))

try:
    exec("def broken():\n    raise KeyError('inside exec')\nbroken()", {})
except KeyError as e:
    print("caught", repr(e))

# Nested exec and eval; code that imports.
print(eval("eval('1 + 2') * 3"), eval("__import__('math').floor(2.5)"))
ns = {}
exec("import math\nroot = math.sqrt(16)", ns)
print(ns["root"], type(ns["math"]).__name__)

# Globals shared between exec'd functions and later calls.
shared = {}
exec("counter = 0\ndef bump():\n    global counter\n    counter += 1\n    return counter", shared)
shared["bump"]()
shared["bump"]()
print(shared["counter"])

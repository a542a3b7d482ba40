# LOAD_GLOBAL specializations guard on the globals' and builtins' key layout.
import math

def use_len(x):
    return len(x)

counter = 0
def bump():
    return counter + 1

def add_global():
    global newname
    newname = 1

out = []
for i in range(300):
    if i == 100:
        counter = 10          # value changes, layout does not
    if i == 150:
        def len(x):           # a global now shadows the builtin
            return -1
    if i == 200:
        del len               # and is gone again
    if i == 250:
        add_global()          # layout change without touching the names used
    out.append((use_len([1, 2, 3]), bump()))
print(out[99], out[100], out[149], out[150], out[199], out[200], out[299])

# A global function redefined mid-loop.
def f(x):
    return x * 2
def run(n):
    total = 0
    for i in range(n):
        total += f(i)
    return total
print(run(100))
def f(x):
    return x * 3
print(run(100))

# Module attributes: value replaced, attribute added, attribute deleted.
def root(x):
    return math.floor(x)
got = []
orig = math.floor
for i in range(300):
    if i == 100:
        math.floor = lambda x: "patched"
    if i == 150:
        math.extra_attr = 1
    if i == 200:
        math.floor = orig
    got.append(root(2.5))
print(got[99], got[100], got[149], got[150], got[199], got[200], got[299])
del math.extra_attr
try:
    math.extra_attr
except AttributeError as e:
    print("AttributeError", e)

# Globals deleted while a specialized load is hot raise NameError.
g = 5
def read_g():
    return g
vals = []
for i in range(200):
    if i == 150:
        del g
    try:
        vals.append(read_g())
    except NameError as e:
        vals.append(str(e))
print(vals[149], vals[150], vals[-1])

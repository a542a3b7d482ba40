# Call specializations: defaults, keyword-only defaults, closures, generators, callable
# instances, and what happens when any of them changes under a hot call site.
def with_defaults(a, b=2, c=3):
    return a * 100 + b * 10 + c
def kwonly(a, lo=0, hi=None, *, key=None):
    return (a, lo, hi, key)

acc = []
for i in range(200):
    if i == 120:
        with_defaults.__defaults__ = (7, 8)
    if i == 160:
        kwonly.__kwdefaults__ = {"key": "changed"}
    acc.append((with_defaults(i % 3), with_defaults(1, i % 5), kwonly(i)[3]))
print(acc[0], acc[119], acc[120], acc[159], acc[160], acc[-1])
try:
    kwonly.__kwdefaults__ = None
    kwonly(1)
    print("no error")
except TypeError as e:
    print("TypeError", e)

# Closures: captured variables read and written through cells.
def make_counter(step):
    count = 0
    def bump(times):
        nonlocal count
        for _ in range(times):
            count += step
        return count
    return bump
counters = [make_counter(s) for s in range(1, 4)]
out = []
for i in range(150):
    out.append(counters[i % 3](2))
print(out[:6], out[-3:])

def outer(x):
    def inner(y):
        return x + y   # free variable
    return inner(x) + (lambda z: z * x)(3)
print(sum(outer(i) for i in range(300)))

# Parameters captured by inner functions (cells initialized from arguments).
def capture_arg(a, b):
    def get():
        return a * b
    a += 1
    return get()
print([capture_arg(i, 2) for i in range(0, 300, 37)])

# Generator functions called from a hot site.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
total = 0
for i in range(200):
    total += sum(countdown(i % 7))
print(total)
gens = [countdown(3) for _ in range(120)]
print(next(gens[0]), list(gens[1]), type(gens[2]).__name__)

# Callable instances, and __call__ replaced or removed later.
class Scale:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
class Shift(Scale):
    pass
fs = [Scale(2), Shift(3)]
vals = []
for i in range(300):
    f = fs[i % 2]
    if i == 200:
        Scale.__call__ = lambda self, x: -x
    try:
        vals.append(f(i))
    except TypeError as e:
        vals.append(str(e))
    if i == 250:
        del Scale.__call__
print(vals[:4], vals[198:204], vals[-2:])

# A function object replaced at a call site, and arity mismatches raising TypeError.
def one(a):
    return a
calls = []
for i in range(200):
    fn = one if i < 150 else (lambda a, b=0: a - b)
    calls.append(fn(i))
try:
    one(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    with_defaults()
except TypeError as e:
    print("TypeError", e)
print(sum(calls))

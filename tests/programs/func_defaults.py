# Default arguments, keyword arguments, mutable default pitfall, argument errors.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
print(greet("Ed", "Yo", "..."), greet(greeting="Hey", name="Flo"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def append_safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_safe(1), append_safe(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5))
def power(base, exp=2):
    return base ** exp
print([power(b) for b in range(5)], [power(2, e) for e in range(5)], power(exp=3, base=4))
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c=9), f(a=0), f(1, 2, 3))
errors = [
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, a=1),
    lambda: f(1, d=4),
    lambda: greet(),
    lambda: power(1, 2, 3),
]
for thunk in errors:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)
def no_args():
    return "none"
try:
    no_args(1)
except TypeError as e:
    print("TypeError:", e)
def one_arg(x):
    return x
try:
    one_arg()
except TypeError as e:
    print("TypeError:", e)
try:
    one_arg(1, 2)
except TypeError as e:
    print("TypeError:", e)
def two_args(x, y):
    return x
try:
    two_args()
except TypeError as e:
    print("TypeError:", e)
# defaults evaluated once, expressions allowed
def make_range(n=len("abcd") * 2, step=1 + 1):
    return list(range(0, n, step))
print(make_range(), make_range(5), make_range(step=3))
def recurse(n, depth=0):
    if n <= 1:
        return depth
    return recurse(n // 2, depth + 1)
print([recurse(n) for n in [1, 2, 3, 8, 1000, 2 ** 40]])
print(f.__name__, greet.__defaults__, f.__defaults__, no_args.__defaults__)

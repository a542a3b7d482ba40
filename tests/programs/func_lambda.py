# Lambdas: as arguments, immediately invoked, with defaults, in data structures.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b}
for sym in ['+', '-', '*', '/']:
    print(sym, ops[sym](12, 4))
print(sorted([(1, 'b'), (3, 'a'), (2, 'c')], key=lambda t: t[1]))
print(list(map(lambda x: x ** 2, range(6))), list(filter(lambda x: x % 3 == 0, range(20))))
print(max(['apple', 'fig', 'banana'], key=lambda s: len(s)), min([-5, 3, -1], key=lambda v: abs(v)))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))
fs = [lambda n, k=k: n * k for k in range(1, 4)]
print([f(10) for f in fs])
y = 5
late = lambda: y
y = 6
print(late())
print((lambda x: (lambda y: x * y))(3)(4))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(12), compose(len, str)(2 ** 100))
print(type(square).__name__, square.__name__, (lambda: 0).__name__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
pairs = [(i, j) for i in range(3) for j in range(3)]
print(sorted(pairs, key=lambda p: (p[0] + p[1], -p[0])))

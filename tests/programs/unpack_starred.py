# Tuple/list unpacking, starred targets, nested targets, swaps, unpacking errors.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
[p, q] = [10, 20]
(r, s) = range(2)
print(p, q, r, s)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
head, *middle, tail = "abcdef"
print(head, middle, tail)
one, *empty, two = (1, 2)
print(one, empty, two)
*everything, = range(3)
print(everything)
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)), e = 1, [2, (3, 4)], 5
print(a, b, c, d, e)
for i, (k, v) in enumerate({'x': 1, 'y': 2}.items()):
    print(i, k, v)
for n, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(n, others)
m = n2 = [0]
m.append(1)
print(m, n2, m is n2)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
errors = [
    lambda: exec_unpack([1, 2, 3], 2),
    lambda: exec_unpack([1], 2),
    lambda: exec_unpack(5, 2),
    lambda: exec_star([], 2),
]
def exec_unpack(v, n):
    if n == 2:
        a, b = v
        return a, b
def exec_star(v, n):
    a, b, *c = v
    return c
for thunk in errors:
    try:
        thunk()
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
print([*range(3), *"ab", *(None,)], (*[1, 2], 3), {*[1, 2], *[2, 3]}, {**{'a': 1}, 'b': 2, **{'a': 3}})
def returns_many():
    return 1, [2, 3], {'k': 4}
n1, (n2a, n3), dct = returns_many()
print(n1, n2a, n3, dct)
matrix = [[1, 2, 3], [4, 5, 6]]
(r0c0, *_), (*_, r1c2) = matrix
print(r0c0, r1c2, _)
a, b, c = d = 1, 2, 3
print(a, b, c, d)
fib = [0, 1]
for _ in range(10):
    *_, u, v = fib
    fib.append(u + v)
print(fib)

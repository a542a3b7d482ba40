# List construction, indexing, concatenation, repetition, nesting, aliasing, comparison.
a = [3, 1, 4, 1, 5]
print(a, len(a), a[0], a[-1], a[2:4], a + [9, 2], a * 2, [0] * 5, [] * 3)
a[0] = 10
a[-1] = 50
print(a)
b = a
b.append(6)
print(a is b, a)
c = a[:]
c.append(7)
print(a, c)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
print(grid)
alias = [[0] * 3] * 3
alias[1][2] = 5
print(alias)
nested = [1, [2, [3, [4, []]]]]
print(nested, nested[1][1][1][0], len(nested[1]))
print(list(range(5)), list("abc"), list((1, 2)), list({3: 'x', 1: 'y'}), list())
x = [1, 2, 3]
x += [4]
x *= 2
print(x)
y = x
y += [5]
print(x is y, x)
y = y + [6]
print(x is y, len(x), len(y))
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [[1]] == [[1]])
try:
    print(a[10])
except IndexError as e:
    print("IndexError:", e)
try:
    a[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    print(a["x"])
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] + (2,))
except TypeError as e:
    print("TypeError:", e)
del a[0]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
# self-referencing list repr
r = [1, 2]
r.append(r)
print(r, len(r))
# list of lists sum and flatten
rows = [[1, 2, 3], [4, 5], [], [6]]
flat = []
for row in rows:
    for v in row:
        flat.append(v)
print(flat, sum(flat), [sum(r) for r in rows], max(rows, key=len))
# building a list in a hot loop
squares = []
for i in range(1000):
    squares.append(i * i)
print(len(squares), squares[999], sum(squares), squares[-3:])
print([None] * 3, [[]] * 2, bool([]), bool([[]]))

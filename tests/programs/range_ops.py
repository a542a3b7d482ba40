# range objects: iteration, len, indexing, slicing, containment, negative steps, repr.
for r in [range(5), range(2, 10), range(0, 20, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-5, 5, 4)]:
    print(r, list(r), len(r), bool(r))
r = range(3, 50, 7)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], list(r[::-1]), r.index(24), r.count(10), r.count(11))
print(r.start, r.stop, r.step)
try:
    print(r[100])
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
big = range(0, 10 ** 19, 3)
print(len(big), big[-1], 10 ** 18 in big, 10 ** 18 + 2 in big, big[10 ** 18])
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3), list(range(-3)))
print(sum(range(101)), max(range(7)), min(range(-3, 3)), list(reversed(range(4))), sorted(range(5, 0, -1)))
total = 0
for i in range(10, -10, -3):
    total += i
    print(i, end=' ')
print(total)
# nested ranges for a multiplication table
for i in range(1, 5):
    print(' '.join(str(i * j).rjust(3) for j in range(1, 8)))
# modifying loop variable does not affect range iteration
for i in range(3):
    print("before", i)
    i = 100
    print("after", i)
n = 4
for i in range(n):
    n = 0
    print(i, end=' ')
print()
print(list(range(2 ** 64, 2 ** 64 + 3)), range(2 ** 64)[5])

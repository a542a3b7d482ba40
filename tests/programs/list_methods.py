# list methods: append/extend/insert/pop/remove/index/count/sort/reverse/copy/clear.
a = [5, 3, 8]
a.append(1)
a.extend([7, 3])
a.extend((9,))
a.extend(range(2))
a.extend("xy")
print(a)
a.insert(0, 'first')
a.insert(3, 'mid')
a.insert(100, 'end')
a.insert(-1, 'beforeend')
a.insert(-100, 'start')
print(a)
print(a.pop(), a.pop(0), a.pop(2), a.pop(-2), a)
a.remove(7)
print(a, a.index(3), a.index(8), a.count(1), a.count('zz'))
print(a.index(1, 5), a.index(1, 0, 5))
try:
    a.remove('nothere')
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
n = [4, 1, 3, 9, 7, 2, 8, 6, 5, 0]
n.sort()
print(n)
n.sort(reverse=True)
print(n)
n.reverse()
print(n)
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=lambda w: (-len(w), w))
print(words)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y'), (3, 'x')]
pairs.sort(key=lambda p: p[0])
print(pairs)
print(n.sort(), n.reverse(), n.append(1), n.clear(), n)
c = [1, [2, 3]]
d = c.copy()
d[0] = 100
d[1].append(4)
print(c, d, c == d, c[1] is d[1])
e = [3, 1, 2]
f = sorted(e)
print(e, f)
try:
    [1, 'a'].sort()
except TypeError as e2:
    print("TypeError:", e2)
stack = []
for i in range(5):
    stack.append(i * 10)
while stack:
    print(stack.pop(), end=' ')
print()
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
m = [1.5, -2, 3, 0.0, -0.0, 10 ** 20]
m.sort()
print(m, max(m), min(m))
print([3, 1, 2].index(2), [1, 1, 1].count(1), [[1], [1]].count([1]), [0.0, 0].count(0))

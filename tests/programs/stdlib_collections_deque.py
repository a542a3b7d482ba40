# collections.deque: appends/pops at both ends, maxlen, rotate, indexing, comparisons, reprs, errors
from collections import deque

def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

d = deque()
for i in range(20):
    if i % 3:
        d.append(i)
    else:
        d.appendleft(i)
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate(100)
print(d, d[0], d[-1], d[5])
d[2] = 'x'
del d[3]
print(d)
d.insert(4, 'ins')
d.insert(-1, 'neg')
d.insert(100, 'end')
print(d)
d.remove('x')
print(d.index('ins'), d.count(1), 'end' in d, 'nope' in d)
d.reverse()
print(d)
print(list(reversed(d)))

m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([7, 8])
print(m)
m.extendleft('ab')
print(m)
print(deque('abc', 0), deque(maxlen=2))

print(attempt(lambda: deque().pop()))
print(attempt(lambda: deque().popleft()))
print(attempt(lambda: deque([1])[3]))
print(attempt(lambda: deque([1])[1:2]))
print(attempt(lambda: deque([1]).remove(5)))
print(attempt(lambda: deque([1]).index(5)))
print(attempt(lambda: deque([1], maxlen=-1)))
print(attempt(lambda: deque([1], maxlen=1).insert(0, 2)))
print(attempt(lambda: deque([1]) + [2]))

a = deque([1, 2, 3])
b = a.copy()
b.append(4)
print(a, b, a == b, a < b, a != b, a == deque([1, 2, 3]), a == [1, 2, 3])
print(a + b, a * 2, 2 * a, deque([1, 2], maxlen=3) * 3)
a += [9]
print(a)
a *= 2
print(a)
a.clear()
print(a, bool(a), bool(b))

r = deque()
r.append(r)
print(r)

big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
total = 0
while big:
    total += big.pop() - big.popleft()
print(total)

q = deque(range(10))
q.extendleft(range(3))
print(q, q.index(5), q.index(0, 1), q.index(0, 3, 8))
print(attempt(lambda: q.index(0, 4, 5)))

it = iter(q)
next(it)
q.append(1)
print(attempt(lambda: next(it)))

w = deque(range(8), maxlen=8)
w.rotate(3)
print(w)
w.rotate(-10)
print(w, sum(w))

class Stack(deque):
    def peek(self):
        return self[-1]

s = Stack([1, 2, 3])
print(s, s.peek(), type(s.copy()).__name__)

# heapq (exact heap layouts, nlargest/nsmallest with keys and ties, merge) and bisect
import heapq
import bisect

def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1, 6, 0, 4]:
    heapq.heappush(h, v)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 15, 12, 11]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 13), data)
print(attempt(lambda: heapq.heappop([])), attempt(lambda: heapq.heapreplace([], 1)))
seq = [(i * 37) % 101 for i in range(60)]
heapq.heapify(seq)
print(seq[:20])
out = []
while seq:
    out.append(heapq.heappop(seq))
print(out == sorted(out), out[:10])

class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return '%s:%d' % (self.name, self.pri)
tasks = []
for i, name in enumerate('abcdefgh'):
    heapq.heappush(tasks, Task((i * 5) % 4, name))
print(tasks, [heapq.heappop(tasks).name for _ in range(8)])

nums = [5, 1, 8, 3, 9, 3, 7, 1, 8, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(0, nums))
print(heapq.nlargest(20, nums), heapq.nsmallest(4, iter(nums)), heapq.nlargest(3, iter([])), heapq.nsmallest(1, []))
words = ['pear', 'fig', 'apple', 'kiwi', 'plum', 'banana', 'date', 'lime']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(4, iter(words), key=len), heapq.nsmallest(5, iter(words), key=lambda w: w[-1]))
pairs = [(1, 'x'), (3, 'y'), (3, 'z'), (2, 'w'), (3, 'v')]
print(heapq.nlargest(2, pairs, key=lambda p: p[0]), heapq.nsmallest(2, iter(pairs), key=lambda p: -p[0]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(['a1', 'b1'], ['a2', 'b2'], key=lambda s: s[0])))
print(list(heapq.merge([9, 5, 1], [8, 4], [7, 1, 0], reverse=True)))
print(list(heapq.merge(['cc', 'a'], ['bbb', 'dd'], key=len, reverse=True)))

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), attempt(lambda: bisect.bisect(a, 1, -1)))
for x in [4, 0, 9, 2]:
    bisect.insort(a, x)
bisect.insort_left(a, 2.0)
print(a)
recs = [('a', 1), ('b', 3), ('c', 5), ('d', 7)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ('x', 4), key=lambda r: r[1])
bisect.insort_left(recs, ('y', 5), key=lambda r: r[1])
print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

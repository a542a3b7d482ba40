# A comparison that raises stops list.sort; the list keeps the partial order CPython leaves.

cases = [[3, 1, 2, "a", 0], [5, 4, 3, 2, 1, "x", 0], [1, 2, 3, None, 0], [2, 1, 4, 3, 6, 5, [], 7]]
for c in cases:
    for rev in (False, True):
        l = list(c)
        try:
            l.sort(reverse=rev)
        except TypeError as e:
            print(rev, l, e)
big = [(i * 37) % 101 for i in range(100)] + ["z"] + [1, 2]
try:
    big.sort()
except TypeError as e:
    print(big[:20], e)

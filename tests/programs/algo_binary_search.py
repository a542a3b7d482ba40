# Binary search variants: exact, lower/upper bound, on answers (integer sqrt), rotated array.
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = [1, 3, 3, 3, 5, 8, 13, 21, 21, 34, 55]
for x in [0, 1, 3, 4, 21, 55, 56]:
    print(x, bsearch(data, x), lower_bound(data, x), upper_bound(data, x), upper_bound(data, x) - lower_bound(data, x))
big = list(range(0, 300000, 3))
hits = 0
for x in range(0, 3000, 7):
    if bsearch(big, x) >= 0:
        hits += 1
print("hits", hits, bsearch(big, 299997), bsearch(big, 299998))
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
for n in [0, 1, 15, 16, 17, 10 ** 12, 10 ** 40 + 12345, 2 ** 127 - 1]:
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
def search_rotated(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= x < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < x <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
rot = [15, 18, 22, 30, 2, 5, 8, 11]
print([search_rotated(rot, x) for x in [15, 30, 2, 11, 9, 100]])
def first_true(lo, hi, pred):
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
print(first_true(0, 10 ** 6, lambda v: v * v * v >= 10 ** 15), first_true(1, 100, lambda v: 2 ** v > 10 ** 20))
fl = [i * 0.5 for i in range(100)]
print(lower_bound(fl, 12.25), lower_bound(fl, 12.5), upper_bound(fl, 12.5), bsearch(fl, 49.5))
words = sorted("pear apple fig kiwi banana cherry date grape lemon mango".split())
print(words, [bsearch(words, w) for w in ["apple", "kiwi", "zzz", "mango"]])

# Classic sorting algorithms checked against sorted().
def bubble(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
def quick(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    return quick([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick([x for x in a if x > pivot])
def heap_sort(a):
    a = a[:]
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range(n // 2 - 1, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a
def counting(a):
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for v in a:
        counts[v - lo] += 1
    out = []
    for i, c in enumerate(counts):
        out.extend([i + lo] * c)
    return out
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed
data = [rand() % 1000 - 500 for _ in range(300)]
print(data[:15])
expected = sorted(data)
for name, fn in [("bubble", bubble), ("insertion", insertion), ("merge", merge_sort), ("quick", quick),
                 ("heap", heap_sort), ("counting", counting)]:
    result = fn(data)
    print(name, result == expected, result[:5], result[-5:])
print(merge_sort([]), quick([1]), heap_sort([2, 1]), insertion([3, 3, 1]), bubble(["b", "a", "c"]))
floats = [rand() / 7.0 for _ in range(50)]
print(merge_sort(floats) == sorted(floats), heap_sort(floats)[:3])
words = "the quick brown fox jumps over the lazy dog".split()
print(merge_sort(words), quick(words))

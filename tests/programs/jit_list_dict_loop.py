# Hot loops over lists and dicts: indexing, append, store, get/set, string building, bounds errors.
n = 2000
arr = list(range(n))
for i in range(n):
    arr[i] = arr[i] * 2 + 1
print(arr[:5], arr[-3:], sum(arr))
prefix = [0] * (n + 1)
for i in range(n):
    prefix[i + 1] = prefix[i] + arr[i]
print(prefix[100], prefix[-1], prefix[1000] - prefix[500])
d = {}
for i in range(n):
    key = i % 37
    d[key] = d.get(key, 0) + i
print(len(d), d[0], d[36], sum(d.values()))
sq = {}
for i in range(500):
    sq[i] = i * i
hit = 0
for i in range(1000):
    if i in sq:
        hit += sq[i]
print(hit)
words = ["alpha", "beta", "gamma", "delta"]
counts = {}
for i in range(1000):
    w = words[i % 4]
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
out = []
for i in range(300):
    out.append(str(i % 10))
s = "".join(out)
print(len(s), s[:25])
stack = []
for i in range(1000):
    if i % 3 == 2:
        stack.pop()
    else:
        stack.append(i)
print(len(stack), stack[:5], stack[-5:])
data = list(range(100))
i = 0
total = 0
try:
    while True:
        total += data[i]
        i += 1
except IndexError as e:
    print("stopped at", i, total, e)
tbl = {}
try:
    for i in range(500):
        tbl[i] = i
        if i == 499:
            print(tbl["missing"])
except KeyError as e:
    print("KeyError after", len(tbl), e)
nested = [[i * j for j in range(10)] for i in range(10)]
diag = 0
for rep in range(50):
    for i in range(10):
        diag += nested[i][i] + nested[i][9 - i]
print(diag)
t = tuple(range(50))
tt = 0
for rep in range(40):
    for k in range(50):
        tt += t[k] * t[-k - 1]
print(tt)
neg = [0] * 10
for i in range(1000):
    neg[-(i % 10) - 1] += 1
print(neg)

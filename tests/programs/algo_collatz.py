# Collatz sequences: lengths, longest chain under a bound, peak values (hot integer loops).
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
def collatz_seq(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq
print(collatz_seq(27)[:20], len(collatz_seq(27)), max(collatz_seq(27)))
print([collatz_len(n) for n in range(1, 30)])
best, best_n = 0, 1
for n in range(1, 3000):
    c = collatz_len(n)
    if c > best:
        best, best_n = c, n
print("longest under 3000:", best_n, best)
cache = {1: 0}
def cached_len(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    base = cache[n]
    for i, v in enumerate(reversed(path)):
        cache[v] = base + i + 1
    return cache[path[0]] if path else base
print(cached_len(27), cached_len(97), cached_len(871), all(cached_len(n) == collatz_len(n) for n in range(1, 1000)))
big = 2 ** 100 + 1
print(collatz_len(big), max(collatz_seq(big)) > big)
print(collatz_len(989345275647), collatz_len(2 ** 64 - 1))
peaks = []
for n in range(1, 40):
    peaks.append(max(collatz_seq(n)))
print(peaks)

# Fibonacci several ways: naive recursion, dict memo, iteration, big values, hot-loop traces.
def fib_naive(n):
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)
memo = {}
def fib_memo(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    v = fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = v
    return v
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib_naive(i) for i in range(20)])
print(fib_naive(22))
print(fib_memo(80), fib_memo(300))
print(len(memo), min(memo), max(memo))
print(fib_iter(90), fib_iter(91), fib_iter(92), fib_iter(93), fib_iter(94))
print(fib_iter(500) == fib_memo(500), len(memo))
f1000 = fib_iter(1000)
print(len(str(f1000)), f1000 % 10 ** 10, f1000.bit_length())
for n in [10, 50, 92, 93, 100, 200]:
    print(n, fib_iter(n), fib_iter(n) % 1000000007)
def lucas(n):
    a, b = 2, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([lucas(i) for i in range(15)])
print(all(fib_iter(2 * n) == fib_iter(n) * lucas(n) for n in range(60)))
ratio = fib_iter(60) / fib_iter(59)
print(ratio, abs(ratio - (1 + 5 ** 0.5) / 2) < 1e-12)

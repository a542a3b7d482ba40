# Sieve of Eratosthenes, prime counting, twin primes, Goldbach check.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    return [n for n in range(limit + 1) if is_prime[n]]
primes = sieve(20000)
print(len(primes), primes[:20], primes[-5:])
for bound in [10, 100, 1000, 10000, 20000]:
    print(bound, sum(1 for p in primes if p <= bound))
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print(len(twins), twins[:8], twins[-2:])
prime_set = set(primes)
def goldbach(n):
    for p in primes:
        if p > n // 2:
            break
        if n - p in prime_set:
            return p, n - p
    return None
print([goldbach(n) for n in range(4, 60, 6)])
print(all(goldbach(n) is not None for n in range(4, 5000, 2)))
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:10])
print(max(gaps), sum(primes) % 1000007)
segment = [n for n in range(10 ** 6, 10 ** 6 + 200) if all(n % p for p in primes if p * p <= n)]
print(segment)

# Sieve of Eratosthenes over a list of bools, repeated a few times.
# quick: 2000
import sys


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    return is_prime


def main():
    limit = 1000000
    if len(sys.argv) > 1:
        limit = int(sys.argv[1])
    count = 0
    largest = 0
    for _ in range(3):
        flags = sieve(limit)
        primes = [i for i in range(limit + 1) if flags[i]]
        count = len(primes)
        largest = primes[-1]
    twins = 0
    for k in range(1, len(primes)):
        if primes[k] - primes[k - 1] == 2:
            twins += 1
    print(f"primes up to {limit}: {count}, largest {largest}, twin pairs {twins}")


main()

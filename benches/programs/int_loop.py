# Integer arithmetic in loops: an LCG, sum of squares modulo m, and
# Collatz chain lengths. Values stay well inside 64 bits.
# quick: 2000
import sys


def lcg(seed, steps):
    x = seed
    acc = 0
    for _ in range(steps):
        x = (x * 1103515245 + 12345) % 2147483648
        acc ^= x >> 7
    return x, acc


def sum_squares_mod(n, m):
    total = 0
    for i in range(n):
        total = (total + i * i) % m
    return total


def longest_collatz(limit):
    best = 1
    best_len = 1
    for start in range(1, limit):
        n = start
        length = 1
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            length += 1
        if length > best_len:
            best = start
            best_len = length
    return best, best_len


def main():
    n = 100000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    x, acc = lcg(42, n * 3)
    print(f"lcg: x={x} acc={acc}")
    print(f"sum of squares mod 1000003: {sum_squares_mod(n * 3, 1000003)}")
    best, best_len = longest_collatz(n // 2)
    print(f"longest collatz below {n // 2}: {best} ({best_len} steps)")


main()

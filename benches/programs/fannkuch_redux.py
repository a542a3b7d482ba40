# Fannkuch-redux: permutations produced by a generator (in the benchmark's
# rotation order), consumed by a flip counter; prints the checksum and the
# maximum number of prefix reversals, plus a histogram of flip counts.
# quick: 6
import sys
from collections import Counter

DEFAULT = 9


def permutations_in_rotation_order(n):
    """Yield (index, perm) for all n! permutations, each as a fresh tuple."""
    perm = list(range(n))
    count = [0] * n
    index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        yield index, tuple(perm)
        index += 1
        while True:
            if r == n:
                return
            first = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def flips(perm):
    p = list(perm)
    count = 0
    first = p[0]
    while first:
        p[:first + 1] = p[first::-1]
        count += 1
        first = p[0]
    return count


def fannkuch(n):
    checksum = 0
    max_flips = 0
    histogram = Counter()
    worst = None
    for index, perm in permutations_in_rotation_order(n):
        f = flips(perm)
        histogram[f] += 1
        checksum += -f if index % 2 else f
        if f > max_flips:
            max_flips = f
            worst = perm
    return checksum, max_flips, worst, histogram


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    checksum, max_flips, worst, histogram = fannkuch(n)
    print(checksum)
    print(f"Pfannkuchen({n}) = {max_flips}")
    print("first worst permutation:", " ".join(str(x + 1) for x in worst))
    for f in sorted(histogram):
        print(f"{f:3d} flips: {histogram[f]}")


main()

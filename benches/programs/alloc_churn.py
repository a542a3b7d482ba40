# Allocation churn: builds and drops many small lists; memory must stay bounded.
# quick: 100000
import sys


def main():
    n = 10_000_000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    total = 0
    for i in range(n):
        pair = [i, i + 1]
        total += pair[1] - pair[0]
    print("lists built:", n, "checksum:", total)


main()

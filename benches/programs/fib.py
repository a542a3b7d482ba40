# Recursive Fibonacci: call overhead and small-int arithmetic.
# quick: 18
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = 32
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    print(f"fib({n}) = {fib(n)}")


main()

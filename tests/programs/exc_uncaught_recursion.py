# Unbounded recursion ends in an uncaught RecursionError.
def countdown(n):
    if n % 200 == 0:
        print("depth marker", n)
    return countdown(n + 1) + 1
print("start")
countdown(1)

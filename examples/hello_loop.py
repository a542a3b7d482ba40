# A small loop-heavy program: the README's "run a program" example.
def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


best = max(range(1, 30000), key=collatz_steps)
print(f"longest Collatz chain below 30000 starts at {best} ({collatz_steps(best)} steps)")
total = 0.0
for i in range(1, 200001):
    total += 1.0 / (i * i)
print(f"sum of 1/i^2 for i <= 200000: {total:.12f}")

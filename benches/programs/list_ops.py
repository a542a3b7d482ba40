# List workload: building, appending and popping, slicing, sorting,
# comprehensions and tuples inside lists.
# quick: 2000
import sys


def pseudo_random(count, seed):
    out = []
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 100000)
    return out


def stack_ops(values):
    # Push everything, pop back half, and keep a running checksum.
    stack = []
    checksum = 0
    for v in values:
        stack.append(v)
        if v % 3 == 0:
            checksum += stack.pop()
    while len(stack) > len(values) // 4:
        checksum -= stack.pop()
    return checksum, len(stack)


def slice_ops(values):
    total = 0
    step = 97
    for start in range(0, len(values) - step, step):
        chunk = values[start:start + step]
        total += chunk[0] + chunk[-1] + len(chunk[::2])
        chunk.reverse()
        total += chunk[1]
    head = values[:10]
    tail = values[-10:]
    return total, head + tail


def main():
    n = 200000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    values = pseudo_random(n, 11)

    checksum, left = stack_ops(values)
    print(f"stack: checksum={checksum} left={left}")

    total, ends = slice_ops(values)
    print(f"slices: total={total} ends_sum={sum(ends)}")

    ordered = sorted(values)
    print(f"sorted: min={ordered[0]} median={ordered[n // 2]} max={ordered[-1]}")
    values.sort(reverse=True)
    print(f"sorted desc: first={values[0]} last={values[-1]}")

    squares = [v * v % 1000 for v in ordered if v % 2 == 1]
    pairs = [(v, i) for i, v in enumerate(squares[:5000])]
    pairs.sort()
    print(f"comprehension: odd={len(squares)} sum={sum(squares)} first_pair={pairs[0]}")

    grid = [[(r * c) % 7 for c in range(50)] for r in range(n // 50)]
    col_sums = [sum([row[c] for row in grid]) for c in range(50)]
    print(f"grid: rows={len(grid)} max_col={max(col_sums)} min_col={min(col_sums)}")

    merged = []
    for a, b in zip(ordered[::2], ordered[1::2]):
        merged.append(a + b)
    merged.insert(0, -1)
    print(f"zip: len={len(merged)} sum={sum(merged)} idx={merged.index(-1)}")


main()

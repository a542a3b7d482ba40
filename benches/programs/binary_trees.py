# Binary-trees allocator benchmark: build and walk many complete binary trees
# of node objects (a stretch tree, a long-lived tree and batches of short-lived
# trees of increasing depth), plus a tuple-based variant and a gc.collect().
# quick: 6
import sys
import gc

DEFAULT = 13


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right

    @classmethod
    def build(cls, depth):
        if depth == 0:
            return cls()
        return cls(cls.build(depth - 1), cls.build(depth - 1))

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def tuple_tree(depth):
    if depth == 0:
        return (None, None)
    return (tuple_tree(depth - 1), tuple_tree(depth - 1))


def tuple_check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + tuple_check(left) + tuple_check(right)


def main():
    max_depth = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    min_depth = 4
    max_depth = max(min_depth + 2, max_depth)

    stretch = max_depth + 1
    print(f"stretch tree of depth {stretch}\t check: {Node.build(stretch).check()}")

    long_lived = Node.build(max_depth)

    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += Node.build(depth).check()
        print(f"{iterations}\t trees of depth {depth}\t check: {check}")

    tuples = 0
    for depth in range(min_depth, max_depth, 3):
        tuples += tuple_check(tuple_tree(depth))
    print(f"tuple trees check: {tuples}")
    gc.collect()
    print(f"long lived tree of depth {max_depth}\t check: {long_lived.check()}")


main()

# Chaos-game fractals: iterated function systems (Barnsley fern, Sierpinski
# triangle, a spiral) driven by random.random() with a fixed seed and a
# weighted map choice (bisect over cumulative weights); points are binned
# into a grid, printed as an ASCII density plot with histogram checksums.
# quick: 2000
import sys
import random
from bisect import bisect
from itertools import accumulate

DEFAULT = 120000

SHADES = " .:-=+*#%@"


class Affine:
    __slots__ = ("a", "b", "c", "d", "e", "f")

    def __init__(self, a, b, c, d, e, f):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f

    def __call__(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f


class IFS:
    def __init__(self, name, maps, weights):
        self.name = name
        self.maps = maps
        total = sum(weights)
        self.cumulative = list(accumulate(w / total for w in weights))

    def pick(self, u):
        i = bisect(self.cumulative, u)
        return self.maps[min(i, len(self.maps) - 1)]

    def run(self, count, skip=20):
        x, y = 0.0, 0.0
        for i in range(count + skip):
            x, y = self.pick(random.random())(x, y)
            if i >= skip:
                yield x, y


class Histogram:
    def __init__(self, width, height, bounds):
        self.width = width
        self.height = height
        self.xmin, self.xmax, self.ymin, self.ymax = bounds
        self.bins = [[0] * width for _ in range(height)]
        self.outside = 0

    def add(self, x, y):
        col = int((x - self.xmin) / (self.xmax - self.xmin) * self.width)
        row = int((self.ymax - y) / (self.ymax - self.ymin) * self.height)
        if 0 <= col < self.width and 0 <= row < self.height:
            self.bins[row][col] += 1
        else:
            self.outside += 1

    def render(self):
        peak = max(max(r) for r in self.bins) or 1
        lines = []
        for r in self.bins:
            lines.append("".join(SHADES[min(len(SHADES) - 1, (v * (len(SHADES) - 1) + peak - 1) // peak)] for v in r).rstrip())
        return "\n".join(lines)

    def checksum(self):
        h = 0
        for r, row in enumerate(self.bins):
            for c, v in enumerate(row):
                h = (h * 131 + v * (r + 1) + c) % 1000000007
        return h


FERN = IFS("fern", [
    Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0),
    Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6),
    Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6),
    Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44),
], [1, 85, 7, 7])

SIERPINSKI = IFS("sierpinski", [
    Affine(0.5, 0.0, 0.0, 0.5, 0.0, 0.0),
    Affine(0.5, 0.0, 0.0, 0.5, 0.5, 0.0),
    Affine(0.5, 0.0, 0.0, 0.5, 0.25, 0.5),
], [1, 1, 1])

SPIRAL = IFS("spiral", [
    Affine(0.787879, -0.424242, 0.242424, 0.859848, 1.758647, 1.408065),
    Affine(-0.121212, 0.257576, 0.151515, 0.053030, -6.721654, 1.377236),
    Affine(0.181818, -0.136364, 0.090909, 0.181818, 6.086107, 1.568035),
], [0.9, 0.05, 0.05])

SYSTEMS = [
    (FERN, (-2.5, 2.8, 0.0, 10.0), 36, 24),
    (SIERPINSKI, (0.0, 1.0, 0.0, 1.0), 40, 20),
    (SPIRAL, (-7.0, 7.0, 0.0, 11.0), 44, 20),
]


def main():
    points = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    random.seed(12345)
    for ifs, bounds, w, h in SYSTEMS:
        hist = Histogram(w, h, bounds)
        sx = sy = 0.0
        for x, y in ifs.run(points):
            hist.add(x, y)
            sx += x
            sy += y
        filled = sum(1 for row in hist.bins for v in row if v)
        print(f"{ifs.name}: {points} points, mean=({sx / points:.6f}, {sy / points:.6f}) "
              f"filled={filled} outside={hist.outside} checksum={hist.checksum()}")
        print(hist.render())


main()

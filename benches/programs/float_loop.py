# Float arithmetic in tight loops: midpoint-rule integration and a
# Mandelbrot escape-time grid (no complex numbers, plain floats).
# quick: 20
import sys


def integrate(steps):
    # Integral of 4 / (1 + x^2) over [0, 1] is pi.
    h = 1.0 / steps
    total = 0.0
    for i in range(steps):
        x = (i + 0.5) * h
        total += 4.0 / (1.0 + x * x)
    return total * h


def mandelbrot(size, max_iter):
    inside = 0
    escape_sum = 0
    for py in range(size):
        ci = 2.0 * py / size - 1.0
        for px in range(size):
            cr = 2.5 * px / size - 2.0
            zr = 0.0
            zi = 0.0
            n = 0
            while n < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            if n == max_iter:
                inside += 1
            escape_sum += n
    return inside, escape_sum


def main():
    size = 200
    if len(sys.argv) > 1:
        size = int(sys.argv[1])
    pi = integrate(size * size * 20)
    inside, escape_sum = mandelbrot(size, 50)
    print("pi ~ %.9f" % pi)
    print(f"mandelbrot {size}x{size}: inside={inside} escape_sum={escape_sum}")


main()

# Format specs for numbers: width, fill, align, sign, grouping, precision, types.
vals = [0, 7, -7, 1234567, -1234567, 2 ** 70]
for v in vals:
    print(f"[{v:d}] [{v:10d}] [{v:<10}] [{v:^10}] [{v:+d}] [{v: d}] [{v:,}] [{v:_}] [{v:010}] [{v:*>12,}]")
for v in [255, -255, 0, 4096]:
    print(f"{v:x} {v:X} {v:#x} {v:#X} {v:o} {v:#o} {v:b} {v:#b} {v:08b} {v:#010x} {v:_b} {v:_x}")
fl = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1.5e300, 123.456, 0.5, 2.5]
for v in fl:
    print(f"[{v:f}] [{v:.2f}] [{v:10.3f}] [{v:<10.1f}] [{v:+.1f}] [{v:,.2f}] [{v:e}] [{v:.3e}] [{v:g}] [{v:.3g}] [{v}]")
for v in [0.25, 0.5, 1.0, 0.123456, 1.5, -0.03]:
    print(f"{v:%} {v:.0%} {v:.1%} {v:>8.2%}")
special = [float("inf"), float("-inf"), float("nan")]
for v in special:
    print(f"[{v}] [{v:f}] [{v:10.2f}] [{v:e}] [{v:g}] [{v:+}] [{v:%}]")
print(f"{1e16:g} {1e-5:g} {123456789:g} {0.0001:g} {1e-4:.2g} {100000:g} {1000000:g} {1234.5:.2g}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f}")
print(f"{12:5.1f} {12:e} {True:d} {False:5} {True:>5} {3:.2f} {7:%}")
print(f"{1234.5678:_.2f} {1234567:,d} {-1234.5:,}")
print(f"{3.0:n}" if False else f"{3.0:.1f}", f"{42:c}", f"{0x263A:c}")
print(f"{12345.6789:=+12.2f} {-42:=8d} {42:=08d} {-3.5:08.2f} {3.5:+08.2f}")
print(f"{100:>#8x}|{100:<#8o}|{100:^#10b}|")
for width in range(1, 8, 2):
    print(f"{'x':-^{width}}|{3.14159:.{width}f}")
print(f"{0.1 + 0.2:.17f} {1/3:.20f} {2**0.5:.15g} {1e22:f} {1e-10:f}")
try:
    print(f"{'abc':d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{3.5:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{10:s}")
except ValueError as e:
    print("ValueError:", e)
print(format(3.14159, ".2f"), format(42, "08b"), format("hi", "^6"), format(1234567, ","), format(0.5), format(7))

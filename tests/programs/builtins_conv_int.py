# int() from numbers and strings: bases, base 0 prefixes, underscores, whitespace, signs, errors.
print(int(), int(5), int(-5.9), int(5.9), int(True), int("42"), int("-17"), int("+8"), int("  12  "), int("\t7\n"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2), int("z", 36), int("Zz", 36), int("10", 3))
print(int("0x1f", 16), int("0o17", 8), int("0b101", 2), int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("99", 0))
print(int("1_000_000"), int("0x_ff", 16), int("0b_1_0", 0), int("-0x10", 0), int("  -0b11  ", 0), int("0", 0), int("00", 0))
print(int("123456789012345678901234567890"), int("-" + "1" * 40, 2), int("f" * 30, 16))
print(int(1e18), int(-1e18), int(2.5e20), int(0.999), int(-0.999), int(-0.0))
bad = ["", " ", "1.5", "1e3", "12a", "a", "1__0", "_1", "1_", "0x", "--1", "+-1", "1 2", "0b2", "08"]
for s in bad:
    for base in [10, 0]:
        try:
            print(repr(s), base, "->", int(s, base))
        except ValueError as e:
            print(repr(s), base, "ValueError:", e)
for s, b in [("12", 2), ("9", 8), ("g", 16), ("0x10", 16), ("0b1", 16), ("0o8", 0)]:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print(s, b, "ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(10, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
for v in [0, 1, 255, -255, 2 ** 64, -(2 ** 100) + 1]:
    print(v, hex(v), oct(v), bin(v), int(hex(v), 16) == v, int(oct(v), 0) == v, int(bin(v), 0) == v)
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        out = digits[n % b] + out
        n //= b
    return "-" + out if neg else out
for n in [0, 5, 255, -1000, 2 ** 70]:
    for b in [2, 7, 16, 36]:
        s = to_base(n, b)
        assert int(s, b) == n
        print(n, b, s)

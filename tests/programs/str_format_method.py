# str.format: positional, indexed, named, format specs, conversions, escaping braces.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0} {2}".format("a", "b", "c"))
print("{name} is {age}".format(name="Ann", age=30), "{0}-{x}-{1}".format(1, 2, x="X"))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:d} {:5d} {:05d} {:+d} {:,} {:_} {:x} {:#b} {:o}".format(42, 42, 42, 42, 1234567, 1234567, 255, 5, 8))
print("{:.2f} {:8.3f} {:e} {:.2%} {:g} {:.3g}".format(3.14159, 2.71828, 12345.678, 0.1234, 1e-5, 1234567))
print("{!r} {!s}".format("x", "y"), "{0!r:>10}|{0!s:<4}|".format("x"))
print("{{}} {{{}}} {{0}}".format(7))
print("{0[0]} {0[1]} {1[k]} {1[n]}".format([10, 20], {"k": "v", "n": 5}))
print("{:{}}|{:{}.{}f}".format("ab", 5, 3.14159, 8, 2), "{0:{1}}|".format(7, 4))
print("{0:>{w}} {1:.{p}f}".format("x", 2.5, w=4, p=3))
data = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 3.0)]
for name, qty, price in data:
    print("{:<8}{:>5}{:>8.2f}{:>9.2f}".format(name, qty, price, qty * price))
template = "{greeting}, {name}! You have {count} new {noun}."
for count in [0, 1, 5]:
    print(template.format(greeting="Hi", name="Sam", count=count, noun="message" if count == 1 else "messages"))
errors = [
    lambda: "{} {}".format(1),
    lambda: "{0} {2}".format(1, 2),
    lambda: "{missing}".format(),
    lambda: "{} {0}".format(1, 2),
    lambda: "{:d}".format("s"),
    lambda: "{".format(1),
]
for thunk in errors:
    try:
        print(thunk())
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("{}".format(None), "{}".format([1, "a"]), "{}".format({"k": (1,)}), "{:}".format(2.0))
print("{:^20}".format("{:.3f}".format(2 / 3)), "-".join("{:02x}".format(b) for b in [0, 127, 255]))

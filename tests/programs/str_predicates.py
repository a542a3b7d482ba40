# is* predicates of str.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", " ", "\t\n", "Hello World", "hello world",
           "HELLO WORLD", "a b", "_", "١٢٣", "²", "é", "ÀB", "x1 Y2", "Title Case Here", "  lead"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(),
          s.isdecimal(), s.isnumeric(), s.isidentifier())
# classify characters
counts = {"digit": 0, "alpha": 0, "space": 0, "other": 0}
for ch in "Hello, World! 123 abc\tdef\n":
    if ch.isdigit():
        counts["digit"] += 1
    elif ch.isalpha():
        counts["alpha"] += 1
    elif ch.isspace():
        counts["space"] += 1
    else:
        counts["other"] += 1
print(counts)
def is_valid_username(name):
    return 3 <= len(name) <= 12 and name[0].isalpha() and all(c.isalnum() or c == "_" for c in name)
for n in ["bob", "b0b_99", "9lives", "ab", "way_too_long_name", "ok name", "_x"]:
    print(n, is_valid_username(n))
print("123".isdigit() and int("123") + 1, "-5".isdigit(), "-5".lstrip("-").isdigit())

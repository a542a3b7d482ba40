# float() from strings and numbers; str/repr/bool/list/tuple/dict/set constructors.
for s in ["1", "1.5", "-2.25", "  3.0  ", "1e10", "1E-3", "-1.5e+2", ".5", "5.", "inf", "-inf", "Infinity",
          "+inf", "nan", "-nan", "NaN", "iNf", "1_000.5", "0x10", "", "abc", "1.2.3", "1e", "1e400", "-1e400",
          "1e-400", "0.1", "00012", "\n7.25\t"]:
    try:
        print(repr(s), "->", float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(float(), float(3), float(-0), float(True), float(2 ** 60), float(10 ** 25))
print(str(), str(1.0), str(2 ** 70), str([1.5, "a"]), str((1,)), str({"k": 1.0}), str(None), str(-0.0))
print(repr("a\nb"), repr([1, "b", 2.0]), repr(None), repr(True), repr(1e100))
print(bool(), bool(0.0), bool("0"), bool([0]), bool(range(0)), bool(-1))
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"a": 1}), list({"a": 1}.items()))
print(tuple(), tuple([1]), tuple("xy"), dict(), dict(a=1), dict([(1, 2), [3, 4]]), dict({"z": 0}, y=1))
print(set(), set([3, 1, 3]), set(range(4)), set((5, 5, 6)), frozenset([2, 1]))
print(int(float("1e15")), float(int("12345678901234567890")), int(str(3)), float(str(0.1)), str(float("1")))
vals = ["3", "4.5", "x", "7", "", "8.25"]
parsed = []
for v in vals:
    try:
        parsed.append(int(v))
    except ValueError:
        try:
            parsed.append(float(v))
        except ValueError:
            parsed.append(None)
print(parsed)
print(float("1.7976931348623157e308"), float("2.2250738585072014e-308"), float("4.9e-324"), float("2e-324"))
print(float("0.30000000000000004"), float("123456789.123456789"), float("1" * 30))

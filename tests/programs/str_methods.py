# Case, search, replace, count, padding methods of str.
s = "The quick brown fox jumps over the lazy dog"
print(s.upper())
print(s.lower())
print(s.title(), "hello WORLD foo-bar it's".title())
print(s.capitalize(), "hELLO".capitalize(), "".capitalize())
print(s.swapcase(), "ÉcoLE".swapcase())
print(s.find("o"), s.find("o", 13), s.find("o", 13, 15), s.find("cat"), s.find(""), s.find("", 100))
print(s.rfind("o"), s.rfind("o", 0, 20), s.rfind("cat"), s.rfind(""))
print(s.index("quick"), s.rindex("the"), s.index("T"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("o", 20), s.count("o", 0, 15))
print(s.replace("o", "0"), s.replace("the", "a"), s.replace("o", "", 2), "aaa".replace("a", "bb"))
print("abc".replace("", "-"), "abc".replace("x", "y"), "".replace("", "z"))
print(s.startswith("The"), s.startswith("the"), s.startswith(("a", "T")), s.startswith("quick", 4))
print(s.endswith("dog"), s.endswith(("cat", "dog")), s.endswith("lazy", 0, -4), "".endswith(""))
print("[" + "abc".center(9) + "]", "[" + "abc".center(10, "*") + "]", "[" + "abc".center(2) + "]")
print("[" + "abc".ljust(6) + "]", "[" + "abc".rjust(6, ".") + "]", "[" + "abcdef".ljust(3) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print("  spaced out  ".strip() + "|", "  spaced out  ".lstrip() + "|", "  spaced out  ".rstrip() + "|")
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "\t\n hi \r\n".strip(), "..a.b..".lstrip("."), "..a.b..".rstrip("."))
print("www.example.com".strip("cmowz."), "  ".strip() == "")
print("Hello"[1:].upper(), "MiXeD".lower().upper())
# methods are chainable and never modify in place
t = "  Mixed Case  "
u = t.strip().lower().replace(" ", "_")
print(repr(t), repr(u))
# counting letter frequencies with str methods
text = "mississippi"
for ch in "misp":
    print(ch, text.count(ch), text.find(ch), text.rfind(ch))
print(text.replace("ss", "SS", 1), text.upper().count("S"))
print("ß".upper(), "ǅ".lower(), "İ".lower() == "i̇", "ﬁ".upper())

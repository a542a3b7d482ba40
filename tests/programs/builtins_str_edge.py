# str methods: edge cases of arguments and CPython's error messages.


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


# split / rsplit
for s in ["a,b,,c", ",a,", "", ",", "abc"]:
    print(repr(s), s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 1), s.split(",", 0))
for s in [" a  b  c ", "", "   ", "a\tb\nc\x0bd\x0ce\x1cf\x85g\u2028h\u00a0i", "one"]:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0))
print("a b".split(" ", -1), "  ".split(" "), "aXbXc".split("X", 0), "aXbXc".rsplit("X", 1), "a b".split(sep=" "))
print("héllo wörld".split("ö"), "ab".split("ab"), "aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"))
check("split empty", lambda: "a".split(""))
check("rsplit empty", lambda: "a".rsplit("", 1))
check("split int", lambda: "a".split(1))
check("split kw", lambda: "a".split(foo=1))
check("split maxsplit", lambda: "a".split(maxsplit="a"))
check("split many", lambda: "a".split(None, 1, 2))
check("split none max", lambda: "a b".split(" ", maxsplit=None))

# join
print(",".join(["a", "b"]), "".join([]), "-".join("abc"), "x".join(("1",)), ", ".join({"k": 1, "j": 2}))
check("join int item", lambda: "x".join([1]))
check("join second", lambda: "x".join(["a", 2]))
check("join not iterable", lambda: "x".join(1))
check("join none", lambda: "x".join())

# strip family
print(repr("  xx  ".strip()), repr("xxaxx".strip("x")), repr("xxaxx".lstrip("x")), repr("xxaxx".rstrip("x")))
print(repr("\u3000a\x85".strip()), repr("abc".strip("")), repr("abcba".strip("ab")), repr("a".strip(None)))
check("strip int", lambda: "a".strip(1))
check("lstrip int", lambda: "a".lstrip(1))
check("strip two", lambda: "a".strip("a", "b"))
check("strip kw", lambda: "a".strip(chars="a"))

# replace
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", "b", 0))
print("aaa".replace("a", "b", -2), "aaa".replace("aa", "b"), "héllo".replace("l", "L", 1), "abc".replace("x", "y"))
check("replace arg1", lambda: "a".replace(1, "a"))
check("replace arg2", lambda: "a".replace("a", 1))
check("replace count", lambda: "a".replace("a", "b", "c"))
check("replace few", lambda: "a".replace("a"))
check("replace kw", lambda: "a".replace("a", "b", count=1))

# find / rfind / index / rindex / count
s = "hello world, hello"
print(s.find("o"), s.rfind("o"), s.find("o", 5), s.find("o", 5, 7), s.find("hello", -5), s.rfind("hello", 0, 10))
print(s.find(""), s.rfind(""), s.find("", 100), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 1))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("l", 5), s.count(""), "aaa".count("aa"))
print("aaa".count("", 5), "aaa".count("", 3), "abc".count("", 2, 1), "abc".count("", 1, 1), "abc".find("c", None, None))
print("abc".find("c", -10 ** 30, 10 ** 30), "abc".find("b", True), "héllo".find("l"), "héllo".rfind("l", 0, 4))
check("index missing", lambda: "a".index("b"))
check("rindex missing", lambda: "a".rindex("b"))
check("index empty range", lambda: "abc".index("", 2, 1))
check("find int", lambda: "a".find(1))
check("count int", lambda: "a".count(1))
check("find float start", lambda: "abc".find("c", 1.5))
check("index str start", lambda: "abc".index("c", "x"))
check("find none", lambda: "a".find())
check("find many", lambda: "a".find("a", 1, 2, 3))
check("count none", lambda: "a".count())
check("find kw", lambda: "a".find(x=1))

# startswith / endswith
print("abc".startswith("a"), "abc".startswith(("x", "ab")), "abc".endswith(("x", "c")), "abc".startswith("bc", 1))
print("abc".endswith("ab", 0, 2), "abc".endswith("ab", 0, -1), "abc".startswith("", 3), "abc".startswith("", 4))
print("abc".startswith("a", None, None), "abc".startswith(()), "héllo".endswith("llo"), "abc".startswith("abcd"))
check("startswith int", lambda: "a".startswith(1))
check("startswith tuple", lambda: "a".startswith((1,)))
check("endswith list", lambda: "a".endswith([]))
check("startswith none", lambda: "a".startswith())

# case
for s in ["hello WORLD", "they're bill's friends", "ßx", "ǆemal", "aΣ b", "ΣΑΣ", "ΑΣ b", "a1b2", "", "123"]:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
print("ﬁx".upper(), "ﬁx".title(), "İ".lower() == "i\u0307", "ẞ".casefold(), "ΣΑΣ".casefold())
check("upper arg", lambda: "a".upper(1))
check("title kw", lambda: "a".title(x=1))

# predicates
words = ["", "abc", "ABC", "Abc Def", "abc1", "123", "١٢٣", "²", "½", "一", " \t\n", "a b", "é", "_x1", "1x", "Ⅻ", "aB", "ǅ"]
for w in words:
    print(repr(w), w.isalpha(), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalnum(), w.isspace(),
          w.islower(), w.isupper(), w.istitle(), w.isidentifier(), w.isprintable(), w.isascii())
print("a\n".isprintable(), "\x7f".isprintable(), "\xa0".isprintable(), "\xad".isprintable(), "é".isprintable())
check("isdigit arg", lambda: "a".isdigit(1))

# padding
print(repr("abc".center(8, "*")), repr("abc".center(6, "*")), repr("ab".center(5, "*")), repr("ab".center(7)))
print(repr("a".center(-5)), repr("abc".ljust(5, "-")), repr("abc".rjust(5)), repr("x".center(4, "é")), repr("x".ljust(-1)))
print("a".zfill(5), "-a".zfill(5), "+12".zfill(6), "abc".zfill(2), "-".zfill(3), "".zfill(2))
check("center fill long", lambda: "a".center(5, "ab"))
check("center fill int", lambda: "a".center(5, 1))
check("ljust str", lambda: "a".ljust("a"))
check("ljust empty fill", lambda: "a".ljust(3, ""))
check("center none", lambda: "a".center())
check("center many", lambda: "a".center(1, 2, 3))
check("zfill str", lambda: "a".zfill("a"))
check("zfill none", lambda: "a".zfill())
check("ljust huge", lambda: "a".ljust(2 ** 70))

# partition / rpartition
print("abc".partition("b"), "abc".partition("x"), "abc".rpartition("x"), "a.b.c".rpartition("."), "a.b.c".partition("."))
check("partition empty", lambda: "a".partition(""))
check("partition int", lambda: "a".partition(1))
check("rpartition empty", lambda: "a".rpartition(""))
check("partition none", lambda: "a".partition())

# splitlines / expandtabs
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\u2028i".splitlines())
print("a\nb\r\nc\rd".splitlines(True), "\n".splitlines(), "".splitlines(), "a\r\nb\rc\n".splitlines(keepends=1))
check("splitlines str", lambda: "a".splitlines("x"))
check("splitlines many", lambda: "a".splitlines(1, 2))
check("splitlines kw", lambda: "a".splitlines(foo=1))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\r\td".expandtabs(4)), repr("a\tb".expandtabs(0)), repr("\t".expandtabs(3)))
print(repr("ab\tc\nd\te".expandtabs(4)), repr("a\tb".expandtabs(tabsize=2)), repr("abc".expandtabs(-1)))
check("expandtabs str", lambda: "a".expandtabs("a"))
check("expandtabs kw", lambda: "a".expandtabs(foo=2))

# removeprefix / removesuffix
print("abcabc".removeprefix("abc"), "abc".removesuffix("bc"), "abc".removeprefix(""), "abc".removesuffix("x"))
check("removeprefix int", lambda: "a".removeprefix(1))
check("removesuffix none", lambda: "a".removesuffix())

# translate / maketrans
print("abc".translate({97: "X", 98: None, 99: 100}), "abc".translate(str.maketrans("ab", "xy", "c")), "abc".translate([]))
print("abc".translate({97: "xyz"}), sorted(str.maketrans("ab", "xy", "c").items()), str.maketrans({"a": "b", 98: None}))
check("translate range", lambda: "abc".translate({97: 0x110000}))
check("translate type", lambda: "abc".translate({97: 1.5}))
check("translate int", lambda: "a".translate(1))
check("maketrans one", lambda: str.maketrans(1))
check("maketrans lengths", lambda: str.maketrans("ab", "a"))
check("maketrans key", lambda: str.maketrans({"ab": 1}))
check("maketrans key type", lambda: str.maketrans({1.5: 2}))
check("maketrans arg2", lambda: str.maketrans("a", 1))
check("maketrans arg1", lambda: str.maketrans(1, "a"))
check("maketrans arg3", lambda: str.maketrans("a", "b", 1))
check("maketrans none", lambda: str.maketrans())

# descriptors called through the type
print(str.upper("abc"), str.join("-", ["a", "b"]))
check("descriptor", lambda: str.upper(1))
check("descriptor join", lambda: str.join(1, 2))

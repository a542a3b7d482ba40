# str.format and str.format_map: fields, conversions, nested specs, and the errors in the order
# CPython raises them.


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print("{} and {}".format("a", 1), "{1}{0}{1}".format("x", "y"), "{a}-{b}".format(a=1, b=[2]))
print("{0!r:^10}|{0!s}|{0!a}".format("é"), "{!r}{!r}".format(1, "a"), "{0:>{w}.{p}f}".format(3.14159, w=10, p=2))
print("{x[0]}{x[1]}".format(x=[1, 2]), "{0[a]}".format({"a": [1]}), "{[0]}".format([7]), "{0[0][1]}".format([[1, 2]]))
print("{.real}".format(3), "{0.__class__}".format(1), "{0[-1]}".format({"-1": 5}), "{0[x]}".format({"x": 5}))
print("{{}}".format(), "x{{y}}z".format(), "}}{{".format(), "{:}".format(1), "{0:}".format(1), "{}".format(1, 2))
print("{:^{}}".format("a", 5), "{:{}{}}".format(1, ">", 5), "{0:{a}}".format(1, a=">4"), "{:{}}".format("x", ">3", "extra"))
print("{0:{1}}".format("a", 3.5), "{!s:5}|".format([1]), "{0:{1}d}".format(5, ">3"), "{:,d}".format(12345))
print("{:%}".format(0.5), "{:08.3f}".format(-3.14159), "{:x}".format(255), "{:>8}".format("right"), "{:*^9}".format("mid"))
print("{0}".format(*range(3)), "{a}".format_map({"a": 1}), "a".format_map(1), "{x.real}".format_map({"x": 2}))

check("index out of range", lambda: "{}".format())
check("index 2", lambda: "{2}".format(1))
check("manual then auto", lambda: "{0}{}".format(1, 2))
check("auto then manual", lambda: "{}{0}".format(1, 2))
check("missing key", lambda: "{a}".format())
check("missing key with pos", lambda: "{a}".format(1))
check("bad attr", lambda: "{0.x}".format(1))
check("single open", lambda: "{".format())
check("single close", lambda: "}".format())
check("bad conversion", lambda: "{!x}".format(1))
check("index error", lambda: "{0[1]}".format([]))
check("bad code", lambda: "{:d}".format("a"))
check("nested index", lambda: "{0:{1}}".format(1))
check("nested spec bad", lambda: "{0:{{}}}".format(1))
check("empty conversion", lambda: "{0!}".format(1))
check("long conversion", lambda: "{0!rr}".format(1))
check("attr chain", lambda: "{a.b.c}".format(a=1))
check("unclosed bracket", lambda: "{a[}".format(a=1))
check("unclosed index", lambda: "{0[0}".format([1]))
check("bracket key", lambda: "{0]}".format(1))
check("empty attr", lambda: "{0.}".format(1))
check("empty index", lambda: "{0[]}".format(1))
check("int key in dict", lambda: "{0[1]}".format({"1": 5}))
check("recursion", lambda: "{:{:{}}}".format(1, 2, 3))
check("unclosed then", lambda: "{0[1]".format([1, 2]))
check("none spec", lambda: "{:<5}|".format(None))
check("str spec code", lambda: "{0:>{1}}".format("a", "b"))
check("map positional", lambda: "{0}".format_map({}))
check("map auto", lambda: "{}".format_map({}))
check("map missing", lambda: "{x}".format_map({}))
check("map count", lambda: "a".format_map({}, {}))
check("map none", lambda: "a".format_map())
check("neg index", lambda: "{-1}".format(1))

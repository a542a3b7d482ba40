# String literals, escapes, indexing, concatenation, repetition, repr, iteration.
s = "hello, world"
print(s, len(s), s[0], s[-1], s[4], s[-5])
print(s + "!", s * 2, 3 * "ab", "" * 5, "x" * 0, "x" * -2)
print('single', "double", '''triple
quoted''', """also "triple" """)
print("tab\there", "nl\\n literal", 'quote\'s', "dq\"s", "\x41\u00e9\u4e2d\U0001F600", "\101\60")
print(repr("tab\there"), repr('it\'s'), repr("say \"hi\""), repr("both ' and \""), repr("\x00\x7f\n\r"))
print(repr("é中😀"), repr("\u200b"), ascii("é中"), len("😀"), len("é"))
print(r"raw\n\t", len(r"\n"), repr(r"a\b"))
print("con" "cat" "enated", ("multi"
    "line"))
for ch in "abc":
    print(ch, ord(ch), end=" ")
print()
print(list("hey"), tuple("ab"), "".join(reversed("stressed")))
print(s[::-1], s[::2], s[1:5], s[-5:], s[:-7], s[100:], s[-100:3], s[5:1], s[::-3])
print(str(123), str(-4.5), str([1, 'a']), str(None), str(True), repr('x'), repr(1.0))
try:
    s[0] = 'H'
except TypeError as e:
    print("TypeError:", e)
try:
    print(s[50])
except IndexError as e:
    print("IndexError:", e)
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * "b")
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * 2.0)
except TypeError as e:
    print("TypeError:", e)
# build strings in a loop
acc = ""
for i in range(15):
    acc += str(i % 10)
print(acc, len(acc))
parts = []
for word in ["alpha", "beta", "gamma"]:
    parts.append(word.upper()[:3])
print("-".join(parts))
# comparisons and ord/chr round trip
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", ""]))
print("".join(chr(ord(c) + 1) for c in "HAL"), chr(65), chr(0x4e2d), ord("€"))
print("abc" == "abc", s is not None, "a" < "b" < "c", max("hello"), min("hello"))
print("x".join("123"), "%".join(["a"]), ",".join([]))
# string multiplication of long strings
big = "ab" * 50000
print(len(big), big[99998:], big.count("ab"))
print("\u03b1", "\u03b1".upper())

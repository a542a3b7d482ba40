# split/rsplit/join/partition/rpartition/splitlines.
s = "a,b,,c,d"
print(s.split(","), s.split(",", 1), s.split(",", 2), s.rsplit(",", 1), s.rsplit(",", 2), s.split(",", 0))
print("  one two   three  ".split(), "  one two   three  ".split(None, 1), "  one two   three  ".rsplit(None, 1))
print("".split(), "".split(","), "   ".split(), " ".split(" "), "abc".split("abc"), "aXbXc".split("X"))
print("a\tb\nc\r\nd\x0be\x0cf".split())
print("1<>2<>3".split("<>"), "1<>2<>3".rsplit("<>", 1), "abcabc".split("bc"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print(", ".join(["x", "y", "z"]), "".join(["a", "b"]), "-".join("abc"), " ".join(str(i) for i in range(5)))
try:
    ", ".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print("key=value=more".partition("="), "noeq".partition("="), "key=value=more".rpartition("="), "noeq".rpartition("="))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(), "".splitlines(), "x\n".splitlines(True))
print("one\ntwo\n".split("\n"), "trailing\n".splitlines())
# word counting
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
for w in sorted(counts):
    print(w, counts[w])
print(len(words), len(text.splitlines()))
# parsing CSV-ish lines
rows = "name,age,city\nalice,30,paris\nbob,25,berlin\ncarol,35,rome"
header, *records = rows.splitlines()
cols = header.split(",")
for rec in records:
    fields = rec.split(",")
    print({cols[i]: fields[i] for i in range(len(cols))})
ages = [int(r.split(",")[1]) for r in records]
print(sum(ages), max(ages))
# key/value config parsing with partition
config = "host = localhost\nport=8080\n# comment\n\ndebug = true"
settings = {}
for line in config.splitlines():
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    k, _, v = line.partition("=")
    settings[k.strip()] = v.strip()
print(settings)
print("/usr/local/lib/python".rsplit("/", 2), "/usr/local/lib".split("/"))

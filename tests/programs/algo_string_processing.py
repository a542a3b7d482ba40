# String processing: word frequencies, caesar cipher, run-length encoding, anagrams, palindromes.
text = """Python is a programming language that lets you work quickly and integrate systems more
effectively. Python is powerful, and fast; plays well with others; runs everywhere; is friendly
and easy to learn; is open. Python is developed under an OSI-approved open source license."""
words = []
for raw in text.split():
    w = "".join(ch for ch in raw.lower() if ch.isalnum() or ch == "-")
    if w:
        words.append(w)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(len(words), len(freq), top)
def caesar(s, shift):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World! xyz", 3)
print(enc, caesar(enc, -3), caesar("abc", 29), caesar("ABC", -1))
def rle(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)
def unrle(s):
    out = ""
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out += ch * int(num)
            num = ""
    return out
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    e = rle(s)
    print(repr(s), e, unrle(e) == s)
groups = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
print(sorted(groups.values()))
def is_pal(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "No 'x' in Nixon", ""]:
    print(repr(s), is_pal(s))
def longest_common_prefix(strs):
    if not strs:
        return ""
    prefix = strs[0]
    for s in strs[1:]:
        while not s.startswith(prefix):
            prefix = prefix[:-1]
    return prefix
print(repr(longest_common_prefix(["flower", "flow", "flight"])), repr(longest_common_prefix(["dog", "car"])))
vowels = "aeiou"
print(sum(1 for c in text.lower() if c in vowels), text.count("Python"), text.lower().count("is"))
print(" ".join(w[::-1] for w in "reverse each word here".split()), "-".join(reversed("a b c".split())))
title = "the lord of the rings: the return of the king"
small = {"the", "of", "a", "an"}
print(" ".join(w if i > 0 and w in small else w.capitalize() for i, w in enumerate(title.split())))

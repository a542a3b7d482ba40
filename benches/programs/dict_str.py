# Dict and str workload: generate pseudo-random text, count words,
# build and split strings, join and format results.
# quick: 2000
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pu", "an", "el"]


def make_words(count, seed):
    words = []
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) % 2147483648
        n = 1 + (x >> 16) % 3
        word = ""
        for _ in range(n):
            x = (x * 1103515245 + 12345) % 2147483648
            word += SYLLABLES[(x >> 16) % len(SYLLABLES)]
        words.append(word)
    return words


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split(" "):
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    n = 100000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    words = make_words(n, 7)
    # Lines of 12 words, joined into one text blob.
    lines = []
    for i in range(0, len(words), 12):
        lines.append(" ".join(words[i:i + 12]))
    text = "\n".join(lines)
    counts = count_words(text)

    # Most frequent first, ties broken alphabetically (no key= needed).
    top = sorted([(-c, w) for w, c in counts.items()])[:5]
    print(f"words={len(words)} distinct={len(counts)} chars={len(text)}")
    print(", ".join(["%s:%d" % (w, -c) for c, w in top]))

    # Group words by first syllable and length: occurrences and spellings.
    by_key = {}
    for w in counts:
        key = w[:2] + str(len(w))
        if key in by_key:
            by_key[key].append(w.upper())
        else:
            by_key[key] = [w.upper()]
    summary = []
    for key in sorted(by_key):
        group = by_key[key]
        hits = sum([counts[w.lower()] for w in group])
        summary.append(f"{key}={len(group)}/{hits}")
    print(" ".join(summary[:12]))
    print(" ".join(summary[-12:]))

    # Character frequencies over a slice of the text, and a substring rewrite.
    freq = {}
    for ch in text[:200000]:
        if ch != " " and ch != "\n":
            freq[ch] = freq.get(ch, 0) + 1
    print(" ".join([f"{ch}:{c}" for ch, c in sorted(freq.items())]))
    replaced = text.replace("ka", "KA").count("KA")
    print(f"ka_count={replaced}")


main()

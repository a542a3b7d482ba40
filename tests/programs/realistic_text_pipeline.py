# Text-processing pipeline: generate a pseudo-random corpus from a small
# grammar, split it into sentences and tokens, normalize, count words with
# Counter, build bigram/trigram tables with defaultdict, compute per-document
# statistics and format an aligned report.
# quick: 300
import sys
from collections import Counter, defaultdict

DEFAULT = 400

SUBJECTS = ["the cat", "a dog", "my neighbour", "the old man", "Alice", "Bob", "the committee",
            "every student", "the quick brown fox", "a small bird", "our team", "the engine"]
VERBS = ["sees", "likes", "builds", "eats", "chases", "writes", "reads", "repairs", "ignores",
         "finds", "sells", "paints"]
OBJECTS = ["the ball", "a letter", "the fence", "an apple", "the report", "a red car", "the garden",
           "some bread", "the old bridge", "a long story", "the machine", "a lazy dog"]
ADVERBS = ["quickly", "slowly", "today", "again", "carefully", "happily", "at noon", "in silence"]
PUNCT = [".", ".", ".", "!", "?", ";"]
STOP = frozenset("a an the my our some every in at".split())


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) % 4294967296
        return (self.state >> 8) % n

    def choice(self, seq):
        return seq[self.below(len(seq))]


def generate(rng, sentences):
    parts = []
    for i in range(sentences):
        words = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)]
        if rng.below(3) == 0:
            words.append(rng.choice(ADVERBS))
        if rng.below(5) == 0:
            words.append("and " + rng.choice(VERBS) + " " + rng.choice(OBJECTS))
        sentence = " ".join(words)
        sentence = sentence[0].upper() + sentence[1:] + rng.choice(PUNCT)
        if rng.below(7) == 0:
            sentence = '"' + sentence + '" said ' + rng.choice(SUBJECTS).split()[-1].capitalize() + "."
        parts.append(sentence)
        if rng.below(12) == 0:
            parts.append("\n\n")
    return " ".join(parts)


def split_sentences(text):
    sentence = []
    for ch in text:
        sentence.append(ch)
        if ch in ".!?;":
            s = "".join(sentence).strip()
            if s:
                yield s
            sentence = []
    rest = "".join(sentence).strip()
    if rest:
        yield rest


def tokenize(sentence):
    for raw in sentence.split():
        word = raw.strip('.,;:!?"\'()').lower()
        if word:
            yield word


def ngrams(tokens, n):
    return zip(*(tokens[i:] for i in range(n)))


class Stats:
    def __init__(self):
        self.words = Counter()
        self.bigrams = defaultdict(Counter)
        self.trigrams = Counter()
        self.lengths = Counter()
        self.first_words = Counter()
        self.sentences = 0
        self.chars = 0

    def feed(self, sentence):
        tokens = list(tokenize(sentence))
        if not tokens:
            return
        self.sentences += 1
        self.chars += len(sentence)
        self.words.update(tokens)
        self.lengths[len(tokens)] += 1
        self.first_words[tokens[0]] += 1
        for a, b in ngrams(tokens, 2):
            self.bigrams[a][b] += 1
        self.trigrams.update(" ".join(t) for t in ngrams(tokens, 3))

    def top_content_words(self, k):
        content = Counter({w: c for w, c in self.words.items() if w not in STOP})
        return sorted(content.items(), key=lambda wc: (-wc[1], wc[0]))[:k]

    def predict(self, word, k=3):
        followers = self.bigrams.get(word)
        if not followers:
            return []
        return [w for w, _ in sorted(followers.items(), key=lambda wc: (-wc[1], wc[0]))[:k]]


def report(stats, paragraphs):
    total = sum(stats.words.values())
    lines = ["=" * 44, f"{'sentences':<20}{stats.sentences:>24,}", f"{'tokens':<20}{total:>24,}",
             f"{'distinct words':<20}{len(stats.words):>24,}", f"{'paragraphs':<20}{paragraphs:>24,}",
             f"{'mean sentence chars':<20}{stats.chars / stats.sentences:>24.3f}", "=" * 44]
    lines.append("top content words:")
    for rank, (word, count) in enumerate(stats.top_content_words(10), 1):
        bar = "#" * (count * 30 // max(1, stats.top_content_words(1)[0][1]))
        lines.append(f"{rank:>3}. {word:<12}{count:>7} {100 * count / total:6.2f}% {bar}")
    lines.append("sentence length histogram:")
    for length in sorted(stats.lengths):
        lines.append(f"  {length:>2} words: {stats.lengths[length]:>6}")
    lines.append("most common trigrams:")
    for tri, count in sorted(stats.trigrams.items(), key=lambda tc: (-tc[1], tc[0]))[:5]:
        lines.append(f"  {tri!r:<28} {count}")
    lines.append("sentence openers: " + ", ".join(f"{w}={c}" for w, c in stats.first_words.most_common(4)))
    chain = ["alice"]
    for _ in range(8):
        nxt = stats.predict(chain[-1], 1)
        if not nxt:
            break
        chain.append(nxt[0])
    lines.append("greedy chain: " + " ".join(chain))
    for w in ("the", "likes", "dog"):
        lines.append(f"after {w!r}: {stats.predict(w)}")
    return "\n".join(lines)


def main():
    sentences = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rng = Rng(7)
    text = generate(rng, sentences)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    stats = Stats()
    for para in paragraphs:
        for sentence in split_sentences(para):
            stats.feed(sentence)
    print(report(stats, len(paragraphs)))
    longest = max(stats.words, key=lambda w: (len(w), w))
    print("longest word:", longest, "| text chars:", len(text), "| lines:", text.count("\n"))
    caps = sum(1 for w in text.split() if w[:1].isupper())
    print("capitalized tokens:", caps, "| vowels:", sum(text.count(v) for v in "aeiou"))


main()

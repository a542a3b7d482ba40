# A JSON serializer and recursive-descent parser written in Python: generated
# nested documents (dicts, lists, strings with escapes and non-ASCII text,
# ints including big ones, floats, booleans, null) are dumped, parsed back
# and compared; prints sizes, checksums and a few sample encodings.
# quick: 5
import sys

DEFAULT = 12


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at offset {pos}")
        self.pos = pos


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class Encoder:
    def __init__(self, indent=None, ensure_ascii=True, sort_keys=False):
        self.indent = indent
        self.ensure_ascii = ensure_ascii
        self.sort_keys = sort_keys

    def encode_str(self, s):
        out = ['"']
        for ch in s:
            esc = ESCAPES.get(ch)
            if esc is not None:
                out.append(esc)
            elif ch < " ":
                out.append("\\u%04x" % ord(ch))
            elif ord(ch) > 126 and self.ensure_ascii:
                code = ord(ch)
                if code > 0xFFFF:
                    code -= 0x10000
                    out.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
                else:
                    out.append("\\u%04x" % code)
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)

    def encode(self, value, level=0):
        if value is None:
            return "null"
        if value is True:
            return "true"
        if value is False:
            return "false"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            if value != value or value in (float("inf"), float("-inf")):
                raise ValueError("out of range float")
            return repr(value)
        if isinstance(value, str):
            return self.encode_str(value)
        if self.indent is None:
            sep, inner, outer, colon = ",", "", "", ":"
        else:
            sep = ","
            inner = "\n" + " " * (self.indent * (level + 1))
            outer = "\n" + " " * (self.indent * level)
            colon = ": "
        if isinstance(value, (list, tuple)):
            if not value:
                return "[]"
            items = [inner + self.encode(v, level + 1) for v in value]
            return "[" + sep.join(items) + outer + "]"
        if isinstance(value, dict):
            if not value:
                return "{}"
            keys = sorted(value) if self.sort_keys else list(value)
            items = [inner + self.encode_str(k) + colon + self.encode(value[k], level + 1) for k in keys]
            return "{" + sep.join(items) + outer + "}"
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


class Parser:
    WHITESPACE = " \t\n\r"

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def parse(self):
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            raise ParseError("extra data", self.pos)
        return value

    def skip(self):
        text, pos = self.text, self.pos
        while pos < len(text) and text[pos] in self.WHITESPACE:
            pos += 1
        self.pos = pos

    def peek(self):
        self.skip()
        if self.pos >= len(self.text):
            raise ParseError("unexpected end", self.pos)
        return self.text[self.pos]

    def expect(self, ch):
        if self.peek() != ch:
            raise ParseError(f"expected {ch!r}", self.pos)
        self.pos += 1

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        raise ParseError(f"unexpected {ch!r}", self.pos)

    def obj(self):
        self.expect("{")
        result = {}
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            if self.peek() != '"':
                raise ParseError("expected key", self.pos)
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            ch = self.peek()
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ParseError("expected ',' or '}'", self.pos - 1)

    def array(self):
        self.expect("[")
        result = []
        if self.peek() == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            ch = self.peek()
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise ParseError("expected ',' or ']'", self.pos - 1)

    def number(self):
        text, start = self.text, self.pos
        pos = start
        if text[pos] == "-":
            pos += 1
        while pos < len(text) and text[pos].isdigit():
            pos += 1
        is_float = False
        if pos < len(text) and text[pos] == ".":
            is_float = True
            pos += 1
            while pos < len(text) and text[pos].isdigit():
                pos += 1
        if pos < len(text) and text[pos] in "eE":
            is_float = True
            pos += 1
            if text[pos] in "+-":
                pos += 1
            while pos < len(text) and text[pos].isdigit():
                pos += 1
        self.pos = pos
        literal = text[start:pos]
        return float(literal) if is_float else int(literal)

    def string(self):
        self.pos += 1
        text = self.text
        chunks = []
        while True:
            end = self.pos
            while text[end] != '"' and text[end] != "\\":
                end += 1
            chunks.append(text[self.pos:end])
            if text[end] == '"':
                self.pos = end + 1
                return "".join(chunks)
            esc = text[end + 1]
            if esc == "u":
                code = int(text[end + 2:end + 6], 16)
                self.pos = end + 6
                if 0xD800 <= code < 0xDC00 and text.startswith("\\u", self.pos):
                    low = int(text[self.pos + 2:self.pos + 6], 16)
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    self.pos += 6
                chunks.append(chr(code))
            else:
                if esc not in UNESCAPES:
                    raise ParseError(f"bad escape {esc!r}", end)
                chunks.append(UNESCAPES[esc])
                self.pos = end + 2


def dumps(value, **kw):
    return Encoder(**kw).encode(value)


def loads(text):
    return Parser(text).parse()


class Gen:
    WORDS = ["alpha", "beta", "gamma", "delta", "key", "value", "name", "id", "caf\u00e9",
             "na\u00efve", "\u65e5\u672c", "emoji\U0001F600", "tab\there", "quote\"d", "back\\slash",
             "line\nbreak", "ctrl\x01", ""]

    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n

    def scalar(self):
        kind = self.next(8)
        if kind == 0:
            return None
        if kind == 1:
            return self.next(2) == 1
        if kind == 2:
            return self.next(2000) - 1000
        if kind == 3:
            return (self.next(1 << 30) + 1) ** 3 * (-1 if self.next(2) else 1)
        if kind == 4:
            return (self.next(2000000) - 1000000) / (self.next(999) + 1)
        if kind == 5:
            return self.next(1000) * 10.0 ** (self.next(40) - 20)
        return " ".join(self.WORDS[self.next(len(self.WORDS))] for _ in range(self.next(4)))

    def value(self, depth):
        kind = self.next(10)
        if depth <= 0 or kind < 4:
            return self.scalar()
        if kind < 7:
            return [self.value(depth - 1) for _ in range(self.next(6))]
        d = {}
        for i in range(self.next(6)):
            d[self.WORDS[self.next(len(self.WORDS))] + str(i)] = self.value(depth - 1)
        return d


def checksum(text):
    h = 0
    for i, ch in enumerate(text):
        h = (h * 33 + ord(ch) + i) % 4294967291
    return h


def count_nodes(v):
    if isinstance(v, dict):
        return 1 + sum(count_nodes(x) for x in v.values())
    if isinstance(v, list):
        return 1 + sum(count_nodes(x) for x in v)
    return 1


def main():
    docs = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    gen = Gen(2024)
    total_chars = total_nodes = 0
    digest = 0
    for k in range(docs):
        doc = {"id": k, "tags": [gen.scalar() for _ in range(3)], "body": gen.value(5)}
        compact = dumps(doc)
        pretty = dumps(doc, indent=2, sort_keys=True)
        raw = dumps(doc, ensure_ascii=False)
        for text in (compact, pretty, raw):
            back = loads(text)
            assert back == doc, (k, text)
        assert dumps(loads(pretty), indent=2, sort_keys=True) == pretty
        total_chars += len(compact) + len(pretty) + len(raw)
        total_nodes += count_nodes(doc)
        digest = (digest * 7 + checksum(compact) + checksum(raw)) % 4294967291
        if k < 3:
            print(f"doc {k}: {len(compact)} chars compact, {len(pretty)} pretty, {count_nodes(doc)} nodes")
            print("  ", compact[:150])
    sample = {"text": "caf\u00e9 \U0001F600\n", "n": [1, -2.5, 1e-07, 3e+20, 10 ** 20], "ok": [True, False, None], "e": {}}
    print(dumps(sample))
    print(dumps(sample, indent=2, ensure_ascii=False))
    for bad in ['{"a" 1}', "[1, 2", '"\\q"', "tru", "[1] x"]:
        try:
            loads(bad)
        except (ParseError, IndexError) as exc:
            print(f"{bad!r}: {type(exc).__name__}: {exc}")
    print(f"{docs} documents, {total_nodes} nodes, {total_chars} chars, digest {digest}")


main()

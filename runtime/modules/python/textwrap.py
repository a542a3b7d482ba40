"""Text wrapping and filling (wrap, fill, shorten, TextWrapper), dedent and indent."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_letter(c):
    return c.isalpha() or c == "_"


def _is_word_char(c):
    return c.isalnum() or c == "_"


def _is_word_end(c):
    """A character after which a run of dashes counts as an em-dash."""
    return _is_word_char(c) or c in "!\"'&.,?"


def _dash_run(word, i):
    """The number of '-' characters starting at word[i]."""
    j = i
    while j < len(word) and word[j] == "-":
        j += 1
    return j - i


def _em_dash_at(word, i):
    """Whether word[i:] starts with two or more dashes between word characters."""
    if i == 0 or not _is_word_end(word[i - 1]):
        return False
    n = _dash_run(word, i)
    return n >= 2 and i + n < len(word) and _is_word_char(word[i + n])


def _hyphen_breaks_at(word, i):
    """Whether a line may break after the hyphen word[i], as in 'long-term' or 'a-b-c'."""
    before = ((i >= 2 and _is_letter(word[i - 2]) and _is_letter(word[i - 1]))
              or (i >= 3 and _is_letter(word[i - 3]) and word[i - 2] == "-"
                  and _is_letter(word[i - 1])))
    if not before or i + 2 >= len(word) or not _is_letter(word[i + 1]):
        return False
    return _is_letter(word[i + 2]) or (word[i + 2] == "-" and i + 3 < len(word)
                                        and _is_letter(word[i + 3]))


def _split_word(word):
    """Cut a run of non-whitespace after its hyphens and around its em-dashes."""
    pieces = []
    start = 0
    while start < len(word):
        if _em_dash_at(word, start):
            end = start + _dash_run(word, start)
        else:
            end = start + 1
            while end < len(word):
                if word[end] == "-" and _hyphen_breaks_at(word, end):
                    end += 1
                    break
                if _em_dash_at(word, end):
                    break
                end += 1
        pieces.append(word[start:end])
        start = end
    return pieces


def _runs(text):
    """Split text into alternating runs of whitespace and of other characters."""
    runs = []
    start = 0
    while start < len(text):
        space = text[start] in _whitespace
        end = start + 1
        while end < len(text) and (text[end] in _whitespace) == space:
            end += 1
        runs.append(text[start:end])
        start = end
    return runs


def _ends_sentence(chunk):
    """A lowercase letter, then . ! or ?, then maybe a quote, at the end of chunk."""
    if chunk.endswith(('"', "'")):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z")


class TextWrapper:
    """Wraps paragraphs to lines of at most width characters; see wrap() and fill()."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in "\t\n\x0b\x0c\r":
                text = text.replace(c, " ")
        return text

    def _split(self, text):
        chunks = []
        for run in _runs(text):
            if run[0] in _whitespace or not self.break_on_hyphens:
                chunks.append(run)
            else:
                chunks.extend(_split_word(run))
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, stack, cur_line, cur_len, width):
        """Put (part of) the too-long chunk on top of stack into cur_line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = stack[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            stack[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(stack.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        stack = chunks[::-1]        # the next chunk is on top
        while stack:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and not stack[-1].strip():
                stack.pop()
            cur_line = []
            cur_len = 0
            while stack and cur_len + len(stack[-1]) <= width:
                cur_len += len(stack[-1])
                cur_line.append(stack.pop())
            if stack and len(stack[-1]) > width:
                self._handle_long_word(stack, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and not cur_line[-1].strip():
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            if not cur_line:
                continue
            rest_is_blank = not stack or (self.drop_whitespace and len(stack) == 1
                                          and not stack[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and cur_len <= width)):
                lines.append(indent + "".join(cur_line))
                continue
            # The last allowed line: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    lines.append(indent + "".join(cur_line) + self.placeholder)
                    return lines
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(self.placeholder) <= self.width:
                    lines[-1] = prev + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def wrap(self, text):
        """The lines of the wrapped text, without newlines."""
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph and join the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to width, ending with a placeholder."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(" ".join(text.strip().split()))


def _indent_of(line):
    i = 0
    while i < len(line) and line[i] in " \t":
        i += 1
    return line[:i]


def dedent(text):
    """Remove the whitespace that every non-blank line starts with."""
    lines = text.split("\n")
    margin = None
    for i, line in enumerate(lines):
        indent = _indent_of(line)
        if len(indent) == len(line):
            lines[i] = ""               # blank lines (spaces and tabs only) are emptied
            continue
        if margin is None or margin.startswith(indent):
            margin = indent
        elif not indent.startswith(margin):
            common = 0
            while margin[common] == indent[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines for which predicate(line) is true (default: non-blank lines)."""
    if predicate is None:
        predicate = str.strip
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))

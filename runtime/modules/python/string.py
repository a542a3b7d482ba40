"""String constants, capwords, and $-substitution Templates."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words (by sep), capitalize each, and join them with sep (or a space)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


_id_start = frozenset("_" + ascii_letters)
_id_char = frozenset("_" + ascii_letters + digits)


def _identifier_end(text, start):
    """The end of the ASCII identifier starting at text[start] (start itself if none)."""
    if start >= len(text) or text[start] not in _id_start:
        return start
    end = start + 1
    while end < len(text) and text[end] in _id_char:
        end += 1
    return end


class Template:
    """A string with $name / ${name} placeholders ($$ is a literal $)."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Yield (literal text, name or None, placeholder text, invalid position or None)."""
        text = self.template
        delim = self.delimiter
        i = 0
        while True:
            j = text.find(delim, i)
            if j < 0:
                yield text[i:], None, "", None
                return
            k = j + len(delim)
            if text.startswith(delim, k):
                yield text[i:j] + delim, None, "", None
                i = k + len(delim)
                continue
            if text.startswith("{", k):
                end = _identifier_end(text, k + 1)
                if end > k + 1 and text.startswith("}", end):
                    yield text[i:j], text[k + 1:end], text[j:end + 1], None
                    i = end + 1
                    continue
            else:
                end = _identifier_end(text, k)
                if end > k:
                    yield text[i:j], text[k:end], text[j:end], None
                    i = end
                    continue
            yield text[i:j], None, delim, k
            i = k

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            lineno, colno = 1, 1
        else:
            lineno = len(lines)
            colno = pos - len("".join(lines[:-1]))
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _lookup(self, mapping, kws):
        """name -> value: the keyword arguments first, then the mapping."""
        def lookup(name):
            if name in kws or mapping is None:
                return kws[name]
            return mapping[name]
        return lookup

    def substitute(self, mapping=None, /, **kws):
        """The template with every placeholder replaced; KeyError if one has no value."""
        lookup = self._lookup(mapping, kws)
        out = []
        for literal, name, _, invalid in self._placeholders():
            out.append(literal)
            if invalid is not None:
                self._invalid(invalid)
            if name is not None:
                out.append("%s" % (lookup(name),))
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute, but placeholders without a value (or invalid ones) stay as they are."""
        lookup = self._lookup(mapping, kws)
        out = []
        for literal, name, placeholder, invalid in self._placeholders():
            out.append(literal)
            if invalid is not None:
                out.append(placeholder)
            elif name is not None:
                try:
                    out.append("%s" % (lookup(name),))
                except KeyError:
                    out.append(placeholder)
        return "".join(out)

    def is_valid(self):
        """False if the template has an invalid placeholder."""
        return all(invalid is None for _, _, _, invalid in self._placeholders())

    def get_identifiers(self):
        """The placeholder names, in order of first appearance."""
        names = []
        for _, name, _, _ in self._placeholders():
            if name is not None and name not in names:
                names.append(name)
        return names

"""In-memory text streams: StringIO (files and bytes are not available here)."""

__all__ = ["StringIO", "TextIOBase", "IOBase", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """Base of the stream classes: context manager and line iteration."""

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False


class TextIOBase(IOBase):
    pass


class StringIO(TextIOBase):
    """A text stream kept in memory: write to it, seek, read back, getvalue()."""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._newline = newline
        self.closed = False
        # The text is the concatenation of _chunks; writes at the end just append a chunk.
        self._chunks = []
        self._length = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _text(self):
        if len(self._chunks) > 1:
            self._chunks = ["".join(self._chunks)]
        return self._chunks[0] if self._chunks else ""

    def getvalue(self):
        """The whole text, wherever the position is."""
        self._check_open()
        return self._text()

    def write(self, s):
        """Write s at the current position; return its length."""
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline not in ("", "\n"):
            s = s.replace("\n", self._newline)
        if not s:
            return n
        if self._pos == self._length:
            self._chunks.append(s)
        else:
            text = self._text()
            if self._pos > self._length:
                text += "\0" * (self._pos - self._length)
            text = text[:self._pos] + s + text[self._pos + len(s):]
            self._chunks = [text]
        self._pos += len(s)
        self._length = max(self._length, self._pos)
        return n

    def read(self, size=-1):
        """Up to size characters from the position (all the rest if size is negative)."""
        self._check_open()
        text = self._text()
        start = min(self._pos, self._length)
        end = self._length if size is None or size < 0 else min(start + size, self._length)
        self._pos = max(self._pos, end)
        return text[start:end]

    def readline(self, size=-1):
        """The next line (with its newline), or '' at the end."""
        self._check_open()
        text = self._text()
        start = min(self._pos, self._length)
        end = text.find("\n", start)
        end = self._length if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return text[start:end]

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        """Move to pos (whence 0), or to the current position / the end (whence 1/2, pos 0)."""
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._length
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        """Cut the text to size characters (default: the position); the position stays."""
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._length:
            self._chunks = [self._text()[:size]]
            self._length = size
        return size

    def close(self):
        self.closed = True
        self._chunks = []

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

"""In-memory streams: StringIO for text, BytesIO for bytes (files are not available here)."""

__all__ = ["StringIO", "BytesIO", "TextIOBase", "BufferedIOBase", "IOBase",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END"]

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


class BufferedIOBase(IOBase):
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


def _index(v):
    """`operator.index(v)` (seek positions and sizes)."""
    if isinstance(v, int):
        return int(v)
    method = getattr(type(v), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return method(v)


def _size(size):
    """A read size: None or negative means everything."""
    if size is None:
        return -1
    return _index(size)


class BytesIO(BufferedIOBase):
    """A binary stream kept in memory: write bytes, seek, read back, getvalue()."""

    def __init__(self, initial_bytes=None):
        self.closed = False
        self._buf = bytearray()
        self._pos = 0
        if initial_bytes is not None:
            self._buf += _bytes_like(initial_bytes)

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        """The whole buffer, wherever the position is."""
        self._check_open()
        return bytes(self._buf)

    def write(self, b):
        """Write b at the position (zero-filling any gap); return the number of bytes."""
        self._check_open()
        data = _bytes_like(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf += bytes(pos - len(self._buf))
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        """Up to size bytes from the position (all the rest if size is None or negative)."""
        self._check_open()
        size = _size(size)
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size < 0 else min(start + size, len(self._buf))
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        self._check_open()
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        """The next line (with its newline), or b'' at the end."""
        self._check_open()
        size = _size(size)
        start = min(self._pos, len(self._buf))
        end = self._buf.find(b"\n", start)
        end = len(self._buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        """Move to pos from the start (0), the position (1) or the end (2)."""
        self._check_open()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        """Cut the buffer to size bytes (default: the position); the position stays."""
        self._check_open()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def close(self):
        self.closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True



def _bytes_like(b):
    """The bytes of a bytes-like object, or CPython's TypeError."""
    if isinstance(b, (bytes, bytearray)):
        return b
    if getattr(type(b), "__buffer__", None) is not None:
        return b.__buffer__(0)
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)

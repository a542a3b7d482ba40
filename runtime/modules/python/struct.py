"""Converting between Python values and C structs packed as bytes.

The functions and `error` come from the built-in `_struct` module; `Struct` (a compiled
format) is a thin class over them.
"""

__all__ = [
    "calcsize", "pack", "pack_into", "unpack", "unpack_from",
    "iter_unpack", "Struct", "error",
]

from _struct import calcsize, pack, pack_into, unpack, unpack_from, iter_unpack, error


class Struct:
    """A format compiled once: pack/unpack without repeating it."""

    def __init__(self, format):
        self.size = calcsize(format)
        if isinstance(format, bytes):
            format = format.decode("latin-1")
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def __repr__(self):
        return "Struct(%r)" % (self.format,)

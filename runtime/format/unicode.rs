//! The two Unicode facts number parsing needs, as CPython 3.11 (Unicode 14.0) sees them.

/// The code point of the digit zero of every Unicode decimal-digit run (category Nd). Each run
/// is ten consecutive code points, zero to nine. Generated from `unicodedata.decimal` under
/// CPython 3.11 (see `gen_cases.py`).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a Unicode decimal digit (`'7'`, `'٧'`, `'７'` are all 7), as CPython's
/// `Py_UNICODE_TODECIMAL`; None for anything else.
pub fn decimal_value(c: char) -> Option<u32> {
    let code = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    // The table is sorted: the run holding `code`, if any, starts at the last zero <= code.
    let idx = DECIMAL_ZEROS.partition_point(|&zero| zero <= code);
    if idx == 0 {
        return None;
    }
    let offset = code - DECIMAL_ZEROS[idx - 1];
    (offset < 10).then_some(offset)
}

/// `str.isspace()` for one character: ASCII `\t\n\v\f\r`, the separators `\x1c`-`\x1f`, space,
/// and Unicode's White_Space characters.
pub fn is_python_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII` step of `int()`/`float()`: Unicode
/// digits become ASCII digits and Unicode spaces become ' '. Other non-ASCII characters become
/// '?', which no number syntax accepts.
pub(crate) fn to_ascii_number_text(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if let Some(d) = decimal_value(c) {
                char::from(b'0' + d as u8)
            } else if is_python_space(c) {
                ' '
            } else {
                '?'
            }
        })
        .collect()
}

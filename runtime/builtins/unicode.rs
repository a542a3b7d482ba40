//! The Unicode facts behind the `str` predicates (`isalpha`, `isdigit`, `isprintable`, …) and
//! case mappings (`title`, `casefold`, the final-sigma rule), as CPython 3.11 sees them.
//!
//! Rust's `char` methods give the derived properties (Alphabetic, Lowercase, Uppercase,
//! White_Space, Numeric) and the full upper/lower mappings of SpecialCasing; this file adds
//! what Python defines differently (isalpha is the letter categories only), what Rust lacks
//! (titlecase, case folding) and small tables for the common characters of the categories
//! Python tests (digits, format characters, connector punctuation). ASCII is always exact;
//! rare characters outside the tables may be classified approximately.

use crate::runtime::format::{decimal_value, is_python_space};

/// Titlecase letters (category Lt).
pub fn is_titlecase(c: char) -> bool {
    matches!(c as u32,
        0x01C5 | 0x01C8 | 0x01CB | 0x01F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF
        | 0x1FBC | 0x1FCC | 0x1FFC)
}

pub fn is_lower(c: char) -> bool {
    c.is_lowercase()
}

pub fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

/// Cased: has the Lowercase or Uppercase property, or is titlecase.
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Letter-number and symbol characters that Rust counts as Alphabetic but that are not in the
/// letter categories Python's `isalpha` uses.
fn is_alphabetic_non_letter(c: char) -> bool {
    matches!(c as u32,
        0x0345 | 0x16EE..=0x16F0 | 0x2160..=0x2188 | 0x24B6..=0x24E9 | 0x3007 | 0x3021..=0x3029
        | 0x3038..=0x303A | 0xA6E6..=0xA6EF | 0x10140..=0x10174 | 0x10341 | 0x1034A
        | 0x103D1..=0x103D5 | 0x12400..=0x1246E
        // Common combining vowel signs (Mn/Mc with Other_Alphabetic).
        | 0x05B0..=0x05BD | 0x05BF | 0x05C1..=0x05C2 | 0x05C4..=0x05C5 | 0x05C7
        | 0x0610..=0x061A | 0x064B..=0x0657 | 0x0659..=0x065F | 0x0670
        | 0x0900..=0x0903 | 0x093A..=0x093B | 0x093E..=0x094C | 0x094E..=0x094F | 0x0955..=0x0957
        | 0x0962..=0x0963 | 0x0981..=0x0983 | 0x09BE..=0x09C4 | 0x09C7..=0x09C8 | 0x09CB..=0x09CC
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E4D | 0x0EB1 | 0x0EB4..=0x0EB9)
}

/// `str.isalpha` for one character: categories Lu, Ll, Lt, Lm, Lo.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() && !is_alphabetic_non_letter(c)
}

pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// `str.isdigit`: decimal digits plus the other digits (superscripts, circled digits, …).
pub fn is_digit(c: char) -> bool {
    is_decimal(c)
        || matches!(c as u32,
            0x00B2 | 0x00B3 | 0x00B9 | 0x1369..=0x1371 | 0x19DA | 0x2070 | 0x2074..=0x2079
            | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24EA
            | 0x24F5..=0x24FD | 0x24FF | 0x2776..=0x277E | 0x2780..=0x2788 | 0x278A..=0x2792
            | 0x10A40..=0x10A43 | 0x10E60..=0x10E68 | 0x1F100..=0x1F10A)
}

/// `str.isnumeric`: Nd, Nl, No, and the ideographs with a numeric value.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    c.is_numeric()
        || matches!(
            c as u32,
            0x4E00
                | 0x4E8C
                | 0x4E09
                | 0x56DB
                | 0x4E94
                | 0x516D
                | 0x4E03
                | 0x516B
                | 0x4E5D
                | 0x5341
                | 0x767E
                | 0x5343
                | 0x4E07
                | 0x842C
                | 0x5104
                | 0x4EBF
                | 0x5146
                | 0x96F6
                | 0x4E24
                | 0x5EFF
                | 0x5345
                | 0x58F9
                | 0x8D30
                | 0x8CB3
                | 0x53C1
                | 0x53C3
                | 0x8086
                | 0x4F0D
                | 0x9646
                | 0x9678
                | 0x67D2
                | 0x634C
                | 0x7396
                | 0x62FE
                | 0x4F70
                | 0x4EDF
                | 0x5E7A
                | 0xF96B
                | 0xF973
                | 0xF978
                | 0xF9B2
                | 0xF9D1
                | 0xF9D3
                | 0xF9FD
                | 0x2F890
        )
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

pub fn is_space(c: char) -> bool {
    is_python_space(c)
}

/// Format characters (category Cf).
fn is_format_char(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x0600..=0x0605 | 0x061C | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2 | 0x180E
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF
        | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3
        | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F)
}

/// Private use (Co) and code points unassigned in every plane Python 3.11 knows (a subset of Cn).
fn is_private_or_unassigned(c: char) -> bool {
    matches!(c as u32,
        0xE000..=0xF8FF | 0xF0000..=0xFFFFD | 0x100000..=0x10FFFD | 0x0378..=0x0379
        | 0x0380..=0x0383 | 0x038B | 0x038D | 0x03A2 | 0xFDD0..=0xFDEF | 0xFFFE..=0xFFFF
        | 0x2FFFE..=0x2FFFF | 0x3FFFE..=0xEFFFF)
}

/// `str.isprintable` for one character: not Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (except space).
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_ascii() {
        return c.is_ascii_graphic();
    }
    !(c.is_control() || c.is_whitespace() || is_format_char(c) || is_private_or_unassigned(c))
}

/// Connector punctuation and the other non-letter identifier continuations.
fn is_extra_id_continue(c: char) -> bool {
    matches!(c as u32,
        0x00B7 | 0x0387 | 0x1369..=0x1371 | 0x19DA | 0x203F | 0x2040 | 0x2054 | 0xFE33 | 0xFE34
        | 0xFE4D..=0xFE4F | 0xFF3F | 0x0300..=0x036F | 0x0483..=0x0487 | 0x0591..=0x05BD
        | 0x0610..=0x061A | 0x064B..=0x0669 | 0x0670 | 0x0900..=0x0903 | 0x093A..=0x094F
        | 0x0E31 | 0x0E33..=0x0E3A | 0x0E47..=0x0E4E | 0x200C | 0x200D | 0x20D0..=0x20DC
        | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

/// XID_Start (approximately): letters, letter numbers, and `_`.
pub fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    // Other_ID_Start symbols are identifier starts; the katakana sound marks are not.
    match c as u32 {
        0x2118 | 0x212E | 0x1885 | 0x1886 => return true,
        0x309B | 0x309C => return false,
        _ => {}
    }
    (c.is_alphabetic() && !matches!(c as u32, 0x0345 | 0x24B6..=0x24E9 | 0x0E33))
        || matches!(c as u32, 0x2160..=0x2188 | 0x3007 | 0x3021..=0x3029)
}

/// XID_Continue (approximately).
pub fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    if c == '\u{200C}' || c == '\u{200D}' {
        return false;
    }
    is_id_start(c)
        || is_decimal(c)
        || is_extra_id_continue(c)
        || (c.is_alphabetic() && !matches!(c as u32, 0x24B6..=0x24E9))
}

pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_id_start(c) => chars.all(is_id_continue),
        _ => false,
    }
}

// ---- case mappings --------------------------------------------------------------------------

/// Append the full uppercase mapping of `c`.
pub fn push_upper(out: &mut String, c: char) {
    out.extend(c.to_uppercase());
}

/// Append the full lowercase mapping of `c` (without the final-sigma rule).
pub fn push_lower(out: &mut String, c: char) {
    out.extend(c.to_lowercase());
}

/// Append the full titlecase mapping of `c` (SpecialCasing's title column, which differs from
/// uppercase for digraphs, ligatures and Greek letters with ypogegrammeni).
pub fn push_title(out: &mut String, c: char) {
    let s: &str = match c as u32 {
        0x01C4..=0x01C6 => "\u{01C5}",
        0x01C7..=0x01C9 => "\u{01C8}",
        0x01CA..=0x01CC => "\u{01CB}",
        0x01F1..=0x01F3 => "\u{01F2}",
        0x00DF => "Ss",
        0xFB00 => "Ff",
        0xFB01 => "Fi",
        0xFB02 => "Fl",
        0xFB03 => "Ffi",
        0xFB04 => "Ffl",
        0xFB05 | 0xFB06 => "St",
        0x0587 => "\u{0535}\u{0582}",
        0xFB13 => "\u{0544}\u{0576}",
        0xFB14 => "\u{0544}\u{0565}",
        0xFB15 => "\u{0544}\u{056B}",
        0xFB16 => "\u{054E}\u{0576}",
        0xFB17 => "\u{0544}\u{056D}",
        0x1FB2 => "\u{1FBA}\u{0345}",
        0x1FB4 => "\u{0386}\u{0345}",
        0x1FC2 => "\u{1FCA}\u{0345}",
        0x1FC4 => "\u{0389}\u{0345}",
        0x1FF2 => "\u{1FFA}\u{0345}",
        0x1FF4 => "\u{038F}\u{0345}",
        0x1FB7 => "\u{0391}\u{0342}\u{0345}",
        0x1FC7 => "\u{0397}\u{0342}\u{0345}",
        0x1FF7 => "\u{03A9}\u{0342}\u{0345}",
        0x1FB3 | 0x1FBC => "\u{1FBC}",
        0x1FC3 | 0x1FCC => "\u{1FCC}",
        0x1FF3 | 0x1FFC => "\u{1FFC}",
        0x1F80..=0x1FAF => {
            // Each block of eight lowercase letters with ypogegrammeni titlecases to the
            // following block of eight.
            let code = c as u32;
            let titled = if code & 0x8 == 0 { code + 8 } else { code };
            out.push(char::from_u32(titled).unwrap_or(c));
            return;
        }
        // Georgian Mkhedruli letters have uppercase forms but are their own titlecase.
        0x10D0..=0x10FA | 0x10FD..=0x10FF => {
            out.push(c);
            return;
        }
        _ => {
            push_upper(out, c);
            return;
        }
    };
    out.push_str(s);
}

/// Append the full case folding of `c` (`str.casefold`).
pub fn push_fold(out: &mut String, c: char) {
    match c as u32 {
        0x1E9E => out.push_str("ss"),
        // Dotless i has no folding.
        0x0131 => out.push(c),
        // Cherokee folds to its uppercase letters.
        0xAB70..=0xABBF => out.push(char::from_u32(c as u32 - 0xAB70 + 0x13A0).unwrap_or(c)),
        0x13F8..=0x13FD => out.push(char::from_u32(c as u32 - 8).unwrap_or(c)),
        0x13A0..=0x13F5 => out.push(c),
        _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        _ => {
            // Folding is lowercase of the full uppercase for everything else (ß → SS → ss,
            // ς → Σ → σ, ﬁ → FI → fi, ᾳ → ΑΙ → αι).
            for u in c.to_uppercase() {
                out.extend(u.to_lowercase());
            }
        }
    }
}

/// The lowercase forms CPython gives each capital sigma of `chars` under the final-sigma rule
/// (σ, or ς at the end of a word), by position. Rust's `str::to_lowercase` implements the same
/// rule; every other character's lowercase has a context-free length, which locates them.
pub fn sigma_forms(s: &str) -> Vec<Option<char>> {
    if !s.contains('\u{03A3}') {
        return vec![None; s.chars().count()];
    }
    let lowered: Vec<char> = s.to_lowercase().chars().collect();
    let mut pos = 0;
    s.chars()
        .map(|c| {
            let form = if c == '\u{03A3}' {
                lowered.get(pos).copied()
            } else {
                None
            };
            pos += c.to_lowercase().count();
            form
        })
        .collect()
}

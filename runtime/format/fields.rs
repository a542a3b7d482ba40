//! `str.format` templates: literal text and `{field!conversion:spec}` replacement fields, as
//! CPython's `Objects/stringlib/unicode_format.h` reads them.
//!
//! CPython parses lazily while it renders, so an error in the template surfaces only after the
//! fields before it were looked up (and may have raised something else first). To keep that
//! order, a template error is not returned up front: it becomes a [`FormatPiece::Error`] at the
//! place it was found (and parsing stops there), and errors in a field's `.attr[key]` chain
//! are the last entry of [`FieldName::accessors`]. The VM renders pieces in order and raises
//! ValueError with the message when it reaches an error.

use super::unicode::decimal_value;

/// CPython allows a spec to hold fields, whose specs may not hold fields again (PEP 3101).
const MAX_DEPTH: u32 = 2;

/// One piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatPiece {
    /// Text to copy (escaped `{{`/`}}` already reduced to one brace).
    Literal(String),
    /// A replacement field.
    Field(ReplacementField),
    /// Raise ValueError with this message when rendering gets here.
    Error(String),
}

/// `{name!conversion:spec}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplacementField {
    pub name: FieldName,
    /// The character after `!`, if any; check it with [`Conversion::from_char`] after looking
    /// the field's object up (CPython reports a bad one only then).
    pub conversion: Option<char>,
    /// The format spec after `:`; empty if none.
    pub spec: SpecText,
}

/// A field's format spec: plain text, or a template whose own fields are rendered first
/// (after the field's object has been looked up and converted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpecText {
    Plain(String),
    Nested(Vec<FormatPiece>),
}

/// The `!r`, `!s`, `!a` conversions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    Str,
    Repr,
    Ascii,
}

impl Conversion {
    /// The conversion for a `!` character, or CPython's ValueError message for an unknown one.
    pub fn from_char(c: char) -> Result<Conversion, String> {
        match c {
            's' => Ok(Conversion::Str),
            'r' => Ok(Conversion::Repr),
            'a' => Ok(Conversion::Ascii),
            c if (c as u32) > 32 && (c as u32) < 127 => {
                Err(format!("Unknown conversion specifier {}", c))
            }
            c => Err(format!("Unknown conversion specifier \\x{:x}", c as u32)),
        }
    }
}

/// The part of a field name before any `.` or `[`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKey {
    /// Empty: the next positional argument (automatic numbering).
    Auto,
    /// All decimal digits: that positional argument.
    Index(usize),
    /// Anything else: that keyword argument.
    Name(String),
}

/// One `.attr` or `[key]` step after the first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accessor {
    /// `.name`: getattr.
    Attr(String),
    /// `[digits]`: getitem with an int.
    Index(usize),
    /// `[text]`: getitem with a str.
    Key(String),
}

/// A parsed field name: `key` then the accessors, applied in order. An `Err` (always the last
/// entry) is a ValueError to raise once the accessors before it have been applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldName {
    pub key: FieldKey,
    pub accessors: Vec<Result<Accessor, String>>,
}

/// Tracks automatic (`{}`) versus manual (`{0}`) numbering across one `str.format` call,
/// nested specs included.
#[derive(Debug, Clone, Default)]
pub struct AutoNumbering {
    state: Option<bool>, // None: not decided yet; Some(true): automatic; Some(false): manual
    next: usize,
}

impl AutoNumbering {
    pub fn new() -> Self {
        Self::default()
    }

    /// The positional index a field refers to (None for a keyword field), checking that
    /// automatic and manual numbering are not mixed. Call it once per field, in render order.
    pub fn index(&mut self, key: &FieldKey) -> Result<Option<usize>, String> {
        let automatic = match key {
            FieldKey::Name(_) => return Ok(None),
            FieldKey::Auto => true,
            FieldKey::Index(_) => false,
        };
        match self.state {
            None => self.state = Some(automatic),
            Some(true) if !automatic => {
                return Err(
                    "cannot switch from automatic field numbering to manual field \
                            specification"
                        .to_string(),
                )
            }
            Some(false) if automatic => {
                return Err(
                    "cannot switch from manual field specification to automatic field \
                            numbering"
                        .to_string(),
                )
            }
            Some(_) => {}
        }
        Ok(Some(match key {
            FieldKey::Index(i) => *i,
            _ => {
                self.next += 1;
                self.next - 1
            }
        }))
    }
}

/// Split a `str.format` template into pieces. Never fails: see the module comment for errors.
pub fn parse_format_string(template: &str) -> Vec<FormatPiece> {
    let chars: Vec<char> = template.chars().collect();
    parse_level(&chars, MAX_DEPTH)
}

fn parse_level(s: &[char], depth: u32) -> Vec<FormatPiece> {
    if depth == 0 {
        return vec![FormatPiece::Error(
            "Max string recursion exceeded".to_string(),
        )];
    }
    let mut pieces = Vec::new();
    let mut pos = 0;
    while pos < s.len() {
        // Literal text up to the first brace.
        let start = pos;
        let mut brace = None;
        while pos < s.len() {
            let c = s[pos];
            pos += 1;
            if c == '{' || c == '}' {
                brace = Some(c);
                break;
            }
        }
        let mut literal_end = pos;
        let mut field_follows = false;
        if let Some(b) = brace {
            let at_end = pos >= s.len();
            if b == '}' && (at_end || s[pos] != '}') {
                pieces.push(error("Single '}' encountered in format string"));
                return pieces;
            }
            if b == '{' && at_end {
                pieces.push(error("Single '{' encountered in format string"));
                return pieces;
            }
            if s[pos] == b {
                // A doubled brace: keep one as text.
                pos += 1;
            } else {
                literal_end -= 1;
                field_follows = true;
            }
        }
        if literal_end > start {
            pieces.push(FormatPiece::Literal(s[start..literal_end].iter().collect()));
        }
        if field_follows {
            match parse_field(s, &mut pos, depth) {
                Ok(piece) => pieces.push(piece),
                Err(message) => {
                    pieces.push(FormatPiece::Error(message));
                    return pieces;
                }
            }
        }
    }
    pieces
}

fn error(message: &str) -> FormatPiece {
    FormatPiece::Error(message.to_string())
}

/// Parse a field starting just after its `{`, leaving `pos` after its closing `}`.
fn parse_field(s: &[char], pos: &mut usize, depth: u32) -> Result<FormatPiece, String> {
    let name_start = *pos;
    let mut last = '\0';
    while *pos < s.len() {
        last = s[*pos];
        *pos += 1;
        match last {
            '{' => return Err("unexpected '{' in field name".to_string()),
            // Brackets may hold any of `}:!`, so skip to the `]`.
            '[' => {
                while *pos < s.len() && s[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name_text = &s[name_start..*pos - 1];

    let mut conversion = None;
    let mut spec = SpecText::Plain(String::new());
    match last {
        '}' => {}
        '!' | ':' => {
            if last == '!' {
                let Some(&c) = s.get(*pos) else {
                    return Err("end of string while looking for conversion specifier".into());
                };
                conversion = Some(c);
                *pos += 1;
                if let Some(&next) = s.get(*pos) {
                    *pos += 1;
                    if next == '}' {
                        return Ok(field_piece(name_text, conversion, spec));
                    }
                    if next != ':' {
                        return Err("expected ':' after conversion specifier".into());
                    }
                }
            }
            spec = parse_spec(s, pos, depth)?;
        }
        _ => return Err("expected '}' before end of string".into()),
    }
    Ok(field_piece(name_text, conversion, spec))
}

/// Read a spec up to the `}` that balances the field's `{`.
fn parse_spec(s: &[char], pos: &mut usize, depth: u32) -> Result<SpecText, String> {
    let start = *pos;
    let mut open = 1;
    let mut nested = false;
    while *pos < s.len() {
        let c = s[*pos];
        *pos += 1;
        if c == '{' {
            nested = true;
            open += 1;
        } else if c == '}' {
            open -= 1;
            if open == 0 {
                let text = &s[start..*pos - 1];
                return Ok(if nested {
                    SpecText::Nested(parse_level(text, depth - 1))
                } else {
                    SpecText::Plain(text.iter().collect())
                });
            }
        }
    }
    Err("unmatched '{' in format spec".into())
}

fn field_piece(name: &[char], conversion: Option<char>, spec: SpecText) -> FormatPiece {
    match parse_field_name(name) {
        Ok(name) => FormatPiece::Field(ReplacementField {
            name,
            conversion,
            spec,
        }),
        Err(message) => FormatPiece::Error(message),
    }
}

/// A run of decimal digits as an index: None if `text` is empty or not all digits, Err when
/// it does not fit CPython's `Py_ssize_t`.
fn parse_index(text: &[char]) -> Result<Option<usize>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    let mut value: usize = 0;
    for &c in text {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
    }
    Ok(Some(value))
}

/// Split a field name into its key and accessors (CPython's `field_name_split` and
/// `FieldNameIterator`). An Err here is raised before the field is looked up.
fn parse_field_name(name: &[char]) -> Result<FieldName, String> {
    let first_end = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let first = &name[..first_end];
    let key = match parse_index(first)? {
        Some(i) => FieldKey::Index(i),
        None if first.is_empty() => FieldKey::Auto,
        None => FieldKey::Name(first.iter().collect()),
    };
    let mut accessors = Vec::new();
    let mut pos = first_end;
    while pos < name.len() {
        let step = parse_accessor(name, &mut pos);
        let failed = step.is_err();
        accessors.push(step);
        if failed {
            break;
        }
    }
    Ok(FieldName { key, accessors })
}

fn parse_accessor(name: &[char], pos: &mut usize) -> Result<Accessor, String> {
    let opener = name[*pos];
    *pos += 1;
    let start = *pos;
    let accessor = match opener {
        '.' => {
            while *pos < name.len() && name[*pos] != '.' && name[*pos] != '[' {
                *pos += 1;
            }
            Accessor::Attr(name[start..*pos].iter().collect())
        }
        '[' => {
            while *pos < name.len() && name[*pos] != ']' {
                *pos += 1;
            }
            if *pos >= name.len() {
                return Err("Missing ']' in format string".to_string());
            }
            let inner = &name[start..*pos];
            *pos += 1;
            match parse_index(inner)? {
                Some(i) => Accessor::Index(i),
                None => Accessor::Key(inner.iter().collect()),
            }
        }
        _ => return Err("Only '.' or '[' may follow ']' in format field specifier".to_string()),
    };
    let empty = match &accessor {
        Accessor::Attr(a) | Accessor::Key(a) => a.is_empty(),
        Accessor::Index(_) => false,
    };
    if empty {
        return Err("Empty attribute in format string".to_string());
    }
    Ok(accessor)
}

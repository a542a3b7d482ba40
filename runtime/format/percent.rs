//! `printf`-style formatting, `fmt % args`, after CPython's `PyUnicode_Format`.
//!
//! The VM supplies the right operand through [`PercentArgs`]; this file owns the directive
//! parsing, the argument bookkeeping (including its quirks: a `%(key)` directive replaces the
//! arguments with the looked-up value, and a mapping operand is never "not all converted"),
//! number layout, padding and CPython's error messages.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::dtoa::{double_to_string, FloatFlags};
use super::repr::{ascii_escape, int_to_decimal};
use super::{ErrorKind, FormatError};

/// The right operand of `%`, as the VM sees it.
///
/// `Arg` is the VM's handle for a Python object (a `Value`); `Error` is a Python exception the
/// VM raised while converting one (it is passed through untouched).
pub trait PercentArgs {
    type Arg: Clone;
    type Error;

    /// The number of items if the operand is a tuple (or tuple subclass), else None.
    fn tuple_len(&self) -> Option<usize>;
    /// Item `index` of the tuple operand; only called with `index < tuple_len()`.
    fn tuple_item(&mut self, index: usize) -> Self::Arg;
    /// The operand itself (used when it is not a tuple).
    fn operand(&mut self) -> Self::Arg;
    /// Whether `%(key)s` may look keys up in the operand: CPython's `PyMapping_Check(operand)`
    /// (it has `__getitem__`: dicts, but also lists) and the operand is neither a tuple nor a str.
    fn is_mapping(&mut self) -> bool;
    /// `operand[key]` for `%(key)s`.
    fn get_item(&mut self, key: &str) -> Result<Self::Arg, Self::Error>;

    /// `type(arg).__name__`, for error messages.
    fn type_name(&mut self, arg: &Self::Arg) -> String;
    /// `str(arg)`.
    fn to_str(&mut self, arg: &Self::Arg) -> Result<String, Self::Error>;
    /// `repr(arg)` (`%a` is made from it).
    fn to_repr(&mut self, arg: &Self::Arg) -> Result<String, Self::Error>;
    /// The value if `arg` is an int instance (bool and int subclasses included, no
    /// `__index__`), else None: `*` widths and precisions accept only those.
    fn int_instance(&mut self, arg: &Self::Arg) -> Option<BigInt>;
    /// The text if `arg` is a str instance, else None (for `%c`).
    fn str_instance(&mut self, arg: &Self::Arg) -> Option<String>;
    /// `arg` as an int for `%d %i %u` (`index_only == false`: `int(arg)`, so floats truncate)
    /// and for `%o %x %X %c` (`index_only == true`: `operator.index(arg)`). Ok(None) when
    /// `arg` is not a number or the conversion raised TypeError; Err for any other exception
    /// (such as OverflowError from `int(float('inf'))`).
    fn to_int(&mut self, arg: &Self::Arg, index_only: bool) -> Result<Option<BigInt>, Self::Error>;
    /// `arg` as a float for `%e %f %g` (`__float__`, then `__index__`). Ok(None) when the type
    /// has neither; Err for exceptions such as "int too large to convert to float".
    fn to_float(&mut self, arg: &Self::Arg) -> Result<Option<f64>, Self::Error>;
}

/// Why `fmt % args` failed: a TypeError/ValueError/OverflowError of its own, or an exception
/// the VM raised while converting an argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentError<E> {
    Format(FormatError),
    Raised(E),
}

impl<E> From<FormatError> for PercentError<E> {
    fn from(error: FormatError) -> Self {
        PercentError::Format(error)
    }
}

fn type_error<E>(message: impl Into<String>) -> PercentError<E> {
    PercentError::Format(FormatError::type_error(message))
}

fn value_error<E>(message: impl Into<String>) -> PercentError<E> {
    PercentError::Format(FormatError::value(message))
}

fn overflow_error<E>(message: impl Into<String>) -> PercentError<E> {
    PercentError::Format(FormatError::overflow(message))
}

/// Where the next argument comes from (CPython's `args`/`arglen`/`argidx`).
enum Source<A> {
    /// The items of a tuple operand, `next` being the next one to use.
    Tuple { len: usize, next: usize },
    /// A single value (the non-tuple operand, or what a `%(key)` found), until it is used.
    Single { value: Option<A> },
}

struct Arguments<'a, P: PercentArgs + ?Sized> {
    args: &'a mut P,
    source: Source<P::Arg>,
    /// Whether the operand is a mapping: `%(key)` may look keys up, and unused arguments are
    /// not an error.
    mapping: bool,
}

impl<P: PercentArgs + ?Sized> Arguments<'_, P> {
    fn next(&mut self) -> Result<P::Arg, PercentError<P::Error>> {
        let found = match &mut self.source {
            Source::Tuple { len, next } if *next < *len => {
                *next += 1;
                Some(self.args.tuple_item(*next - 1))
            }
            Source::Tuple { .. } => None,
            Source::Single { value } => value.take(),
        };
        found.ok_or_else(|| type_error("not enough arguments for format string"))
    }

    fn all_used(&self) -> bool {
        match &self.source {
            Source::Tuple { len, next } => next >= len,
            Source::Single { value } => value.is_none(),
        }
    }
}

/// The flags of one directive.
#[derive(Debug, Default, Clone, Copy)]
struct Flags {
    left: bool,
    plus: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

/// Format `fmt % args` as CPython 3.11 does.
pub fn percent_format<P: PercentArgs + ?Sized>(
    fmt: &str,
    args: &mut P,
) -> Result<String, PercentError<P::Error>> {
    let source = match args.tuple_len() {
        Some(len) => Source::Tuple { len, next: 0 },
        None => Source::Single {
            value: Some(args.operand()),
        },
    };
    let mapping = args.is_mapping();
    let mut state = Arguments {
        args,
        source,
        mapping,
    };
    let s: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos = 0;
    while pos < s.len() {
        if s[pos] != '%' {
            out.push(s[pos]);
            pos += 1;
            continue;
        }
        pos += 1;
        if s.get(pos) == Some(&'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        format_directive(&s, &mut pos, &mut state, &mut out)?;
    }
    if !state.all_used() && !state.mapping {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// Read digits for a width or precision, failing with `message` past `limit`.
fn read_number<E>(
    s: &[char],
    pos: &mut usize,
    limit: u64,
    message: &str,
) -> Result<u64, PercentError<E>> {
    let mut value: u64 = 0;
    while let Some(d) = s.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(d)))
            .filter(|&v| v <= limit)
            .ok_or_else(|| value_error(message))?;
        *pos += 1;
    }
    Ok(value)
}

fn incomplete<E>() -> PercentError<E> {
    value_error("incomplete format")
}

/// Parse and format one directive; `pos` is just after its `%`.
fn format_directive<P: PercentArgs + ?Sized>(
    s: &[char],
    pos: &mut usize,
    state: &mut Arguments<P>,
    out: &mut String,
) -> Result<(), PercentError<P::Error>> {
    if s.get(*pos) == Some(&'(') {
        if !state.mapping {
            return Err(type_error("format requires a mapping"));
        }
        let key_start = *pos + 1;
        let mut depth = 1;
        let mut i = key_start;
        while i < s.len() {
            match s[i] {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            i += 1;
            if depth == 0 {
                break;
            }
        }
        if depth > 0 {
            return Err(value_error("incomplete format key"));
        }
        let key: String = s[key_start..i - 1].iter().collect();
        *pos = i;
        let value = state.args.get_item(&key).map_err(PercentError::Raised)?;
        state.source = Source::Single { value: Some(value) };
    }

    let mut flags = Flags::default();
    while let Some(&c) = s.get(*pos) {
        match c {
            '-' => flags.left = true,
            '+' => flags.plus = true,
            ' ' => flags.blank = true,
            '#' => flags.alt = true,
            '0' => flags.zero = true,
            _ => break,
        }
        *pos += 1;
    }

    let mut width: Option<usize> = None;
    if s.get(*pos) == Some(&'*') {
        *pos += 1;
        let arg = state.next()?;
        let value = state
            .args
            .int_instance(&arg)
            .ok_or_else(|| type_error("* wants int"))?;
        let value = value
            .to_i64()
            .filter(|v| v.checked_abs().is_some())
            .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))?;
        if value < 0 {
            flags.left = true;
        }
        width = Some(value.unsigned_abs() as usize);
    } else if s.get(*pos).is_some_and(char::is_ascii_digit) {
        width = Some(read_number(s, pos, isize::MAX as u64, "width too big")? as usize);
    }

    let mut precision: Option<usize> = None;
    if s.get(*pos) == Some(&'.') {
        *pos += 1;
        if s.get(*pos) == Some(&'*') {
            *pos += 1;
            let arg = state.next()?;
            let value = state
                .args
                .int_instance(&arg)
                .ok_or_else(|| type_error("* wants int"))?;
            let value = value
                .to_i32()
                .ok_or_else(|| overflow_error("Python int too large to convert to C int"))?;
            precision = Some(value.max(0) as usize);
        } else {
            precision = Some(read_number(s, pos, i32::MAX as u64, "precision too big")? as usize);
        }
    }

    if s.get(*pos).is_some_and(|c| matches!(c, 'h' | 'l' | 'L')) {
        *pos += 1;
    }
    let Some(&conversion) = s.get(*pos) else {
        return Err(incomplete());
    };
    *pos += 1;

    let arg = state.next()?;
    let directive = Directive {
        conversion,
        flags,
        width,
        precision,
    };
    let (text, numeric) = match conversion {
        's' => (
            state.args.to_str(&arg).map_err(PercentError::Raised)?,
            false,
        ),
        'r' => (
            state.args.to_repr(&arg).map_err(PercentError::Raised)?,
            false,
        ),
        'a' => {
            let repr = state.args.to_repr(&arg).map_err(PercentError::Raised)?;
            (ascii_escape(&repr), false)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (format_integer(state, &arg, &directive)?, true),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let Some(x) = state.args.to_float(&arg).map_err(PercentError::Raised)? else {
                let name = state.args.type_name(&arg);
                return Err(type_error(format!("must be real number, not {}", name)));
            };
            let float_flags = FloatFlags {
                alt: flags.alt,
                ..FloatFlags::default()
            };
            let text = double_to_string(x, conversion, precision.unwrap_or(6), float_flags);
            (text, true)
        }
        'c' => (format_char(state, &arg)?.to_string(), false),
        other => {
            let code = other as u32;
            let shown = if (31..=126).contains(&code) {
                other
            } else {
                '?'
            };
            return Err(value_error(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                shown,
                code,
                *pos - 1
            )));
        }
    };
    pad_directive(&text, numeric, &directive, out);
    Ok(())
}

struct Directive {
    conversion: char,
    flags: Flags,
    width: Option<usize>,
    precision: Option<usize>,
}

/// `%d %i %u %o %x %X`: sign, `0o`/`0x` prefix for `#`, at least `precision` digits.
fn format_integer<P: PercentArgs + ?Sized>(
    state: &mut Arguments<P>,
    arg: &P::Arg,
    directive: &Directive,
) -> Result<String, PercentError<P::Error>> {
    let conversion = directive.conversion;
    let index_only = matches!(conversion, 'o' | 'x' | 'X');
    let Some(value) = state
        .args
        .to_int(arg, index_only)
        .map_err(PercentError::Raised)?
    else {
        let name = state.args.type_name(arg);
        let wanted = if index_only {
            "an integer"
        } else {
            "a real number"
        };
        return Err(type_error(format!(
            "%{} format: {} is required, not {}",
            conversion, wanted, name
        )));
    };
    if directive.precision.unwrap_or(0) > i32::MAX as usize - 3 {
        return Err(overflow_error("precision too large"));
    }
    let (prefix, digits) = match conversion {
        'o' => ("0o", value.magnitude().to_str_radix(8)),
        'x' => ("0x", value.magnitude().to_str_radix(16)),
        'X' => (
            "0X",
            value.magnitude().to_str_radix(16).to_ascii_uppercase(),
        ),
        _ => {
            let mut text = int_to_decimal(&value)?;
            if value.sign() == Sign::Minus {
                text.remove(0);
            }
            ("", text)
        }
    };
    let mut text = String::new();
    if value.sign() == Sign::Minus {
        text.push('-');
    }
    if directive.flags.alt {
        text.push_str(prefix);
    }
    let precision = directive.precision.unwrap_or(0);
    text.extend(std::iter::repeat_n(
        '0',
        precision.saturating_sub(digits.len()),
    ));
    text.push_str(&digits);
    Ok(text)
}

/// `%c`: a one-character str, or an int code point.
fn format_char<P: PercentArgs + ?Sized>(
    state: &mut Arguments<P>,
    arg: &P::Arg,
) -> Result<char, PercentError<P::Error>> {
    let requires = || type_error("%c requires int or char");
    if let Some(text) = state.args.str_instance(arg) {
        let mut chars = text.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(requires()),
        };
    }
    let value = state
        .args
        .to_int(arg, true)
        .map_err(PercentError::Raised)?
        .ok_or_else(requires)?;
    let code = value
        .to_u32()
        .filter(|&c| c <= 0x10ffff)
        .ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?;
    // Surrogates are valid Python characters but not Rust ones; U+FFFD stands in for them.
    Ok(char::from_u32(code).unwrap_or('\u{fffd}'))
}

/// Width, precision truncation, sign and zero padding of one converted argument (CPython's
/// `unicode_format_arg_output`). `numeric` is set for the number conversions.
fn pad_directive(text: &str, numeric: bool, directive: &Directive, out: &mut String) {
    let Directive {
        conversion,
        flags,
        width,
        precision,
    } = *directive;
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    let fits = width.is_none_or(|w| w <= len) && precision.is_none_or(|p| p >= len);
    if fits && !flags.plus && !flags.blank {
        out.push_str(text);
        return;
    }
    if matches!(conversion, 's' | 'r' | 'a') {
        if let Some(p) = precision {
            len = len.min(p);
        }
    }
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut start = 0;
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                start = 1;
                len -= 1;
            }
            _ if flags.plus => sign = Some('+'),
            _ if flags.blank => sign = Some(' '),
            _ => {}
        }
    }
    let mut width = width.unwrap_or(0).max(len);
    if let Some(c) = sign {
        if fill != ' ' {
            out.push(c);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = flags.alt && matches!(conversion, 'x' | 'X' | 'o');
    if prefixed {
        if fill != ' ' {
            out.extend(&chars[start..start + 2]);
            start += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.left {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if let Some(c) = sign {
            out.push(c);
        }
        if prefixed {
            out.extend(&chars[start..start + 2]);
            start += 2;
        }
    }
    out.extend(&chars[start..start + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
}

impl<E> PercentError<E> {
    /// The exception class, when the error is this module's own.
    pub fn kind(&self) -> Option<ErrorKind> {
        match self {
            PercentError::Format(error) => Some(error.kind),
            PercentError::Raised(_) => None,
        }
    }
}

//! Text encodings for `str.encode`, `bytes.decode`, `bytes(s, enc)` and `str(b, enc)`:
//! UTF-8, ASCII and Latin-1 (under CPython's aliases), with the `strict`, `ignore`,
//! `replace`, `backslashreplace` and `xmlcharrefreplace` error handlers. Failures raise
//! `UnicodeEncodeError`/`UnicodeDecodeError` whose args and message are CPython's.

use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{PyErr, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name error messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
    /// Code points below this encode as one byte (ASCII, Latin-1).
    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 0x80,
            _ => 0x100,
        }
    }
}

/// Look an encoding name up as CPython's `codecs.lookup` does: case-insensitive, runs of
/// punctuation and spaces read as `_`, then the aliases of the `encodings` package.
pub fn lookup(name: &str) -> Option<Codec> {
    let mut norm = String::with_capacity(name.len());
    let mut pending_sep = false;
    for c in name.trim().chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending_sep && !norm.is_empty() {
                norm.push('_');
            }
            pending_sep = false;
            norm.push(c.to_ascii_lowercase());
        } else {
            pending_sep = true;
        }
    }
    Some(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => Codec::Latin1,
        _ => return None,
    })
}

fn codec_or_error(vm: &mut Vm, encoding: &str) -> PyResult<Codec> {
    match lookup(encoding) {
        Some(c) => Ok(c),
        None => Err(vm.err(
            ExcName::LookupError,
            format!("unknown encoding: {encoding}"),
        )),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

/// The error handler named `errors` (looked up only when an error happens, as in CPython).
fn handler(vm: &mut Vm, errors: Option<&str>) -> PyResult<Handler> {
    Ok(match errors.unwrap_or("strict") {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        other => {
            return Err(vm.err(
                ExcName::LookupError,
                format!("unknown error handler name '{other}'"),
            ))
        }
    })
}

/// A `UnicodeEncodeError`/`UnicodeDecodeError` with CPython's args
/// `(encoding, object, start, end, reason)`, also set as attributes.
fn unicode_error(
    vm: &mut Vm,
    kind: ExcName,
    codec: Codec,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let enc = vm.new_str(codec.name());
    let reason = vm.new_str(reason);
    let (s, e) = (vm.new_int(start as i64), vm.new_int(end as i64));
    let class = vm.exc_class(kind);
    let vals = [enc, object, s, e, reason];
    let exc = vm.new_exception(class, vals.to_vec());
    let dict = vm.new_dict();
    for (name, v) in ["encoding", "object", "start", "end", "reason"]
        .iter()
        .zip(vals)
    {
        let key = vm.intern(name);
        let _ = vm.dict_set(dict, key, v);
    }
    if let Some(x) = exc.get::<ExceptionObj>() {
        x.dict.set(dict);
    }
    PyErr(exc)
}

/// `str(exc)` of a UnicodeEncodeError/UnicodeDecodeError made with the five standard args;
/// None for other exceptions (they use the generic message).
pub fn unicode_error_message(vm: &mut Vm, exc: Value) -> Option<String> {
    let encode = vm.exc_is(exc, ExcName::UnicodeEncodeError);
    let decode = vm.exc_is(exc, ExcName::UnicodeDecodeError);
    if !encode && !decode {
        return None;
    }
    let args = exc.get::<ExceptionObj>()?.args.get();
    let items = args.get::<TupleObj>()?.items.to_vec();
    if items.len() != 5 {
        return None;
    }
    let enc = items[0].get::<StrObj>()?.as_str();
    let reason = items[4].get::<StrObj>()?.as_str();
    let start = vm.to_i64(items[2])?;
    let end = vm.to_i64(items[3])?;
    if encode {
        let s = items[1].get::<StrObj>()?;
        if start >= 0 && (start as usize) < s.char_len && end == start + 1 {
            let c = s.char_at(start as usize) as u32;
            let ch = if c <= 0xff {
                format!("\\x{c:02x}")
            } else if c <= 0xffff {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            return Some(format!(
                "'{enc}' codec can't encode character '{ch}' in position {start}: {reason}"
            ));
        }
        return Some(format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ));
    }
    let b = items[1].get::<BytesObj>()?;
    if start >= 0 && (start as usize) < b.len() && end == start + 1 {
        let byte = b.bytes()[start as usize];
        return Some(format!(
            "'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
        ));
    }
    Some(format!(
        "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
        end - 1
    ))
}

/// `s.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: Option<&str>) -> PyResult<Vec<u8>> {
    let codec = codec_or_error(vm, encoding)?;
    if codec == Codec::Utf8 || s.is_ascii() {
        // Strings are UTF-8 inside (no lone surrogates), so UTF-8 never fails.
        return Ok(s.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        let how = handler(vm, errors)?;
        match how {
            Handler::Strict => {
                let reason = format!("ordinal not in range({limit})");
                let object = vm.new_str(s);
                return Err(unicode_error(
                    vm,
                    ExcName::UnicodeEncodeError,
                    codec,
                    object,
                    start,
                    end,
                    &reason,
                ));
            }
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - start)),
            Handler::BackslashReplace => {
                for &ch in &chars[start..end] {
                    let c = ch as u32;
                    let esc = if c <= 0xff {
                        format!("\\x{c:02x}")
                    } else if c <= 0xffff {
                        format!("\\u{c:04x}")
                    } else {
                        format!("\\U{c:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &ch in &chars[start..end] {
                    out.extend_from_slice(format!("&#{};", ch as u32).as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// `data.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: Option<&str>) -> PyResult<String> {
    let codec = codec_or_error(vm, encoding)?;
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            if data.is_ascii() {
                return Ok(data.iter().map(|&b| b as char).collect());
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    decode_error(
                        vm,
                        codec,
                        data,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                        errors,
                        &mut out,
                    )?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut pos = 0;
            loop {
                match std::str::from_utf8(&data[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let valid = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&data[pos..pos + valid]).unwrap_or(""));
                        let start = pos + valid;
                        let (end, reason) = match e.error_len() {
                            Some(n) => {
                                let b = data[start];
                                let bad_start =
                                    matches!(b, 0x80..=0xbf | 0xc0 | 0xc1 | 0xf5..=0xff);
                                (
                                    start + n,
                                    if bad_start {
                                        "invalid start byte"
                                    } else {
                                        "invalid continuation byte"
                                    },
                                )
                            }
                            None => (data.len(), "unexpected end of data"),
                        };
                        decode_error(vm, codec, data, start, end, reason, errors, &mut out)?;
                        pos = end;
                    }
                }
            }
        }
    }
}

/// Apply the error handler to the undecodable `data[start..end]`.
#[allow(clippy::too_many_arguments)]
fn decode_error(
    vm: &mut Vm,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: Option<&str>,
    out: &mut String,
) -> PyResult<()> {
    match handler(vm, errors)? {
        Handler::Strict => {
            let object = vm.new_bytes(data.to_vec());
            Err(unicode_error(
                vm,
                ExcName::UnicodeDecodeError,
                codec,
                object,
                start,
                end,
                reason,
            ))
        }
        Handler::Ignore => Ok(()),
        Handler::Replace => {
            out.push('\u{FFFD}');
            Ok(())
        }
        Handler::BackslashReplace => {
            for &b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        Handler::XmlCharRefReplace => {
            Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_names_normalise() {
        assert_eq!(lookup("UTF-8"), Some(Codec::Utf8));
        assert_eq!(lookup("utf8"), Some(Codec::Utf8));
        assert_eq!(lookup("Latin-1"), Some(Codec::Latin1));
        assert_eq!(lookup("ISO-8859-1"), Some(Codec::Latin1));
        assert_eq!(lookup("US-ASCII"), Some(Codec::Ascii));
        assert_eq!(lookup("utf-16"), None);
    }
}

//! `bytes` and `bytearray`: their constructors, their methods, and the helpers the rest of the
//! runtime uses to make them and to read "bytes-like" arguments.
//!
//! Both types are a `BytesObj` (the `mutable` flag tells them apart) and share one set of
//! methods; a method returns a new object of its receiver's type (`bytearray.upper()` is a
//! bytearray). A "bytes-like object" is a bytes, a bytearray, or an object whose class defines
//! `__buffer__` returning one of those (stitch's stand-in for the buffer protocol, used by the
//! Python-written `array.array`).

use super::codecs;
use super::common::*;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

pub fn install(vm: &mut Vm) {
    let shared: &[(&'static str, BuiltinFn)] = &[
        ("decode", b_decode),
        ("hex", b_hex),
        ("count", b_count),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("join", b_join),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("replace", b_replace),
        ("upper", b_upper),
        ("lower", b_lower),
        ("capitalize", b_capitalize),
        ("swapcase", b_swapcase),
        ("title", b_title),
        ("isalnum", b_isalnum),
        ("isalpha", b_isalpha),
        ("isascii", b_isascii),
        ("isdigit", b_isdigit),
        ("islower", b_islower),
        ("isupper", b_isupper),
        ("isspace", b_isspace),
        ("istitle", b_istitle),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("center", b_center),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("zfill", b_zfill),
        ("splitlines", b_splitlines),
        ("expandtabs", b_expandtabs),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("translate", b_translate),
    ];
    let (bytes, bytearray) = (vm.t.bytes, vm.t.bytearray);
    add_methods(vm, bytes, "bytes", shared);
    add_methods(vm, bytearray, "bytearray", shared);
    add_methods(
        vm,
        bytearray,
        "bytearray",
        &[
            ("append", ba_append),
            ("extend", ba_extend),
            ("insert", ba_insert),
            ("pop", ba_pop),
            ("remove", ba_remove),
            ("reverse", ba_reverse),
            ("clear", ba_clear),
            ("copy", ba_copy),
        ],
    );
    for (ty, owner) in [(bytes, "bytes"), (bytearray, "bytearray")] {
        add_constructor(
            vm,
            ty,
            owner,
            if owner == "bytes" {
                bytes_new
            } else {
                bytearray_new
            },
        );
        add_descriptor(
            vm,
            ty,
            owner,
            "fromhex",
            b_fromhex,
            DescriptorKind::ClassMethod,
        );
        add_descriptor(
            vm,
            ty,
            owner,
            "maketrans",
            b_maketrans,
            DescriptorKind::StaticMethod,
        );
    }
}

// ---- making values and reading arguments ----------------------------------------------------

impl Vm {
    pub fn new_bytes(&mut self, data: Vec<u8>) -> Value {
        let extra = data.len();
        self.heap.alloc(BytesObj::new(data, false), extra)
    }
    pub fn new_bytearray(&mut self, data: Vec<u8>) -> Value {
        let extra = data.capacity();
        self.heap.alloc(BytesObj::new(data, true), extra)
    }
    /// A bytes (`mutable` false) or a bytearray.
    pub fn new_bytes_like(&mut self, data: Vec<u8>, mutable: bool) -> Value {
        if mutable {
            self.new_bytearray(data)
        } else {
            self.new_bytes(data)
        }
    }
}

/// The contents of a bytes-like object, or None if `v` is not one.
pub fn buffer_of(vm: &mut Vm, v: Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(b) = v.get::<BytesObj>() {
        return Ok(Some(b.to_vec()));
    }
    if vm.is_user_object(v) {
        if let Some(r) = vm.call_user_special(v, "__buffer__", &[Value::small_int(0)])? {
            return match r.get::<BytesObj>() {
                Some(b) => Ok(Some(b.to_vec())),
                None => {
                    let tn = vm.type_name(r);
                    Err(vm.type_error(format!("__buffer__ returned non-bytes (type {tn})")))
                }
            };
        }
    }
    Ok(None)
}

/// A bytes-like argument: TypeError "a bytes-like object is required, not 'str'".
pub fn bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match buffer_of(vm, v)? {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// An int argument that must be a byte: ValueError "byte must be in range(0, 256)".
pub fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let b = index_bigint(vm, v)?;
    match b.to_u8() {
        Some(x) => Ok(x),
        None => Err(vm.value_error("byte must be in range(0, 256)")),
    }
}

/// CPython's `repr(bytes)`: `b'...'` with `"` quotes when there is a `'` and no `"`.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// `repr()` of a bytes or bytearray object.
pub fn repr_of(b: &BytesObj) -> String {
    let r = bytes_repr(&b.bytes());
    if b.mutable {
        format!("bytearray({r})")
    } else {
        r
    }
}

/// The receiver of a method: the object, its `BytesObj`, the other positional arguments.
fn this<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(Value, &'static BytesObj, &'a [Value])> {
    let (recv, rest) = split_receiver(vm, args, "bytes", name)?;
    match recv.get::<BytesObj>() {
        Some(b) => Ok((recv, b, rest)),
        None => Err(wrong_receiver(vm, "bytes", name, recv)),
    }
}

/// The type name of the receiver, for messages ("bytes" or "bytearray").
fn owner(b: &BytesObj) -> &'static str {
    if b.mutable {
        "bytearray"
    } else {
        "bytes"
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Find `needle` in `hay[start..end]` (indices already adjusted), as an absolute index.
fn find_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(start);
    }
    hay[start..end]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + start)
}

fn rfind_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(end);
    }
    hay[start..end]
        .windows(needle.len())
        .rposition(|w| w == needle)
        .map(|p| p + start)
}

fn count_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> usize {
    if start > end || end > hay.len() {
        return 0;
    }
    if needle.is_empty() {
        return end - start + 1;
    }
    let mut n = 0;
    let mut i = start;
    while i + needle.len() <= end {
        if &hay[i..i + needle.len()] == needle {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    n
}

// ---- constructors ---------------------------------------------------------------------------

/// The arguments after the class.
fn after_class<'a>(args: &Args<'a>) -> &'a [Value] {
    let pos = args.pos();
    if pos.is_empty() {
        pos
    } else {
        &pos[1..]
    }
}

/// Parse `(source, encoding, errors)` of `bytes()`/`bytearray()`.
fn ctor_params(
    vm: &mut Vm,
    args: &Args,
    name: &str,
) -> PyResult<(Option<Value>, Option<String>, Option<String>)> {
    let rest = after_class(args);
    let given = rest.len() + args.kwnames.len();
    if given > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 3 arguments ({given} given)"
        )));
    }
    let p = bind_params(vm, rest, args, &["source", "encoding", "errors"], name)?;
    let mut text = |i: usize, what: &str| -> PyResult<Option<String>> {
        match p[i] {
            None => Ok(None),
            Some(v) => match v.get::<StrObj>() {
                Some(s) => Ok(Some(s.as_str().to_string())),
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.type_error(format!("{name}() argument '{what}' must be str, not {tn}")))
                }
            },
        }
    };
    let encoding = text(1, "encoding")?;
    let errors = text(2, "errors")?;
    Ok((p[0], encoding, errors))
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (source, encoding, errors) = ctor_params(vm, &args, "bytes")?;
    let data = make_bytes(vm, source, encoding, errors, false)?;
    Ok(vm.new_bytes(data))
}

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (source, encoding, errors) = ctor_params(vm, &args, "bytearray")?;
    let data = make_bytes(vm, source, encoding, errors, true)?;
    Ok(vm.new_bytearray(data))
}

/// The contents of `bytes(source, encoding, errors)` / `bytearray(…)`, with CPython's checks
/// in CPython's order.
fn make_bytes(
    vm: &mut Vm,
    source: Option<Value>,
    encoding: Option<String>,
    errors: Option<String>,
    mutable: bool,
) -> PyResult<Vec<u8>> {
    let Some(x) = source else {
        if encoding.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = x.get::<StrObj>() {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        return codecs::encode(vm, s.as_str(), &enc, errors.as_deref());
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if !mutable && vm.is_user_object(x) {
        if let Some(r) = call_special(vm, x, "__bytes__", &[])? {
            return match r.get::<BytesObj>() {
                Some(b) if !b.mutable => Ok(b.to_vec()),
                _ => {
                    let tn = vm.type_name(r);
                    Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")))
                }
            };
        }
    }
    // An int is a length (anything with __index__ counts, as in CPython).
    if is_int(x) || (vm.is_user_object(x) && has_special(vm, x, "__index__")) {
        let n = index_bigint(vm, x)?;
        if n.is_negative() {
            return Err(vm.value_error("negative count"));
        }
        let n = match n.to_i64() {
            Some(n) => n as u128,
            None => {
                return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
        };
        check_build_size(vm, n)?;
        return Ok(vec![0u8; n as usize]);
    }
    bytes_from_object(vm, x, mutable)
}

/// CPython's `PyBytes_FromObject` (and bytearray's equivalent): a bytes-like object's
/// contents, or the ints of an iterable.
fn bytes_from_object(vm: &mut Vm, x: Value, mutable: bool) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_of(vm, x)? {
        return Ok(b);
    }
    if x.is::<StrObj>() {
        let what = if mutable { "bytearray" } else { "bytes" };
        return Err(vm.type_error(format!("cannot convert 'str' object to {what}")));
    }
    let range_msg = if mutable {
        "byte must be in range(0, 256)"
    } else {
        "bytes must be in range(0, 256)"
    };
    let it = match vm.get_iter(x) {
        Ok(it) => it,
        Err(e) if err_is(vm, &e, ExcName::TypeError) => {
            let tn = vm.type_name(x);
            let what = if mutable { "bytearray" } else { "bytes" };
            return Err(vm.type_error(format!("cannot convert '{tn}' object to {what}")));
        }
        Err(e) => return Err(e),
    };
    let mark = vm.roots_mark();
    vm.root(it);
    let r = (|| {
        let mut out = Vec::new();
        while let Some(item) = vm.iter_next(it)? {
            let b = index_bigint(vm, item)?;
            match b.to_u8() {
                Some(c) => out.push(c),
                None => return Err(vm.value_error(range_msg)),
            }
        }
        Ok(out)
    })();
    vm.unroot_to(mark);
    r
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)` (a classmethod: the class comes first).
fn b_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "fromhex")?;
    let pos = args.pos();
    let cls = pos.first().copied().unwrap_or(Value::NONE);
    let rest = if pos.is_empty() { pos } else { &pos[1..] };
    count_clinic(vm, rest.len(), "fromhex", 1, 1)?;
    let s = match rest[0].get::<StrObj>() {
        Some(s) => s.as_str(),
        None => {
            let tn = vm.type_name(rest[0]);
            return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
        }
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |vm: &mut Vm, at: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {at}"
        ))
    };
    while i < chars.len() {
        if matches!(chars[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            i += 1;
            continue;
        }
        let Some(hi) = chars[i].to_digit(16) else {
            return Err(bad(vm, i));
        };
        let Some(lo) = chars.get(i + 1).and_then(|c| c.to_digit(16)) else {
            return Err(bad(vm, i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let mutable = cls == vm.t.bytearray;
    Ok(vm.new_bytes_like(out, mutable))
}

/// `bytes.maketrans(frm, to)`: a 256-byte translation table.
fn b_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "maketrans")?;
    count_clinic(vm, args.len(), "maketrans", 2, 2)?;
    let frm = bytes_arg(vm, args.pos()[0])?;
    let to = bytes_arg(vm, args.pos()[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&f, &t) in frm.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(vm.new_bytes(table))
}

// ---- decode and hex -------------------------------------------------------------------------

fn b_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, b, rest) = this(vm, &args, "decode")?;
    count_clinic(vm, rest.len() + args.kwnames.len(), "decode", 0, 2)?;
    let p = bind_params(vm, rest, &args, &["encoding", "errors"], "decode")?;
    let mut names = [None, None];
    for (i, what) in ["encoding", "errors"].iter().enumerate() {
        if let Some(v) = p[i] {
            match v.get::<StrObj>() {
                Some(s) => names[i] = Some(s.as_str()),
                None => {
                    let tn = vm.type_name(v);
                    return Err(
                        vm.type_error(format!("decode() argument '{what}' must be str, not {tn}"))
                    );
                }
            }
        }
    }
    let data = b.to_vec();
    let s = codecs::decode(vm, &data, names[0].unwrap_or("utf-8"), names[1])?;
    Ok(vm.new_str(s))
}

fn b_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, b, rest) = this(vm, &args, "hex")?;
    count_clinic(vm, rest.len() + args.kwnames.len(), "hex", 0, 2)?;
    let p = bind_params(vm, rest, &args, &["sep", "bytes_per_sep"], "hex")?;
    let data = b.to_vec();
    let sep = match p[0] {
        None => None,
        Some(v) => {
            let s: Vec<u32> = if let Some(s) = v.get::<StrObj>() {
                s.as_str().chars().map(|c| c as u32).collect()
            } else if let Some(b) = v.get::<BytesObj>() {
                b.bytes().iter().map(|&c| c as u32).collect()
            } else {
                let n = vm.len(v)?;
                if n != 1 {
                    return Err(vm.value_error("sep must be length 1."));
                }
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("sep must be str or bytes, not {tn}")));
            };
            if s.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if s[0] > 0x7f {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(s[0] as u8 as char)
        }
    };
    let per = match p[1] {
        Some(v) => index_isize(vm, v)?,
        None => 1,
    };
    Ok(vm.new_str(hex_with_sep(&data, sep, per)))
}

/// `bytes.hex(sep, bytes_per_sep)`: groups counted from the right when `per` > 0.
pub fn hex_with_sep(data: &[u8], sep: Option<char>, per: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    let n = data.len();
    for (i, &c) in data.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(group)
                } else {
                    i.is_multiple_of(group)
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(DIGITS[(c >> 4) as usize] as char);
        out.push(DIGITS[(c & 15) as usize] as char);
    }
    out
}

// ---- searching ------------------------------------------------------------------------------

/// The `sub` of find/count/index: a bytes-like object or an int byte.
fn sub_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_of(vm, v)? {
        return Ok(b);
    }
    if is_int(v) || (vm.is_user_object(v) && has_special(vm, v, "__index__")) {
        return Ok(vec![byte_value(vm, v)?]);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{tn}'"
    )))
}

/// `(sub, start, end)` resolved: the needle and the adjusted range.
fn search_args(
    vm: &mut Vm,
    args: &Args,
    rest: &[Value],
    len: usize,
    name: &str,
) -> PyResult<(Vec<u8>, i64, i64)> {
    no_kwargs(vm, args, name)?;
    count_parse_tuple(vm, rest.len(), name, 1, 3)?;
    let sub = sub_arg(vm, rest[0])?;
    let start = slice_index(vm, rest.get(1).copied())?;
    let end = slice_index(vm, rest.get(2).copied())?;
    let (s, e) = adjust_indices(start, end, len);
    Ok((sub, s, e))
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, right: bool) -> PyResult<Option<usize>> {
    let (_, b, rest) = this(vm, &args, name)?;
    let (sub, s, e) = search_args(vm, &args, rest, b.len(), name)?;
    if s > e || s as usize > b.len() {
        return Ok(None);
    }
    let data = b.bytes();
    Ok(if right {
        rfind_in(&data, &sub, s as usize, e as usize)
    } else {
        find_in(&data, &sub, s as usize, e as usize)
    })
}

fn b_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = find_impl(vm, args, "find", false)?;
    Ok(vm.new_int(r.map(|i| i as i64).unwrap_or(-1)))
}

fn b_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = find_impl(vm, args, "rfind", true)?;
    Ok(vm.new_int(r.map(|i| i as i64).unwrap_or(-1)))
}

fn b_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn b_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn b_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, b, rest) = this(vm, &args, "count")?;
    let (sub, s, e) = search_args(vm, &args, rest, b.len(), "count")?;
    let n = if s > e || s as usize > b.len() {
        0
    } else {
        count_in(&b.bytes(), &sub, s as usize, e as usize)
    };
    Ok(vm.new_int(n as i64))
}

fn starts_ends(vm: &mut Vm, args: Args, name: &str, ends: bool) -> PyResult<Value> {
    let (_, b, rest) = this(vm, &args, name)?;
    no_kwargs(vm, &args, name)?;
    count_parse_tuple(vm, rest.len(), name, 1, 3)?;
    let start = slice_index(vm, rest.get(1).copied())?;
    let end = slice_index(vm, rest.get(2).copied())?;
    let candidates: Vec<Value> = match rest[0].get::<TupleObj>() {
        Some(t) => t.items.to_vec(),
        None => vec![rest[0]],
    };
    let is_tuple = rest[0].is::<TupleObj>();
    for c in candidates {
        let Some(p) = buffer_of(vm, c)? else {
            let tn = vm.type_name(c);
            return Err(vm.type_error(if is_tuple {
                format!("a bytes-like object is required, not '{tn}'")
            } else {
                format!("{name} first arg must be bytes or a tuple of bytes, not {tn}")
            }));
        };
        // Borrowed, not copied: `data.startswith(x, i)` in a loop stays linear.
        let data = b.bytes();
        let (s, e) = adjust_indices(start, end, data.len());
        if s > data.len() as i64 || s > e {
            continue;
        }
        let window = &data[s as usize..(e as usize).max(s as usize)];
        let hit = if ends {
            window.ends_with(&p)
        } else {
            window.starts_with(&p)
        };
        if hit {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn b_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}

fn b_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

// ---- split and join -------------------------------------------------------------------------

/// `(sep=None, maxsplit=-1)`: the separator (None = runs of whitespace) and the split limit.
fn split_args(
    vm: &mut Vm,
    args: &Args,
    rest: &[Value],
    name: &str,
) -> PyResult<(Option<Vec<u8>>, usize)> {
    let given = rest.len() + args.kwnames.len();
    if given > 2 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 arguments ({given} given)"
        )));
    }
    let p = bind_params(vm, rest, args, &["sep", "maxsplit"], name)?;
    let sep = match p[0] {
        Some(v) if !v.is_none() => Some(bytes_arg(vm, v)?),
        _ => None,
    };
    let maxsplit = match p[1] {
        Some(v) => index_isize(vm, v)?,
        None => -1,
    };
    if sep.as_deref() == Some(&[][..]) {
        return Err(vm.value_error("empty separator"));
    }
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    Ok((sep, max))
}

fn split_whitespace(s: &[u8], mut maxcount: usize) -> Vec<&[u8]> {
    let n = s.len();
    let mut out = Vec::new();
    let mut i = 0;
    while maxcount > 0 {
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        i += 1;
        while i < n && !is_space(s[i]) {
            i += 1;
        }
        out.push(&s[j..i]);
        maxcount -= 1;
    }
    if i < n {
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if i != n {
            out.push(&s[i..]);
        }
    }
    out
}

fn rsplit_whitespace(s: &[u8], mut maxcount: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = s.len();
    while maxcount > 0 {
        while i > 0 && is_space(s[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        i -= 1;
        while i > 0 && !is_space(s[i - 1]) {
            i -= 1;
        }
        out.push(&s[i..j]);
        maxcount -= 1;
    }
    if i > 0 {
        while i > 0 && is_space(s[i - 1]) {
            i -= 1;
        }
        if i != 0 {
            out.push(&s[..i]);
        }
    }
    out.reverse();
    out
}

fn split_sep<'a>(s: &'a [u8], sep: &[u8], mut maxcount: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    while maxcount > 0 {
        match find_in(s, sep, i, s.len()) {
            Some(pos) => {
                out.push(&s[i..pos]);
                i = pos + sep.len();
            }
            None => break,
        }
        maxcount -= 1;
    }
    out.push(&s[i..]);
    out
}

fn rsplit_sep<'a>(s: &'a [u8], sep: &[u8], mut maxcount: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut j = s.len();
    while maxcount > 0 {
        match rfind_in(s, sep, 0, j) {
            Some(pos) => {
                out.push(&s[pos + sep.len()..j]);
                j = pos;
            }
            None => break,
        }
        maxcount -= 1;
    }
    out.push(&s[..j]);
    out.reverse();
    out
}

fn new_parts(vm: &mut Vm, parts: Vec<&[u8]>, mutable: bool) -> Value {
    let items: Vec<Value> = parts
        .into_iter()
        .map(|p| vm.new_bytes_like(p.to_vec(), mutable))
        .collect();
    vm.new_list(items)
}

fn b_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, b, rest) = this(vm, &args, "split")?;
    let (sep, max) = split_args(vm, &args, rest, "split")?;
    let data = b.to_vec();
    let parts = match &sep {
        None => split_whitespace(&data, max),
        Some(sep) => split_sep(&data, sep, max),
    };
    Ok(new_parts(vm, parts, b.mutable))
}

fn b_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, b, rest) = this(vm, &args, "rsplit")?;
    let (sep, max) = split_args(vm, &args, rest, "rsplit")?;
    let data = b.to_vec();
    let parts = match &sep {
        None => rsplit_whitespace(&data, max),
        Some(sep) => rsplit_sep(&data, sep, max),
    };
    Ok(new_parts(vm, parts, b.mutable))
}

fn b_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, b, rest) = this(vm, &args, "join")?;
    let iterable = one_arg(vm, &args, rest, &format!("{}.join", owner(b)))?;
    let items = if let Some(l) = iterable.get::<ListObj>() {
        l.to_vec()
    } else if let Some(t) = iterable.get::<TupleObj>() {
        t.items.to_vec()
    } else {
        let it = match vm.get_iter(iterable) {
            Ok(it) => it,
            Err(e) if err_is(vm, &e, ExcName::TypeError) => {
                return Err(vm.type_error("can only join an iterable"));
            }
            Err(e) => return Err(e),
        };
        let mark = vm.roots_mark();
        vm.root(it);
        let items = vm.collect_iter(it);
        vm.unroot_to(mark);
        items?
    };
    let mark = vm.roots_mark();
    vm.roots.extend_from_slice(&items);
    let r = (|| {
        let sep = b.to_vec();
        let mut out = Vec::new();
        for (i, &item) in items.iter().enumerate() {
            match buffer_of(vm, item)? {
                Some(x) => {
                    if i > 0 {
                        out.extend_from_slice(&sep);
                    }
                    out.extend_from_slice(&x);
                }
                None => {
                    let tn = vm.type_name(item);
                    return Err(vm.type_error(format!(
                        "sequence item {i}: expected a bytes-like object, {tn} found"
                    )));
                }
            }
        }
        Ok(out)
    })();
    vm.unroot_to(mark);
    let out = r?;
    Ok(vm.new_bytes_like(out, b.mutable))
}

// ---- strip, replace, case -------------------------------------------------------------------

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (recv, b, rest) = this(vm, &args, name)?;
    no_kwargs(vm, &args, name)?;
    count_clinic(vm, rest.len(), name, 0, 1)?;
    let chars: Option<Vec<u8>> = match rest.first() {
        Some(&v) if !v.is_none() => Some(bytes_arg(vm, v)?),
        _ => None,
    };
    let strip = |c: u8| match &chars {
        Some(set) => set.contains(&c),
        None => is_space(c),
    };
    let data = b.to_vec();
    let mut lo = 0;
    let mut hi = data.len();
    if left {
        while lo < hi && strip(data[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && strip(data[hi - 1]) {
            hi -= 1;
        }
    }
    if !b.mutable && lo == 0 && hi == data.len() {
        return Ok(recv);
    }
    Ok(vm.new_bytes_like(data[lo..hi].to_vec(), b.mutable))
}

fn b_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn b_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn b_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn b_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, b, rest) = this(vm, &args, "replace")?;
    no_kwargs(vm, &args, "replace")?;
    count_clinic(vm, rest.len(), "replace", 2, 3)?;
    let old = bytes_arg(vm, rest[0])?;
    let new = bytes_arg(vm, rest[1])?;
    let count = match rest.get(2) {
        Some(&c) => index_isize(vm, c)?,
        None => -1,
    };
    let data = b.to_vec();
    let mut limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if new.len() > old.len() {
        let matches = if old.is_empty() {
            data.len() as u128 + 1
        } else {
            (data.len() / old.len()) as u128
        };
        let matches = matches.min(limit as u128);
        check_build_size(
            vm,
            data.len() as u128 + matches * (new.len() - old.len()) as u128,
        )?;
    }
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        for (i, &c) in data.iter().enumerate() {
            if limit > 0 {
                out.extend_from_slice(&new);
                limit -= 1;
            }
            let _ = i;
            out.push(c);
        }
        if limit > 0 {
            out.extend_from_slice(&new);
        }
    } else {
        let mut i = 0;
        while i < data.len() {
            if limit > 0 && data[i..].starts_with(&old) {
                out.extend_from_slice(&new);
                i += old.len();
                limit -= 1;
            } else {
                out.push(data[i]);
                i += 1;
            }
        }
    }
    Ok(vm.new_bytes_like(out, b.mutable))
}

/// A no-argument method mapping the bytes to new bytes of the receiver's type.
fn map_bytes(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (_, b, rest) = this(vm, &args, name)?;
    no_args(vm, &args, rest, &format!("{}.{name}", owner(b)))?;
    let out = f(&b.bytes());
    Ok(vm.new_bytes_like(out, b.mutable))
}

fn b_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "upper", |d| d.to_ascii_uppercase())
}

fn b_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "lower", |d| d.to_ascii_lowercase())
}

fn b_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "swapcase", |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn b_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn b_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

/// A no-argument predicate over the bytes.
fn predicate(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let (_, b, rest) = this(vm, &args, name)?;
    no_args(vm, &args, rest, &format!("{}.{name}", owner(b)))?;
    let r = f(&b.bytes());
    Ok(Value::bool(r))
}

fn b_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |d| {
        !d.is_empty() && d.iter().all(|c| c.is_ascii_alphanumeric())
    })
}

fn b_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalpha", |d| {
        !d.is_empty() && d.iter().all(|c| c.is_ascii_alphabetic())
    })
}

fn b_isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isascii", |d| d.is_ascii())
}

fn b_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |d| {
        !d.is_empty() && d.iter().all(|c| c.is_ascii_digit())
    })
}

fn b_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isspace", |d| {
        !d.is_empty() && d.iter().all(|&c| is_space(c))
    })
}

fn b_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "islower", |d| {
        d.iter().any(|c| c.is_ascii_lowercase()) && !d.iter().any(|c| c.is_ascii_uppercase())
    })
}

fn b_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isupper", |d| {
        d.iter().any(|c| c.is_ascii_uppercase()) && !d.iter().any(|c| c.is_ascii_lowercase())
    })
}

fn b_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "istitle", |d| {
        let mut cased = false;
        let mut prev_cased = false;
        for &c in d {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

// ---- partition, padding, lines --------------------------------------------------------------

fn partition_impl(vm: &mut Vm, args: Args, name: &str, right: bool) -> PyResult<Value> {
    let (_, b, rest) = this(vm, &args, name)?;
    let sepv = one_arg(vm, &args, rest, &format!("{}.{name}", owner(b)))?;
    let sep = bytes_arg(vm, sepv)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let data = b.to_vec();
    let found = if right {
        rfind_in(&data, &sep, 0, data.len())
    } else {
        find_in(&data, &sep, 0, data.len())
    };
    let parts: [Vec<u8>; 3] = match found {
        Some(i) => [
            data[..i].to_vec(),
            sep.clone(),
            data[i + sep.len()..].to_vec(),
        ],
        None if right => [Vec::new(), Vec::new(), data],
        None => [data, Vec::new(), Vec::new()],
    };
    let items: Vec<Value> = parts
        .into_iter()
        .map(|p| vm.new_bytes_like(p, b.mutable))
        .collect();
    Ok(vm.new_tuple(items))
}

fn b_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn b_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

/// `center`/`ljust`/`rjust(width, fillbyte=b' ')`.
fn pad_impl(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let (recv, b, rest) = this(vm, &args, name)?;
    no_kwargs(vm, &args, name)?;
    count_clinic(vm, rest.len(), name, 1, 2)?;
    let width = index_isize(vm, rest[0])?;
    let fill = match rest.get(1) {
        Some(&f) => match f.get::<BytesObj>() {
            Some(x) if x.len() == 1 => x.bytes()[0],
            _ => {
                let tn = if f.is::<BytesObj>() {
                    "a byte string of length 1, not bytes".to_string()
                } else {
                    format!("a byte string of length 1, not {}", vm.type_name(f))
                };
                return Err(vm.type_error(format!("{name}() argument 2 must be {tn}")));
            }
        },
        None => b' ',
    };
    let data = b.to_vec();
    let n = data.len() as i64;
    if width <= n {
        if b.mutable {
            return Ok(vm.new_bytearray(data));
        }
        return Ok(recv);
    }
    check_build_size(vm, width as u128)?;
    let pad = (width - n) as usize;
    let (left, right) = match name {
        "ljust" => (0, pad),
        "rjust" => (pad, 0),
        // CPython's centring: the extra byte goes left when the width is odd.
        _ => {
            let left = pad / 2 + (pad & width as usize & 1);
            (left, pad - left)
        }
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(vm.new_bytes_like(out, b.mutable))
}

fn b_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "center")
}

fn b_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "ljust")
}

fn b_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "rjust")
}

fn b_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (recv, b, rest) = this(vm, &args, "zfill")?;
    let w = one_arg(vm, &args, rest, &format!("{}.zfill", owner(b)))?;
    let width = index_isize(vm, w)?;
    let data = b.to_vec();
    if width <= data.len() as i64 {
        if b.mutable {
            return Ok(vm.new_bytearray(data));
        }
        return Ok(recv);
    }
    check_build_size(vm, width as u128)?;
    let fill = width as usize - data.len();
    let mut out = vec![b'0'; fill];
    out.extend_from_slice(&data);
    if let Some(&sign) = data.first() {
        if sign == b'+' || sign == b'-' {
            out[0] = sign;
            out[fill] = b'0';
        }
    }
    Ok(vm.new_bytes_like(out, b.mutable))
}

fn b_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, b, rest) = this(vm, &args, "splitlines")?;
    count_clinic(vm, rest.len() + args.kwnames.len(), "splitlines", 0, 1)?;
    let p = bind_params(vm, rest, &args, &["keepends"], "splitlines")?;
    let keep = match p[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let data = b.to_vec();
    let mut parts = Vec::new();
    let mut i = 0;
    let n = data.len();
    while i < n {
        let start = i;
        while i < n && data[i] != b'\n' && data[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if data[i] == b'\r' && i + 1 < n && data[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keep {
                eol = i;
            }
        }
        parts.push(&data[start..eol]);
    }
    Ok(new_parts(vm, parts, b.mutable))
}

fn b_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, b, rest) = this(vm, &args, "expandtabs")?;
    count_clinic(vm, rest.len() + args.kwnames.len(), "expandtabs", 0, 1)?;
    let p = bind_params(vm, rest, &args, &["tabsize"], "expandtabs")?;
    let tab = match p[0] {
        Some(v) => index_isize(vm, v)?,
        None => 8,
    };
    let data = b.to_vec();
    let mut out = Vec::with_capacity(data.len());
    let mut col: i64 = 0;
    for c in data {
        match c {
            b'\t' => {
                if tab > 0 {
                    let spaces = tab - col % tab;
                    check_build_size(vm, out.len() as u128 + spaces as u128)?;
                    out.extend(std::iter::repeat_n(b' ', spaces as usize));
                    col += spaces;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_bytes_like(out, b.mutable))
}

fn affix_impl(vm: &mut Vm, args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let (recv, b, rest) = this(vm, &args, name)?;
    let a = one_arg(vm, &args, rest, &format!("{}.{name}", owner(b)))?;
    let affix = bytes_arg(vm, a)?;
    let data = b.to_vec();
    let out = if prefix && data.starts_with(&affix) {
        data[affix.len()..].to_vec()
    } else if !prefix && data.ends_with(&affix) {
        data[..data.len() - affix.len()].to_vec()
    } else if b.mutable {
        data
    } else {
        return Ok(recv);
    };
    Ok(vm.new_bytes_like(out, b.mutable))
}

fn b_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "removeprefix", true)
}

fn b_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "removesuffix", false)
}

fn b_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, b, rest) = this(vm, &args, "translate")?;
    count_clinic(vm, rest.len() + args.kwnames.len(), "translate", 1, 2)?;
    let p = bind_params(vm, rest, &args, &["table", "delete"], "translate")?;
    let table = match p[0] {
        Some(t) if !t.is_none() => {
            let t = bytes_arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match p[1] {
        Some(d) => bytes_arg(vm, d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = b
        .bytes()
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| match &table {
            Some(t) => t[c as usize],
            None => c,
        })
        .collect();
    Ok(vm.new_bytes_like(out, b.mutable))
}

// ---- bytearray mutation ---------------------------------------------------------------------

/// The bytearray receiver of `bytearray.<name>`.
fn this_mut<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'static BytesObj, &'a [Value])> {
    let (recv, rest) = split_receiver(vm, args, "bytearray", name)?;
    match recv.get::<BytesObj>() {
        Some(b) if b.mutable => Ok((b, rest)),
        _ => Err(wrong_receiver(vm, "bytearray", name, recv)),
    }
}

fn ba_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = this_mut(vm, &args, "append")?;
    let x = one_arg(vm, &args, rest, "bytearray.append")?;
    let c = byte_value(vm, x)?;
    b.data.borrow_mut().push(c);
    Ok(Value::NONE)
}

/// The bytes an `extend`/`+=` adds: a bytes-like object, or an iterable of ints.
pub fn extend_source(vm: &mut Vm, x: Value) -> PyResult<Vec<u8>> {
    if let Some(d) = buffer_of(vm, x)? {
        return Ok(d);
    }
    let items = match vm.get_iter(x) {
        Ok(it) => {
            let mark = vm.roots_mark();
            vm.root(it);
            let r = vm.collect_iter(it);
            vm.unroot_to(mark);
            r?
        }
        Err(e) if err_is(vm, &e, ExcName::TypeError) => {
            let tn = vm.type_name(x);
            return Err(vm.type_error(format!("can't extend bytearray with {tn}")));
        }
        Err(e) => return Err(e),
    };
    // The items stay rooted: an `__index__` may run Python code (and collect).
    let mark = vm.roots_mark();
    vm.roots.extend_from_slice(&items);
    let r = (|| {
        let mut out = Vec::with_capacity(items.len());
        for &item in &items {
            out.push(byte_value(vm, item)?);
        }
        Ok(out)
    })();
    vm.unroot_to(mark);
    r
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = this_mut(vm, &args, "extend")?;
    let x = one_arg(vm, &args, rest, "bytearray.extend")?;
    let add = extend_source(vm, x)?;
    b.data.borrow_mut().extend_from_slice(&add);
    Ok(Value::NONE)
}

fn ba_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = this_mut(vm, &args, "insert")?;
    no_kwargs(vm, &args, "bytearray.insert")?;
    count_clinic(vm, rest.len(), "insert", 2, 2)?;
    let i = index_isize(vm, rest[0])?;
    let c = byte_value(vm, rest[1])?;
    let mut data = b.data.borrow_mut();
    let n = data.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    data.insert(at as usize, c);
    Ok(Value::NONE)
}

fn ba_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = this_mut(vm, &args, "pop")?;
    no_kwargs(vm, &args, "bytearray.pop")?;
    count_clinic(vm, rest.len(), "pop", 0, 1)?;
    let i = match rest.first() {
        Some(&v) => index_isize(vm, v)?,
        None => -1,
    };
    let n = b.len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let c = b.data.borrow_mut().remove(at as usize);
    Ok(Value::small_int(c as i64))
}

fn ba_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = this_mut(vm, &args, "remove")?;
    let x = one_arg(vm, &args, rest, "bytearray.remove")?;
    let c = byte_value(vm, x)?;
    let pos = b.bytes().iter().position(|&y| y == c);
    match pos {
        Some(i) => {
            b.data.borrow_mut().remove(i);
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = this_mut(vm, &args, "reverse")?;
    no_args(vm, &args, rest, "bytearray.reverse")?;
    b.data.borrow_mut().reverse();
    Ok(Value::NONE)
}

fn ba_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = this_mut(vm, &args, "clear")?;
    no_args(vm, &args, rest, "bytearray.clear")?;
    b.data.borrow_mut().clear();
    Ok(Value::NONE)
}

fn ba_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = this_mut(vm, &args, "copy")?;
    no_args(vm, &args, rest, "bytearray.copy")?;
    let data = b.to_vec();
    Ok(vm.new_bytearray(data))
}

// ---- operators (called from runtime/ops) ----------------------------------------------------

/// `a + b` where `a` is bytes or a bytearray: None when `b` is not bytes-like.
pub fn concat(vm: &mut Vm, a: &BytesObj, b: Value) -> PyResult<Value> {
    let Some(other) = buffer_of(vm, b)? else {
        let tn = vm.type_name(b);
        let own = owner(a);
        return Err(vm.type_error(format!("can't concat {tn} to {own}")));
    };
    let mut out = a.to_vec();
    check_build_size(vm, out.len() as u128 + other.len() as u128)?;
    out.extend_from_slice(&other);
    Ok(vm.new_bytes_like(out, a.mutable))
}

/// `x in b`: an int byte or a bytes-like subsequence.
pub fn contains(vm: &mut Vm, b: &BytesObj, x: Value) -> PyResult<bool> {
    if is_int(x) || (vm.is_user_object(x) && has_special(vm, x, "__index__")) {
        let c = byte_value(vm, x)?;
        return Ok(b.bytes().contains(&c));
    }
    let sub = bytes_arg(vm, x)?;
    let data = b.bytes();
    Ok(find_in(&data, &sub, 0, data.len()).is_some())
}

/// `b[i] = x` / `b[i:j] = x` on a bytearray.
pub fn set_item(vm: &mut Vm, b: &BytesObj, key: Value, v: Value) -> PyResult<()> {
    if let Some(s) = key.get::<SliceObj>() {
        let new: Vec<u8> = if is_int(v) || v.is::<StrObj>() {
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        } else {
            extend_source(vm, v)?
        };
        let si = vm.slice_indices(s, b.len())?;
        let mut data = b.data.borrow_mut();
        // Re-read the length: the slice's __index__ may have resized the bytearray.
        let len = data.len() as i64;
        if si.step == 1 {
            let start = si.start.clamp(0, len) as usize;
            let stop = (si.stop.max(si.start)).clamp(0, len) as usize;
            data.splice(start..stop, new);
            return Ok(());
        }
        if new.len() != si.len || si.indices().any(|i| i as i64 >= len) {
            drop(data);
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                si.len
            )));
        }
        for (i, idx) in si.indices().enumerate() {
            data[idx] = new[i];
        }
        return Ok(());
    }
    let i = index_of(vm, key, b.len(), "bytearray")?;
    let c = byte_value(vm, v)?;
    // `get_mut`: __index__ calls above may have shrunk the bytearray.
    let stored = match i {
        Some(i) => match b.data.borrow_mut().get_mut(i) {
            Some(slot) => {
                *slot = c;
                true
            }
            None => false,
        },
        None => false,
    };
    if stored {
        return Ok(());
    }
    Err(vm.index_error("bytearray index out of range"))
}

/// `del b[i]` / `del b[i:j]` on a bytearray.
pub fn del_item(vm: &mut Vm, b: &BytesObj, key: Value) -> PyResult<()> {
    let len = b.len();
    if let Some(s) = key.get::<SliceObj>() {
        let si = vm.slice_indices(s, len)?;
        let drop: std::collections::HashSet<usize> = si.indices().collect();
        let mut i = 0;
        b.data.borrow_mut().retain(|_| {
            let keep = !drop.contains(&i);
            i += 1;
            keep
        });
        return Ok(());
    }
    match index_of(vm, key, len, "bytearray")? {
        Some(i) if i < b.len() => {
            b.data.borrow_mut().remove(i);
            Ok(())
        }
        _ => Err(vm.index_error("bytearray index out of range")),
    }
}

/// A sequence index into `len` items, normalised; None when out of range. TypeError
/// "bytearray indices must be integers or slices, not str" for a non-int.
pub fn index_of(vm: &mut Vm, key: Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    let i = match try_index(vm, key)? {
        Some(b) => b,
        None => {
            let tn = vm.type_name(key);
            let what = if what == "bytes" { "byte" } else { what };
            return Err(vm.type_error(format!(
                "{what} indices must be integers or slices, not {tn}"
            )));
        }
    };
    let Some(i) = i.to_i64() else {
        return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
    };
    let i = if i < 0 { i + len as i64 } else { i };
    Ok(if i >= 0 && (i as usize) < len {
        Some(i as usize)
    } else {
        None
    })
}

/// `b[key]` for bytes and bytearray.
pub fn get_item(vm: &mut Vm, b: &BytesObj, key: Value) -> PyResult<Value> {
    if key.is_small_int() {
        let i = key.as_small_int();
        let data = b.bytes();
        let idx = if i < 0 { i + data.len() as i64 } else { i };
        if idx >= 0 && (idx as usize) < data.len() {
            return Ok(Value::small_int(data[idx as usize] as i64));
        }
    } else if let Some(s) = key.get::<SliceObj>() {
        let si = vm.slice_indices(s, b.len())?;
        let out: Vec<u8> = {
            // Indices past the end (a bytearray resized by a slice's __index__) are dropped.
            let data = b.bytes();
            si.indices().filter_map(|i| data.get(i).copied()).collect()
        };
        return Ok(vm.new_bytes_like(out, b.mutable));
    }
    match index_of(vm, key, b.len(), owner(b))?.and_then(|i| b.get(i)) {
        Some(c) => Ok(Value::small_int(c as i64)),
        None => Err(vm.index_error(if b.mutable {
            "bytearray index out of range"
        } else {
            "index out of range"
        })),
    }
}

/// `b * n` (and `n * b`).
pub fn repeat(vm: &mut Vm, b: &BytesObj, n: u128) -> PyResult<Value> {
    let data = b.to_vec();
    check_build_size(vm, data.len() as u128 * n)?;
    Ok(vm.new_bytes_like(data.repeat(n as usize), b.mutable))
}

// ---- int.from_bytes / int.to_bytes ----------------------------------------------------------

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod).
pub fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let rest = if pos.is_empty() { pos } else { &pos[1..] };
    if rest.len() > 2 {
        return Err(vm.type_error(format!(
            "from_bytes() takes at most 2 positional arguments ({} given)",
            rest.len()
        )));
    }
    let mut p = [rest.first().copied(), rest.get(1).copied(), None];
    for (kw, v) in args.kwargs() {
        let i = match kw {
            "bytes" => 0,
            "byteorder" => 1,
            "signed" => 2,
            _ => {
                return Err(vm.type_error(format!(
                    "from_bytes() got an unexpected keyword argument '{kw}'"
                )))
            }
        };
        if p[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for from_bytes() given by name ('{kw}') and position ({})",
                i + 1
            )));
        }
        p[i] = Some(v);
    }
    let Some(src) = p[0] else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder_arg(vm, p[1], "from_bytes")?;
    let signed = match p[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut data = bytes_from_object(vm, src, false)?;
    if little {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_be(&data)
    } else {
        BigInt::from_bytes_be(num_bigint::Sign::Plus, &data)
    };
    Ok(vm.new_bigint(n))
}

fn byteorder_arg(vm: &mut Vm, v: Option<Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match v.get::<StrObj>().map(|s| s.as_str()) {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!(
                    "{fname}() argument 'byteorder' must be str, not {tn}"
                )))
            }
        },
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (recv, rest) = split_receiver(vm, &args, "int", "to_bytes")?;
    let Some(value) = vm.to_bigint(recv) else {
        return Err(wrong_receiver(vm, "int", "to_bytes", recv));
    };
    if rest.len() > 2 {
        return Err(vm.type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            rest.len()
        )));
    }
    let mut p = [rest.first().copied(), rest.get(1).copied(), None];
    for (kw, v) in args.kwargs() {
        let i = match kw {
            "length" => 0,
            "byteorder" => 1,
            "signed" => 2,
            _ => {
                return Err(vm.type_error(format!(
                    "to_bytes() got an unexpected keyword argument '{kw}'"
                )))
            }
        };
        if p[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for to_bytes() given by name ('{kw}') and position ({})",
                i + 1
            )));
        }
        p[i] = Some(v);
    }
    let length = match p[0] {
        Some(v) => index_isize(vm, v)?,
        None => 1,
    };
    let little = byteorder_arg(vm, p[1], "to_bytes")?;
    let signed = match p[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    if !signed && value.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut data = if signed {
        if value.is_zero() {
            Vec::new()
        } else {
            value.to_signed_bytes_be()
        }
    } else if value.is_zero() {
        Vec::new()
    } else {
        value.to_bytes_be().1
    };
    let length = length as usize;
    if data.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    check_build_size(vm, length as u128)?;
    let fill = if signed && value.is_negative() {
        0xff
    } else {
        0
    };
    let mut out = vec![fill; length - data.len()];
    out.append(&mut data);
    if little {
        out.reverse();
    }
    Ok(vm.new_bytes(out))
}

//! The methods of `str`. Strings are UTF-8 inside but Python indexes them by character, so
//! `start`/`end` arguments are character indices, converted to byte offsets for searching
//! (ASCII strings, the common case, need no conversion).

use super::common::*;
use super::unicode;
use crate::runtime::format::is_python_space;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{Args, PyResult, Vm};
use num_traits::{ToPrimitive, Zero};

pub fn install(vm: &mut Vm) {
    let ty = vm.t.str_;
    add_methods(
        vm,
        ty,
        "str",
        &[
            ("split", str_split),
            ("rsplit", str_rsplit),
            ("join", str_join),
            ("strip", str_strip),
            ("lstrip", str_lstrip),
            ("rstrip", str_rstrip),
            ("replace", str_replace),
            ("find", str_find),
            ("rfind", str_rfind),
            ("index", str_index),
            ("rindex", str_rindex),
            ("count", str_count),
            ("startswith", str_startswith),
            ("endswith", str_endswith),
            ("upper", str_upper),
            ("lower", str_lower),
            ("title", str_title),
            ("capitalize", str_capitalize),
            ("swapcase", str_swapcase),
            ("casefold", str_casefold),
            ("isalpha", str_isalpha),
            ("isdigit", str_isdigit),
            ("isdecimal", str_isdecimal),
            ("isnumeric", str_isnumeric),
            ("isalnum", str_isalnum),
            ("isspace", str_isspace),
            ("islower", str_islower),
            ("isupper", str_isupper),
            ("istitle", str_istitle),
            ("isidentifier", str_isidentifier),
            ("isprintable", str_isprintable),
            ("isascii", str_isascii),
            ("center", str_center),
            ("ljust", str_ljust),
            ("rjust", str_rjust),
            ("zfill", str_zfill),
            ("partition", str_partition),
            ("rpartition", str_rpartition),
            ("splitlines", str_splitlines),
            ("expandtabs", str_expandtabs),
            ("removeprefix", str_removeprefix),
            ("removesuffix", str_removesuffix),
            ("translate", str_translate),
            ("encode", str_encode),
            ("format", super::str_format::str_format),
            ("format_map", super::str_format::str_format_map),
        ],
    );
    add_descriptor(
        vm,
        ty,
        "str",
        "maketrans",
        str_maketrans,
        DescriptorKind::StaticMethod,
    );
}

// ---- helpers --------------------------------------------------------------------------------

/// The str receiver of `str.<name>`, its value, and the other positional arguments.
fn this<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(Value, &'static StrObj, &'a [Value])> {
    let (recv, rest) = split_receiver(vm, args, "str", name)?;
    match recv.get::<StrObj>() {
        Some(s) => Ok((recv, s, rest)),
        None => Err(wrong_receiver(vm, "str", name, recv)),
    }
}

/// A str argument, or TypeError "must be str, not int".
fn str_arg(vm: &mut Vm, v: Value) -> PyResult<&'static StrObj> {
    match v.get::<StrObj>() {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("must be str, not {tn}")))
        }
    }
}

/// Character index of byte offset `b` of `s`.
fn char_index(s: &StrObj, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s.as_str()[..b].chars().count()
    }
}

fn new_strings(vm: &mut Vm, parts: Vec<&str>) -> Vec<Value> {
    parts.into_iter().map(|p| vm.new_str(p)).collect()
}

/// The byte range of the character range `start..end` (already adjusted, start <= end).
fn byte_range(s: &StrObj, start: i64, end: i64) -> (usize, usize) {
    (s.byte_offset(start as usize), s.byte_offset(end as usize))
}

// ---- split and join -------------------------------------------------------------------------

/// Parse `(sep=None, maxsplit=-1)`.
fn split_args(
    vm: &mut Vm,
    args: &Args,
    rest: &[Value],
    name: &str,
) -> PyResult<(Option<&'static str>, usize)> {
    let given = rest.len() + args.kwnames.len();
    if given > 2 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 arguments ({given} given)"
        )));
    }
    let p = bind_params(vm, rest, args, &["sep", "maxsplit"], name)?;
    let sep = match p[0] {
        Some(v) if !v.is_none() => match v.get::<StrObj>() {
            Some(s) => Some(s.as_str()),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("must be str or None, not {tn}")));
            }
        },
        _ => None,
    };
    let maxsplit = match p[1] {
        Some(v) => index_isize(vm, v)?,
        None => -1,
    };
    if sep == Some("") {
        return Err(vm.value_error("empty separator"));
    }
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    Ok((sep, max))
}

/// CPython's `split_whitespace`.
fn split_whitespace(s: &str, mut maxcount: usize) -> Vec<&str> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| if i < n { chars[i].0 } else { s.len() };
    let mut out = Vec::new();
    let mut i = 0;
    while maxcount > 0 {
        while i < n && is_python_space(chars[i].1) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        i += 1;
        while i < n && !is_python_space(chars[i].1) {
            i += 1;
        }
        out.push(&s[at(j)..at(i)]);
        maxcount -= 1;
    }
    if i < n {
        while i < n && is_python_space(chars[i].1) {
            i += 1;
        }
        if i != n {
            out.push(&s[at(i)..]);
        }
    }
    out
}

/// CPython's `rsplit_whitespace` (result in left-to-right order).
fn rsplit_whitespace(s: &str, mut maxcount: usize) -> Vec<&str> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let at = |i: usize| if i < chars.len() { chars[i].0 } else { s.len() };
    let mut out = Vec::new();
    // `i` counts characters from the left; positions are i - 1 going down.
    let mut i = chars.len();
    while maxcount > 0 {
        while i > 0 && is_python_space(chars[i - 1].1) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        i -= 1;
        while i > 0 && !is_python_space(chars[i - 1].1) {
            i -= 1;
        }
        out.push(&s[at(i)..at(j)]);
        maxcount -= 1;
    }
    if i > 0 {
        while i > 0 && is_python_space(chars[i - 1].1) {
            i -= 1;
        }
        if i != 0 {
            out.push(&s[..at(i)]);
        }
    }
    out.reverse();
    out
}

fn split_sep<'a>(s: &'a str, sep: &str, mut maxcount: usize) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut i = 0;
    while maxcount > 0 {
        match s[i..].find(sep) {
            Some(pos) => {
                out.push(&s[i..i + pos]);
                i += pos + sep.len();
            }
            None => break,
        }
        maxcount -= 1;
    }
    out.push(&s[i..]);
    out
}

fn rsplit_sep<'a>(s: &'a str, sep: &str, mut maxcount: usize) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut j = s.len();
    while maxcount > 0 {
        match s[..j].rfind(sep) {
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

fn str_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, &args, "split")?;
    let (sep, max) = split_args(vm, &args, rest, "split")?;
    let parts = match sep {
        None => split_whitespace(s.as_str(), max),
        Some(sep) => split_sep(s.as_str(), sep, max),
    };
    let items = new_strings(vm, parts);
    Ok(vm.new_list(items))
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, &args, "rsplit")?;
    let (sep, max) = split_args(vm, &args, rest, "rsplit")?;
    let parts = match sep {
        None => rsplit_whitespace(s.as_str(), max),
        Some(sep) => rsplit_sep(s.as_str(), sep, max),
    };
    let items = new_strings(vm, parts);
    Ok(vm.new_list(items))
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, &args, "join")?;
    let iterable = one_arg(vm, &args, rest, "str.join")?;
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
    if items.len() == 1 && items[0].is::<StrObj>() {
        return Ok(items[0]);
    }
    let mut out = String::new();
    for (i, &item) in items.iter().enumerate() {
        match item.get::<StrObj>() {
            Some(x) => {
                if i > 0 {
                    out.push_str(s.as_str());
                }
                out.push_str(x.as_str());
            }
            None => {
                let tn = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {tn} found"
                )));
            }
        }
    }
    Ok(vm.new_str(out))
}

// ---- strip, replace -------------------------------------------------------------------------

/// `strip`/`lstrip`/`rstrip`: which ends to strip.
fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (recv, s, rest) = this(vm, &args, name)?;
    no_kwargs(vm, &args, &format!("str.{name}"))?;
    count_clinic(vm, rest.len(), name, 0, 1)?;
    let chars: Option<&str> = match rest.first() {
        Some(&v) if !v.is_none() => match v.get::<StrObj>() {
            Some(c) => Some(c.as_str()),
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
        _ => None,
    };
    let strip_char = |c: char| match chars {
        Some(set) => set.contains(c),
        None => is_python_space(c),
    };
    let text = s.as_str();
    let mut out = text;
    if left {
        out = out.trim_start_matches(strip_char);
    }
    if right {
        out = out.trim_end_matches(strip_char);
    }
    if out.len() == text.len() {
        return Ok(recv);
    }
    Ok(vm.new_str(out))
}

fn str_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (recv, s, rest) = this(vm, &args, "replace")?;
    no_kwargs(vm, &args, "str.replace")?;
    count_clinic(vm, rest.len(), "replace", 2, 3)?;
    let mut strs = [""; 2];
    for (i, slot) in strs.iter_mut().enumerate() {
        match rest[i].get::<StrObj>() {
            Some(x) => *slot = x.as_str(),
            None => {
                let tn = vm.type_name(rest[i]);
                return Err(vm.type_error(format!(
                    "replace() argument {} must be str, not {tn}",
                    i + 1
                )));
            }
        }
    }
    let count = match rest.get(2) {
        Some(&c) => index_isize(vm, c)?,
        None => -1,
    };
    if count == 0 {
        return Ok(recv);
    }
    let (old, new) = (strs[0], strs[1]);
    if new.len() > old.len() {
        // An upper bound of the result's size: every possible match replaced.
        let matches = if old.is_empty() {
            s.char_len as u128 + 1
        } else {
            (s.as_str().len() / old.len()) as u128
        };
        let matches = if count >= 0 {
            matches.min(count as u128)
        } else {
            matches
        };
        check_build_size(
            vm,
            s.as_str().len() as u128 + matches * (new.len() - old.len()) as u128,
        )?;
    }
    let out = if count < 0 {
        s.as_str().replace(old, new)
    } else {
        s.as_str().replacen(old, new, count as usize)
    };
    Ok(vm.new_str(out))
}

// ---- searching ------------------------------------------------------------------------------

/// Parse `(sub[, start[, end]])` of find/index/count, resolved to a character range.
fn search_args(
    vm: &mut Vm,
    args: &Args,
    s: &StrObj,
    rest: &[Value],
    name: &str,
) -> PyResult<(&'static str, i64, i64)> {
    no_kwargs(vm, args, &format!("str.{name}"))?;
    count_parse_tuple(vm, rest.len(), name, 1, 3)?;
    let sub = str_arg(vm, rest[0])?.as_str();
    let start = slice_index(vm, rest.get(1).copied())?;
    let end = slice_index(vm, rest.get(2).copied())?;
    let (start, end) = adjust_indices(start, end, s.char_len);
    Ok((sub, start, end))
}

/// `find`/`rfind`: the character index of `sub` in `s[start:end]`, or -1.
fn find_in(s: &StrObj, sub: &str, start: i64, end: i64, reverse: bool) -> i64 {
    let sub_chars = if sub.is_ascii() {
        sub.len()
    } else {
        sub.chars().count()
    } as i64;
    if end - start < sub_chars {
        return -1;
    }
    let (b0, b1) = byte_range(s, start, end);
    let hay = &s.as_str()[b0..b1];
    let found = if reverse {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    };
    match found {
        Some(b) => char_index(s, b0 + b) as i64,
        None => -1,
    }
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool, raise: bool) -> PyResult<Value> {
    let (_, s, rest) = this(vm, &args, name)?;
    let (sub, start, end) = search_args(vm, &args, s, rest, name)?;
    let i = find_in(s, sub, start, end, reverse);
    if i < 0 && raise {
        return Err(vm.value_error("substring not found"));
    }
    Ok(vm.new_int(i))
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "find", false, false)
}

fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "rfind", true, false)
}

fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "index", false, true)
}

fn str_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "rindex", true, true)
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, &args, "count")?;
    let (sub, start, end) = search_args(vm, &args, s, rest, "count")?;
    if start > end || start > s.char_len as i64 {
        return Ok(Value::small_int(0));
    }
    if sub.is_empty() {
        return Ok(vm.new_int(end - start + 1));
    }
    let (b0, b1) = byte_range(s, start, end);
    let n = s.as_str()[b0..b1].matches(sub).count();
    Ok(vm.new_int(n as i64))
}

/// CPython's `tailmatch`: does `sub` match at the start (or end) of `s[start:end]`?
fn tail_match(s: &StrObj, sub: &str, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (start, end) = adjust_indices(start, end, s.char_len);
    let sub_chars = sub.chars().count() as i64;
    let end = end - sub_chars;
    if end < start {
        return false;
    }
    if sub.is_empty() {
        return true;
    }
    let from = if at_end { end } else { start };
    let (b0, b1) = byte_range(s, from, from + sub_chars);
    &s.as_str()[b0..b1] == sub
}

fn starts_ends(vm: &mut Vm, args: Args, name: &str, at_end: bool) -> PyResult<Value> {
    let (_, s, rest) = this(vm, &args, name)?;
    no_kwargs(vm, &args, &format!("str.{name}"))?;
    count_parse_tuple(vm, rest.len(), name, 1, 3)?;
    let start = slice_index(vm, rest.get(1).copied())?;
    let end = slice_index(vm, rest.get(2).copied())?;
    let what = rest[0];
    if let Some(t) = what.get::<TupleObj>() {
        for &item in t.items.iter() {
            match item.get::<StrObj>() {
                Some(sub) => {
                    if tail_match(s, sub.as_str(), start, end, at_end) {
                        return Ok(Value::TRUE);
                    }
                }
                None => {
                    let tn = vm.type_name(item);
                    return Err(
                        vm.type_error(format!("tuple for {name} must only contain str, not {tn}"))
                    );
                }
            }
        }
        return Ok(Value::FALSE);
    }
    match what.get::<StrObj>() {
        Some(sub) => Ok(Value::bool(tail_match(s, sub.as_str(), start, end, at_end))),
        None => {
            let tn = vm.type_name(what);
            Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {tn}"
            )))
        }
    }
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

// ---- case -----------------------------------------------------------------------------------

/// A no-argument method computing a new string from the receiver's text.
fn map_text(vm: &mut Vm, args: Args, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let (recv, s, rest) = this(vm, &args, name)?;
    no_args(vm, &args, rest, &format!("str.{name}"))?;
    let out = f(s.as_str());
    if out == s.as_str() {
        return Ok(recv);
    }
    Ok(vm.new_str(out))
}

fn upper(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_uppercase()
    } else {
        s.to_uppercase()
    }
}

fn lower(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        // Rust applies the same final-sigma rule as CPython.
        s.to_lowercase()
    }
}

/// Lowercase of character `c` at index `i`, with capital sigma's form from `sigmas`.
fn push_lower_at(out: &mut String, c: char, i: usize, sigmas: &[Option<char>]) {
    match sigmas.get(i).copied().flatten() {
        Some(form) => out.push(form),
        None => unicode::push_lower(out, c),
    }
}

fn title(s: &str) -> String {
    let sigmas = unicode::sigma_forms(s);
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, c) in s.chars().enumerate() {
        if previous_is_cased {
            push_lower_at(&mut out, c, i, &sigmas);
        } else {
            unicode::push_title(&mut out, c);
        }
        previous_is_cased = unicode::is_cased(c);
    }
    out
}

fn capitalize(s: &str) -> String {
    let sigmas = unicode::sigma_forms(s);
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if i == 0 {
            unicode::push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, c, i, &sigmas);
        }
    }
    out
}

fn swapcase(s: &str) -> String {
    let sigmas = unicode::sigma_forms(s);
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if unicode::is_upper(c) {
            push_lower_at(&mut out, c, i, &sigmas);
        } else if unicode::is_lower(c) {
            unicode::push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        unicode::push_fold(&mut out, c);
    }
    out
}

fn str_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(vm, args, "upper", upper)
}

fn str_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(vm, args, "lower", lower)
}

fn str_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(vm, args, "title", title)
}

fn str_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(vm, args, "capitalize", capitalize)
}

fn str_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(vm, args, "swapcase", swapcase)
}

fn str_casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(vm, args, "casefold", casefold)
}

// ---- predicates -----------------------------------------------------------------------------

fn predicate(vm: &mut Vm, args: Args, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let (_, s, rest) = this(vm, &args, name)?;
    no_args(vm, &args, rest, &format!("str.{name}"))?;
    Ok(Value::bool(f(s.as_str())))
}

/// Non-empty and every character satisfies `f`.
fn all_chars(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn str_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalpha", |s| all_chars(s, unicode::is_alpha))
}

fn str_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |s| all_chars(s, unicode::is_digit))
}

fn str_isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdecimal", |s| all_chars(s, unicode::is_decimal))
}

fn str_isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isnumeric", |s| all_chars(s, unicode::is_numeric))
}

fn str_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |s| all_chars(s, unicode::is_alnum))
}

fn str_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isspace", |s| all_chars(s, unicode::is_space))
}

fn str_isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isprintable", |s| {
        s.chars().all(unicode::is_printable)
    })
}

fn str_isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isascii", |s| s.is_ascii())
}

fn str_isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isidentifier", unicode::is_identifier)
}

/// CPython's `islower`: no uppercase or titlecase characters, and at least one lowercase.
fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if unicode::is_upper(c) || unicode::is_titlecase(c) {
            return false;
        }
        if unicode::is_lower(c) {
            cased = true;
        }
    }
    cased
}

fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if unicode::is_lower(c) || unicode::is_titlecase(c) {
            return false;
        }
        if unicode::is_upper(c) {
            cased = true;
        }
    }
    cased
}

/// Uppercase/titlecase characters only after uncased ones, lowercase only after cased ones.
fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if unicode::is_upper(c) || unicode::is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if unicode::is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

fn str_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "islower", islower)
}

fn str_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isupper", isupper)
}

fn str_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "istitle", istitle)
}

// ---- padding --------------------------------------------------------------------------------

/// `center`/`ljust`/`rjust`: `(width[, fillchar])`.
fn pad_impl(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let (recv, s, rest) = this(vm, &args, name)?;
    no_kwargs(vm, &args, &format!("str.{name}"))?;
    count_clinic(vm, rest.len(), name, 1, 2)?;
    let width = index_isize(vm, rest[0])?;
    let fill = match rest.get(1) {
        None => ' ',
        Some(&f) => match f.get::<StrObj>() {
            Some(fs) if fs.char_len == 1 => fs.as_str().chars().next().unwrap_or(' '),
            Some(_) => {
                return Err(vm.type_error("The fill character must be exactly one character long"))
            }
            None => {
                let tn = vm.type_name(f);
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {tn}"
                )));
            }
        },
    };
    let len = s.char_len as i64;
    if width <= len {
        return Ok(recv);
    }
    check_build_size(
        vm,
        s.as_str().len() as u128 + (width - len) as u128 * fill.len_utf8() as u128,
    )?;
    let marg = (width - len) as usize;
    let (left, right) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & (width as usize) & 1);
            (left, marg - left)
        }
    };
    let mut out = String::with_capacity(s.as_str().len() + marg * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, right));
    Ok(vm.new_str(out))
}

fn str_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "center")
}

fn str_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "ljust")
}

fn str_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "rjust")
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (recv, s, rest) = this(vm, &args, "zfill")?;
    let w = one_arg(vm, &args, rest, "str.zfill")?;
    let width = index_isize(vm, w)?;
    let len = s.char_len as i64;
    if width <= len {
        return Ok(recv);
    }
    check_build_size(vm, width as u128)?;
    let fill = (width - len) as usize;
    let text = s.as_str();
    let mut out = String::with_capacity(text.len() + fill);
    let body = match text.as_bytes().first() {
        Some(b'+') | Some(b'-') => {
            out.push_str(&text[..1]);
            &text[1..]
        }
        _ => text,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(body);
    Ok(vm.new_str(out))
}

// ---- partition, lines, tabs -----------------------------------------------------------------

fn partition_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (recv, s, rest) = this(vm, &args, name)?;
    let sep_v = one_arg(vm, &args, rest, &format!("str.{name}"))?;
    let sep = str_arg(vm, sep_v)?.as_str();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if reverse {
        text.rfind(sep)
    } else {
        text.find(sep)
    };
    let parts = match found {
        Some(b) => {
            let before = vm.new_str(&text[..b]);
            let after = vm.new_str(&text[b + sep.len()..]);
            vec![before, sep_v, after]
        }
        None => {
            let empty = vm.intern("");
            if reverse {
                vec![empty, empty, recv]
            } else {
                vec![recv, empty, empty]
            }
        }
    };
    Ok(vm.new_tuple(parts))
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, &args, "splitlines")?;
    let given = rest.len() + args.kwnames.len();
    if given > 1 {
        return Err(vm.type_error(format!(
            "splitlines() takes at most 1 argument ({given} given)"
        )));
    }
    let p = bind_params(vm, rest, &args, &["keepends"], "splitlines")?;
    let keepends = match p[0] {
        Some(v) => !index_bigint(vm, v)?.is_zero(),
        None => false,
    };
    let text = s.as_str();
    let mut parts = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = iter.peek() {
                iter.next();
                end += 1;
            }
        }
        parts.push(if keepends {
            &text[start..end]
        } else {
            &text[start..i]
        });
        start = end;
    }
    if start < text.len() {
        parts.push(&text[start..]);
    }
    let items = new_strings(vm, parts);
    Ok(vm.new_list(items))
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, &args, "expandtabs")?;
    let given = rest.len() + args.kwnames.len();
    if given > 1 {
        return Err(vm.type_error(format!(
            "expandtabs() takes at most 1 argument ({given} given)"
        )));
    }
    let p = bind_params(vm, rest, &args, &["tabsize"], "expandtabs")?;
    let tabsize = match p[0] {
        Some(v) => {
            let b = index_bigint(vm, v)?;
            match b.to_i32() {
                Some(t) => t as i64,
                None => return Err(vm.overflow_error("Python int too large to convert to C int")),
            }
        }
        None => 8,
    };
    let mut out = String::with_capacity(s.as_str().len());
    let mut column: i64 = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - column % tabsize;
                    check_build_size(vm, out.len() as u128 + n as u128)?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    column += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}

// ---- prefixes, translate --------------------------------------------------------------------

fn remove_affix(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let (recv, s, rest) = this(vm, &args, name)?;
    let a = one_arg(vm, &args, rest, &format!("str.{name}"))?;
    let affix = match a.get::<StrObj>() {
        Some(x) => x.as_str(),
        None => {
            let tn = vm.type_name(a);
            return Err(vm.type_error(format!("{name}() argument must be str, not {tn}")));
        }
    };
    let text = s.as_str();
    let stripped = if suffix {
        text.strip_suffix(affix)
    } else {
        text.strip_prefix(affix)
    };
    match stripped {
        Some(t) if !affix.is_empty() => Ok(vm.new_str(t)),
        _ => Ok(recv),
    }
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", false)
}

fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", true)
}

fn str_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, &args, "translate")?;
    let table = one_arg(vm, &args, rest, "str.translate")?;
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let key = Value::small_int(c as i64);
        let mapped = match vm.get_item(table, key) {
            Ok(v) => v,
            Err(e) if err_is(vm, &e, ExcName::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if mapped.is_none() {
            continue;
        }
        if let Some(m) = mapped.get::<StrObj>() {
            out.push_str(m.as_str());
        } else if is_int(mapped) {
            let code = vm.to_i64(mapped).unwrap_or(-1);
            if !(0..0x110000).contains(&code) {
                return Err(vm.value_error("character mapping must be in range(0x110000)"));
            }
            out.push(char::from_u32(code as u32).unwrap_or('\u{FFFD}'));
        } else {
            return Err(vm.type_error("character mapping must return integer, None or str"));
        }
    }
    Ok(vm.new_str(out))
}

/// `str.maketrans(x[, y[, z]])`, a staticmethod.
fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "str.maketrans")?;
    let pos = args.pos();
    count_clinic(vm, pos.len(), "maketrans", 1, 3)?;
    let result = vm.new_dict();
    let mark = vm.roots_mark();
    vm.root(result);
    let r = maketrans_into(vm, result, pos);
    vm.unroot_to(mark);
    r.map(|_| result)
}

fn maketrans_into(vm: &mut Vm, result: Value, pos: &[Value]) -> PyResult<()> {
    if pos.len() == 1 {
        let d = match pos[0].get::<DictObj>() {
            Some(d) => d,
            None => {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                )
            }
        };
        let entries: Vec<(Value, Value)> =
            d.table.borrow().iter().map(|e| (e.key, e.value)).collect();
        for (k, v) in entries {
            let key = if let Some(ks) = k.get::<StrObj>() {
                if ks.char_len != 1 {
                    return Err(
                        vm.value_error("string keys in translate table must be of length 1")
                    );
                }
                Value::small_int(ks.as_str().chars().next().map(|c| c as i64).unwrap_or(0))
            } else if is_int(k) {
                k
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            vm.dict_set(result, key, v)?;
        }
        return Ok(());
    }
    let x = match pos[0].get::<StrObj>() {
        Some(x) => x,
        None => {
            return Err(vm.type_error(
                "first maketrans argument must be a string if there is a second argument",
            ))
        }
    };
    let mut strs = Vec::new();
    for (i, &v) in pos.iter().enumerate().skip(1) {
        match v.get::<StrObj>() {
            Some(s) => strs.push(s),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "maketrans() argument {} must be str, not {tn}",
                    i + 1
                )));
            }
        }
    }
    let y = strs[0];
    if x.char_len != y.char_len {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        let (ka, vb) = (Value::small_int(a as i64), Value::small_int(b as i64));
        vm.dict_set(result, ka, vb)?;
    }
    if let Some(z) = strs.get(1) {
        for c in z.as_str().chars() {
            vm.dict_set(result, Value::small_int(c as i64), Value::NONE)?;
        }
    }
    Ok(())
}

// ---- encode ---------------------------------------------------------------------------------

/// `str.encode(encoding='utf-8', errors='strict')`.
fn str_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, &args, "encode")?;
    count_clinic(vm, rest.len() + args.kwnames.len(), "encode", 0, 2)?;
    let p = bind_params(vm, rest, &args, &["encoding", "errors"], "encode")?;
    let mut names = [None, None];
    for (i, what) in ["encoding", "errors"].iter().enumerate() {
        if let Some(v) = p[i] {
            match v.get::<StrObj>() {
                Some(x) => names[i] = Some(x.as_str()),
                None => {
                    let tn = vm.type_name(v);
                    return Err(
                        vm.type_error(format!("encode() argument '{what}' must be str, not {tn}"))
                    );
                }
            }
        }
    }
    let data = super::codecs::encode(vm, s.as_str(), names[0].unwrap_or("utf-8"), names[1])?;
    Ok(vm.new_bytes(data))
}

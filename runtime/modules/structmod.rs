//! `_struct`: packing Python values into C layouts and back, after CPython's `_struct.c`
//! (x86-64 native sizes and alignment, the standard sizes of `<`, `>`, `!`, `=`), with its
//! range checks and error messages. `struct.py` (embedded) re-exports it and adds `Struct`.

use super::{add_function, new_module, set};
use crate::runtime::builtins::bytes_methods::{buffer_of, bytes_arg};
use crate::runtime::builtins::common::*;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyErr, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub fn install(vm: &mut Vm) {
    let m = new_module(vm, "_struct");
    let functions: &[(&'static str, BuiltinFn)] = &[
        ("pack", pack),
        ("unpack", unpack),
        ("calcsize", calcsize),
        ("pack_into", pack_into),
        ("unpack_from", unpack_from),
        ("iter_unpack", iter_unpack),
    ];
    for &(name, func) in functions {
        add_function(vm, m, name, func);
    }
    // `struct.error`, a plain Exception subclass, made as a class statement would make it.
    let ns = vm.new_dict();
    let module_key = vm.names.module;
    let module_name = vm.intern("struct");
    let _ = vm.dict_set(ns, module_key, module_name);
    let name = vm.intern("error");
    let base = vm.exc_class(crate::runtime::vm::types::ExcName::Exception);
    if let Ok(cls) = vm.make_class(vm.t.type_, name, vec![base], ns) {
        set(vm, m, "error", cls);
    }
}

/// Raise `struct.error(msg)`.
fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let modules = vm.modules;
    let key = vm.intern("_struct");
    let name = vm.intern("error");
    let cls = vm
        .dict_get_str(modules, key)
        .and_then(|m| m.get::<ModuleObj>())
        .and_then(|m| vm.dict_get_str(m.dict, name));
    match cls {
        Some(cls) => {
            let msg = vm.new_str(msg.into());
            PyErr(vm.new_exception(cls, vec![msg]))
        }
        None => vm.runtime_error(msg),
    }
}

// ---- formats --------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    /// `@`: native sizes and alignment.
    Native,
    /// `<` and `=` (x86-64 is little-endian): standard sizes, no alignment.
    Little,
    /// `>` and `!`.
    Big,
}

/// One format code with its repeat count.
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    size: usize,
}

struct Format {
    order: Order,
    items: Vec<Item>,
    /// Total packed size in bytes.
    size: usize,
    /// Number of Python values packed/unpacked.
    nvalues: usize,
}

/// Size and alignment of a code in the given mode; None for a code the mode lacks.
fn code_layout(code: u8, order: Order) -> Option<(usize, usize)> {
    let native = order == Order::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => (1, 1),
        b'h' | b'H' | b'e' => (2, 2),
        b'i' | b'I' | b'f' => (4, 4),
        b'l' | b'L' => {
            if native {
                (8, 8)
            } else {
                (4, 4)
            }
        }
        b'q' | b'Q' | b'd' => (8, 8),
        b'n' | b'N' | b'P' if native => (8, 8),
        _ => return None,
    })
}

/// The text of a format argument (str or bytes).
fn format_text(vm: &mut Vm, f: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = f.get::<StrObj>() {
        return Ok(s.as_str().as_bytes().to_vec());
    }
    if let Some(b) = f.get::<BytesObj>().filter(|b| !b.mutable) {
        return Ok(b.to_vec());
    }
    let tn = vm.type_name(f);
    Err(vm.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {tn}"
    )))
}

fn parse_format(vm: &mut Vm, f: Value) -> PyResult<Format> {
    let text = format_text(vm, f)?;
    let mut s = &text[..];
    let order = match s.first() {
        Some(b'@') => {
            s = &s[1..];
            Order::Native
        }
        Some(b'<') | Some(b'=') => {
            s = &s[1..];
            Order::Little
        }
        Some(b'>') | Some(b'!') => {
            s = &s[1..];
            Order::Big
        }
        _ => Order::Native,
    };
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut nvalues = 0;
    let mut i = 0;
    while i < s.len() {
        let mut c = s[i];
        i += 1;
        if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c') {
            continue;
        }
        let count = if c.is_ascii_digit() {
            let mut num: usize = (c - b'0') as usize;
            loop {
                match s.get(i) {
                    Some(&d) if d.is_ascii_digit() => {
                        num = match num
                            .checked_mul(10)
                            .and_then(|n| n.checked_add((d - b'0') as usize))
                        {
                            Some(n) => n,
                            None => return Err(error(vm, "total struct size too long")),
                        };
                        i += 1;
                    }
                    Some(&d) => {
                        c = d;
                        i += 1;
                        break;
                    }
                    None => return Err(error(vm, "repeat count given without format specifier")),
                }
            }
            num
        } else {
            1
        };
        let Some((item_size, align)) = code_layout(c, order) else {
            return Err(error(vm, "bad char in struct format"));
        };
        if order == Order::Native && size > 0 {
            size = size.div_ceil(align) * align;
        }
        let total = count
            .checked_mul(item_size)
            .and_then(|t| t.checked_add(size))
            .filter(|&t| t <= isize::MAX as usize);
        size = match total {
            Some(t) => t,
            None => return Err(error(vm, "total struct size too long")),
        };
        nvalues += match c {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
        items.push(Item {
            code: c,
            count,
            size: item_size,
        });
    }
    Ok(Format {
        order,
        items,
        size,
        nvalues,
    })
}

// ---- packing --------------------------------------------------------------------------------

/// `get_pylong`: an int (or `__index__`), else struct.error.
fn int_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    match try_index(vm, v)? {
        Some(b) => Ok(b),
        None => Err(error(vm, "required argument is not an integer")),
    }
}

fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if let Some(b) = vm.to_bigint(v) {
        return match vm.big_to_f64(&b) {
            Ok(f) => Ok(f),
            Err(_) => Err(error(vm, "required argument is not a float")),
        };
    }
    if vm.is_user_object(v) {
        if let Some(r) = call_special(vm, v, "__float__", &[])? {
            if r.is_float() {
                return Ok(r.as_float());
            }
        } else if let Some(r) = call_special(vm, v, "__index__", &[])? {
            if let Some(b) = vm.to_bigint(r) {
                if let Ok(f) = vm.big_to_f64(&b) {
                    return Ok(f);
                }
            }
        }
    }
    Err(error(vm, "required argument is not a float"))
}

/// Check and convert an integer for `code`; the value as i128 (two's complement for the
/// unsigned codes is handled by the caller writing `size` bytes).
fn int_value(vm: &mut Vm, code: u8, order: Order, b: &BigInt) -> PyResult<i128> {
    let long = b.to_i64().map(|x| x as i128);
    let ulong = b.to_u64().map(|x| x as i128);
    let out_of_range = |vm: &mut Vm| error(vm, "argument out of range");
    let requires = |vm: &mut Vm, name: &str, lo: i128, hi: i128| {
        error(vm, format!("{name} format requires {lo} <= number <= {hi}"))
    };
    let big = order == Order::Big;
    match code {
        b'b' => {
            let x = long.ok_or_else(|| out_of_range(vm))?;
            if !(-128..=127).contains(&x) {
                return Err(requires(vm, "byte", -128, 127));
            }
            Ok(x)
        }
        b'B' => {
            let x = long.ok_or_else(|| out_of_range(vm))?;
            if !(0..=255).contains(&x) {
                return Err(requires(vm, "ubyte", 0, 255));
            }
            Ok(x)
        }
        b'h' => {
            let x = long.ok_or_else(|| out_of_range(vm))?;
            if !(-32768..=32767).contains(&x) {
                let name = if big { "'h'" } else { "short" };
                return Err(requires(vm, name, -32768, 32767));
            }
            Ok(x)
        }
        b'H' => {
            let x = if big { ulong } else { long }.ok_or_else(|| out_of_range(vm))?;
            if !(0..=65535).contains(&x) {
                let name = if big { "'H'" } else { "ushort" };
                return Err(requires(vm, name, 0, 65535));
            }
            Ok(x)
        }
        b'i' => {
            let x = long.ok_or_else(|| out_of_range(vm))?;
            if !(i32::MIN as i128..=i32::MAX as i128).contains(&x) {
                return Err(requires(vm, "'i'", i32::MIN as i128, i32::MAX as i128));
            }
            Ok(x)
        }
        b'I' => {
            let x = ulong.ok_or_else(|| out_of_range(vm))?;
            if x > u32::MAX as i128 {
                return Err(requires(vm, "'I'", 0, u32::MAX as i128));
            }
            Ok(x)
        }
        b'l' | b'n' => {
            let x = long.ok_or_else(|| out_of_range(vm))?;
            if order != Order::Native && !(i32::MIN as i128..=i32::MAX as i128).contains(&x) {
                return Err(requires(vm, "'l'", i32::MIN as i128, i32::MAX as i128));
            }
            Ok(x)
        }
        b'L' | b'N' => {
            let x = ulong.ok_or_else(|| out_of_range(vm))?;
            if order != Order::Native && x > u32::MAX as i128 {
                return Err(requires(vm, "'L'", 0, u32::MAX as i128));
            }
            Ok(x)
        }
        b'q' => match long {
            Some(x) => Ok(x),
            None if big => Err(error(vm, "int too large to convert")),
            None => Err(out_of_range(vm)),
        },
        b'Q' => match ulong {
            Some(x) => Ok(x),
            None if big => Err(error(vm, "int too large to convert")),
            None => Err(out_of_range(vm)),
        },
        // P: a pointer-sized word; negative values wrap as C does.
        _ => match long.or(ulong) {
            Some(x) => Ok(x),
            None => Err(out_of_range(vm)),
        },
    }
}

fn put_int(out: &mut Vec<u8>, x: i128, size: usize, order: Order) {
    let bytes = x.to_le_bytes();
    if order == Order::Big {
        out.extend(bytes[..size].iter().rev());
    } else {
        out.extend_from_slice(&bytes[..size]);
    }
}

fn put_bytes(out: &mut Vec<u8>, bytes: &[u8], order: Order) {
    if order == Order::Big {
        out.extend(bytes.iter().rev());
    } else {
        out.extend_from_slice(bytes);
    }
}

/// CPython's `PyFloat_Pack2`: IEEE half precision, round half to even.
fn pack_half(vm: &mut Vm, x: f64) -> PyResult<u16> {
    let overflow = |vm: &mut Vm| vm.overflow_error("float too large to pack with e format");
    let (sign, e, bits): (u16, i32, u16) = if x == 0.0 {
        (x.is_sign_negative() as u16, 0, 0)
    } else if x.is_infinite() {
        ((x < 0.0) as u16, 0x1f, 0)
    } else if x.is_nan() {
        (x.is_sign_negative() as u16, 0x1f, 512)
    } else {
        let sign = (x < 0.0) as u16;
        let ax = x.abs();
        let (mut f, mut e) = frexp(ax);
        f *= 2.0;
        e -= 1;
        if e >= 16 {
            return Err(overflow(vm));
        } else if e < -25 {
            f = 0.0;
            e = 0;
        } else if e < -14 {
            f = ldexp(f, 14 + e);
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        let mut bits = f as u16;
        let rest = f - bits as f64;
        if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
            bits += 1;
            if bits == 1024 {
                bits = 0;
                e += 1;
                if e == 31 {
                    return Err(overflow(vm));
                }
            }
        }
        (sign, e, bits)
    };
    Ok(bits | ((e as u16) << 10) | (sign << 15))
}

/// CPython's `PyFloat_Unpack2`.
fn unpack_half(h: u16) -> f64 {
    let sign = (h >> 15) & 1;
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    if e == 0x1f {
        let v = if f == 0.0 { f64::INFINITY } else { f64::NAN };
        return if sign == 1 { -v } else { v };
    }
    let mut x = f / 1024.0;
    let e = if e == 0 {
        -14
    } else {
        x += 1.0;
        e - 15
    };
    x = ldexp(x, e);
    if sign == 1 {
        -x
    } else {
        x
    }
}

/// `frexp` for finite non-zero x: x = m * 2^e, 0.5 <= m < 1.
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// `ldexp` for the small exponents used here (exact: multiplying by a power of two).
fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// Pack `values` (already counted) by `fmt`.
fn pack_values(vm: &mut Vm, fmt: &Format, values: &[Value]) -> PyResult<Vec<u8>> {
    check_build_size(vm, fmt.size as u128)?;
    let mut out = Vec::with_capacity(fmt.size);
    let mut vi = 0;
    let order = fmt.order;
    for item in &fmt.items {
        if order == Order::Native {
            let align = code_layout(item.code, order).map(|l| l.1).unwrap_or(1);
            if !out.is_empty() {
                let padded = out.len().div_ceil(align) * align;
                out.resize(padded, 0);
            }
        }
        match item.code {
            b'x' => out.extend(std::iter::repeat_n(0, item.count)),
            b's' | b'p' => {
                let v = values[vi];
                vi += 1;
                let data = match v.get::<BytesObj>() {
                    Some(b) => b.to_vec(),
                    None => {
                        let c = item.code as char;
                        return Err(error(
                            vm,
                            format!("argument for '{c}' must be a bytes object"),
                        ));
                    }
                };
                let n = item.count;
                if item.code == b's' {
                    let k = data.len().min(n);
                    out.extend_from_slice(&data[..k]);
                    out.extend(std::iter::repeat_n(0, n - k));
                } else if n > 0 {
                    let k = data.len().min(n - 1);
                    out.push(k.min(255) as u8);
                    out.extend_from_slice(&data[..k]);
                    out.extend(std::iter::repeat_n(0, n - 1 - k));
                }
            }
            code => {
                for _ in 0..item.count {
                    let v = values[vi];
                    vi += 1;
                    match code {
                        b'c' => match v.get::<BytesObj>() {
                            Some(b) if !b.mutable && b.len() == 1 => out.push(b.bytes()[0]),
                            _ => {
                                return Err(error(
                                    vm,
                                    "char format requires a bytes object of length 1",
                                ))
                            }
                        },
                        b'?' => {
                            let t = vm.truthy(v)?;
                            out.push(t as u8);
                        }
                        b'e' => {
                            let x = float_arg(vm, v)?;
                            let h = pack_half(vm, x)?;
                            put_bytes(&mut out, &h.to_le_bytes(), order);
                        }
                        b'f' => {
                            let x = float_arg(vm, v)?;
                            let y = x as f32;
                            if order != Order::Native && y.is_infinite() && !x.is_infinite() {
                                return Err(
                                    vm.overflow_error("float too large to pack with f format")
                                );
                            }
                            put_bytes(&mut out, &y.to_le_bytes(), order);
                        }
                        b'd' => {
                            let x = float_arg(vm, v)?;
                            put_bytes(&mut out, &x.to_le_bytes(), order);
                        }
                        _ => {
                            let b = int_arg(vm, v)?;
                            let x = int_value(vm, code, order, &b)?;
                            put_int(&mut out, x, item.size, order);
                        }
                    }
                }
            }
        }
    }
    Ok(out)
}

/// Unpack `data` (exactly `fmt.size` bytes) into a tuple.
fn unpack_values(vm: &mut Vm, fmt: &Format, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(fmt.nvalues);
    let mut pos: usize = 0;
    let order = fmt.order;
    let read = |pos: usize, size: usize| -> Vec<u8> {
        let mut b = data[pos..pos + size].to_vec();
        if order == Order::Big {
            b.reverse();
        }
        b
    };
    for item in &fmt.items {
        if order == Order::Native && pos > 0 {
            let align = code_layout(item.code, order).map(|l| l.1).unwrap_or(1);
            pos = pos.div_ceil(align) * align;
        }
        match item.code {
            b'x' => pos += item.count,
            b's' => {
                let v = vm.new_bytes(data[pos..pos + item.count].to_vec());
                out.push(v);
                pos += item.count;
            }
            b'p' => {
                let n = item.count;
                let v = if n == 0 {
                    Vec::new()
                } else {
                    let k = (data[pos] as usize).min(n - 1);
                    data[pos + 1..pos + 1 + k].to_vec()
                };
                let v = vm.new_bytes(v);
                out.push(v);
                pos += n;
            }
            code => {
                for _ in 0..item.count {
                    let raw = read(pos, item.size);
                    pos += item.size;
                    let v = match code {
                        b'c' => vm.new_bytes(raw),
                        b'?' => Value::bool(raw[0] != 0),
                        b'e' => Value::float(unpack_half(u16::from_le_bytes([raw[0], raw[1]]))),
                        b'f' => {
                            Value::float(f32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]) as f64)
                        }
                        b'd' => {
                            let mut a = [0u8; 8];
                            a.copy_from_slice(&raw);
                            Value::float(f64::from_le_bytes(a))
                        }
                        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                            let mut a = [0u8; 16];
                            a[..raw.len()].copy_from_slice(&raw);
                            if raw[raw.len() - 1] & 0x80 != 0 {
                                a[raw.len()..].fill(0xff);
                            }
                            vm.new_int_i128(i128::from_le_bytes(a))
                        }
                        _ => {
                            let mut a = [0u8; 16];
                            a[..raw.len()].copy_from_slice(&raw);
                            vm.new_int_i128(i128::from_le_bytes(a))
                        }
                    };
                    out.push(v);
                }
            }
        }
    }
    vm.new_tuple(out)
}

// ---- the functions --------------------------------------------------------------------------

fn pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "pack")?;
    let pos = args.pos();
    if pos.is_empty() {
        return Err(vm.type_error("pack expected at least 1 argument, got 0"));
    }
    let fmt = parse_format(vm, pos[0])?;
    let values = &pos[1..];
    if values.len() != fmt.nvalues {
        return Err(error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                fmt.nvalues,
                values.len()
            ),
        ));
    }
    let data = pack_values(vm, &fmt, values)?;
    Ok(vm.new_bytes(data))
}

fn unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "unpack")?;
    count_clinic(vm, args.len(), "unpack", 2, 2)?;
    let fmt = parse_format(vm, args.pos()[0])?;
    let data = bytes_arg(vm, args.pos()[1])?;
    if data.len() != fmt.size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", fmt.size),
        ));
    }
    Ok(unpack_values(vm, &fmt, &data))
}

fn calcsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "calcsize")?;
    let f = one_arg(vm, &args, args.pos(), "calcsize")?;
    let fmt = parse_format(vm, f)?;
    Ok(vm.new_int(fmt.size as i64))
}

/// Resolve an `offset` against a buffer of `len` bytes as CPython does (negative counts from
/// the end); `what` names the operation for the messages.
fn resolve_offset(
    vm: &mut Vm,
    offset: i64,
    need: usize,
    len: usize,
    packing: bool,
) -> PyResult<usize> {
    let mut off = offset;
    if off < 0 {
        if off + (need as i64) > 0 {
            let msg = if packing {
                format!("no space to pack {need} bytes at offset {offset}")
            } else {
                format!("not enough data to unpack {need} bytes at offset {offset}")
            };
            return Err(error(vm, msg));
        }
        if off + (len as i64) < 0 {
            return Err(error(
                vm,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        off += len as i64;
    }
    let off = off as usize;
    if len < need || off > len - need {
        let msg = if packing {
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {need} bytes at offset {off} (actual buffer size is {len})",
                need as u128 + off as u128
            )
        } else {
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {need} bytes at offset {off} (actual buffer size is {len})",
                need as u128 + off as u128
            )
        };
        return Err(error(vm, msg));
    }
    Ok(off)
}

fn unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let given = pos.len() + args.kwnames.len();
    if pos.is_empty() {
        return Err(vm.type_error("unpack_from() missing required argument 'format' (pos 1)"));
    }
    if given > 3 {
        return Err(vm.type_error(format!(
            "unpack_from() takes at most 3 arguments ({given} given)"
        )));
    }
    let p = bind_params(vm, &pos[1..], &args, &["buffer", "offset"], "unpack_from")?;
    let Some(buffer) = p[0] else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    let fmt = parse_format(vm, pos[0])?;
    // A bytes/bytearray is read in place (loops over a large buffer must not copy it per
    // call); other bytes-like objects are copied out first.
    let copied = match buffer.get::<BytesObj>() {
        Some(_) => None,
        None => Some(bytes_arg(vm, buffer)?),
    };
    let offset = match p[1] {
        Some(o) => index_isize(vm, o)?,
        None => 0,
    };
    let chunk = match (&copied, buffer.get::<BytesObj>()) {
        (Some(data), _) => {
            let off = resolve_offset(vm, offset, fmt.size, data.len(), false)?;
            data[off..off + fmt.size].to_vec()
        }
        (None, Some(b)) => {
            let off = resolve_offset(vm, offset, fmt.size, b.len(), false)?;
            b.bytes()[off..off + fmt.size].to_vec()
        }
        (None, None) => return Err(vm.type_error("a bytes-like object is required")),
    };
    Ok(unpack_values(vm, &fmt, &chunk))
}

fn pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "pack_into")?;
    let pos = args.pos();
    if pos.is_empty() {
        return Err(vm.type_error("pack_into expected at least 1 argument, got 0"));
    }
    let fmt = parse_format(vm, pos[0])?;
    if pos.len() != fmt.nvalues + 3 {
        let msg = match pos.len() {
            1 => "pack_into expected buffer argument".to_string(),
            2 => "pack_into expected offset argument".to_string(),
            n => format!(
                "pack_into expected {} items for packing (got {})",
                fmt.nvalues,
                n - 3
            ),
        };
        return Err(error(vm, msg));
    }
    let buffer = pos[1];
    let values = &pos[3..];
    let target = match buffer.get::<BytesObj>() {
        Some(b) if b.mutable => b,
        _ => {
            let tn = vm.type_name(buffer);
            return Err(vm.type_error(format!(
                "argument must be read-write bytes-like object, not {tn}"
            )));
        }
    };
    let offset = index_isize(vm, pos[2])?;
    let off = resolve_offset(vm, offset, fmt.size, target.len(), true)?;
    let data = pack_values(vm, &fmt, values)?;
    // Packing may have run Python code that resized the buffer: check again.
    let mut buf = target.data.borrow_mut();
    match buf.get_mut(off..off + data.len()) {
        Some(dst) => {
            dst.copy_from_slice(&data);
            Ok(Value::NONE)
        }
        None => {
            drop(buf);
            Err(error(vm, "pack_into buffer changed size during packing"))
        }
    }
}

fn iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "iter_unpack")?;
    count_clinic(vm, args.len(), "iter_unpack", 2, 2)?;
    let fmt = parse_format(vm, args.pos()[0])?;
    let data = match buffer_of(vm, args.pos()[1])? {
        Some(d) => d,
        None => {
            let tn = vm.type_name(args.pos()[1]);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
        }
    };
    if fmt.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % fmt.size != 0 {
        return Err(error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                fmt.size
            ),
        ));
    }
    // Unpacked eagerly into a list; the tuples are made before anything else runs.
    let tuples: Vec<Value> = data
        .chunks(fmt.size)
        .map(|chunk| unpack_values(vm, &fmt, chunk))
        .collect();
    let list = vm.new_list(tuples);
    Ok(vm.new_iter(IterState::List { list, index: 0 }))
}

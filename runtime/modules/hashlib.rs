//! `hashlib` with the md5, sha1 and sha2 families (RustCrypto's crates): the constructors,
//! `hashlib.new`, and the hash objects (`_hashlib.HASH`) with `update`, `digest`,
//! `hexdigest`, `copy`, `name`, `digest_size` and `block_size`.
//!
//! The HASH type lives in a small `_hashlib` module (as in CPython, where the objects come
//! from `_hashlib`); hashlib's functions look it up there when they make an object.

use super::{new_module, set};
use crate::runtime::builtins::bytes_methods::{buffer_of, hex_with_sep};
use crate::runtime::builtins::common::*;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::types::make_type;
use crate::runtime::vm::{Args, PyResult, Vm};
use std::cell::RefCell;

/// The algorithms stitch has, in the order `algorithms_available` is built from.
const ALGORITHMS: [&str; 6] = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

pub fn install(vm: &mut Vm) {
    let private = new_module(vm, "_hashlib");
    let object = vm.t.object;
    let ty = make_type(&mut vm.heap, "HASH", Layout::Native, Some(object), true);
    add_methods(
        vm,
        ty,
        "HASH",
        &[
            ("update", hash_update),
            ("digest", hash_digest),
            ("hexdigest", hash_hexdigest),
            ("copy", hash_copy),
        ],
    );
    for (name, getter) in [
        ("name", hash_name as BuiltinFn),
        ("digest_size", hash_digest_size),
        ("block_size", hash_block_size),
    ] {
        add_descriptor(vm, ty, "HASH", name, getter, DescriptorKind::Property);
    }
    set(vm, private, "HASH", ty);

    let m = new_module(vm, "hashlib");
    let constructors: [(&'static str, &'static str, BuiltinFn); 6] = [
        ("md5", "openssl_md5", new_md5),
        ("sha1", "openssl_sha1", new_sha1),
        ("sha224", "openssl_sha224", new_sha224),
        ("sha256", "openssl_sha256", new_sha256),
        ("sha384", "openssl_sha384", new_sha384),
        ("sha512", "openssl_sha512", new_sha512),
    ];
    for (name, fname, func) in constructors {
        let f = new_builtin(vm, fname, "", func);
        set(vm, m, name, f);
    }
    let f = new_builtin(vm, "new", "", hashlib_new);
    set(vm, m, "new", f);
    for attr in ["algorithms_guaranteed", "algorithms_available"] {
        let s = vm.new_set(SetTable::new(), false);
        for name in ALGORITHMS {
            let v = vm.intern(name);
            let _ = vm.set_add(s, v);
        }
        set(vm, m, attr, s);
    }
}

/// The `_hashlib.HASH` type object.
fn hash_type(vm: &mut Vm) -> Value {
    let modules = vm.modules;
    let key = vm.intern("_hashlib");
    let name = vm.intern("HASH");
    vm.dict_get_str(modules, key)
        .and_then(|m| m.get::<ModuleObj>())
        .and_then(|m| vm.dict_get_str(m.dict, name))
        .unwrap_or(vm.t.object)
}

/// The bytes of a `data` argument: "Strings must be encoded before hashing" for a str.
fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if v.is::<StrObj>() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    match buffer_of(vm, v)? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("object supporting the buffer API required")),
    }
}

fn new_hash(vm: &mut Vm, state: DigestState, data: Option<Value>) -> PyResult<Value> {
    let mut state = state;
    if let Some(d) = data {
        let bytes = data_arg(vm, d)?;
        state.update(&bytes);
    }
    let class = hash_type(vm);
    Ok(vm.alloc(DigestObj {
        header: Default::default(),
        class,
        state: RefCell::new(state),
    }))
}

/// `hashlib.md5(string=b'', *, usedforsecurity=True)` and the other named constructors.
fn named_constructor(vm: &mut Vm, args: Args, algo: &str) -> PyResult<Value> {
    let fname = format!("openssl_{algo}");
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let mut data = pos.first().copied();
    for (kw, v) in args.kwargs() {
        match kw {
            "string" if data.is_none() => data = Some(v),
            "string" => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('string') and position (1)"
                )))
            }
            "usedforsecurity" => {}
            _ => {
                return Err(vm.type_error(format!(
                    "'{kw}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    let state = DigestState::new(algo).expect("a supported algorithm");
    new_hash(vm, state, data)
}

fn new_md5(vm: &mut Vm, args: Args) -> PyResult<Value> {
    named_constructor(vm, args, "md5")
}
fn new_sha1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    named_constructor(vm, args, "sha1")
}
fn new_sha224(vm: &mut Vm, args: Args) -> PyResult<Value> {
    named_constructor(vm, args, "sha224")
}
fn new_sha256(vm: &mut Vm, args: Args) -> PyResult<Value> {
    named_constructor(vm, args, "sha256")
}
fn new_sha384(vm: &mut Vm, args: Args) -> PyResult<Value> {
    named_constructor(vm, args, "sha384")
}
fn new_sha512(vm: &mut Vm, args: Args) -> PyResult<Value> {
    named_constructor(vm, args, "sha512")
}

/// `hashlib.new(name, data=b'', **kwargs)`.
fn hashlib_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "__hash_new() takes from 1 to 2 positional arguments but {} were given",
            pos.len()
        )));
    }
    let mut name = pos.first().copied();
    let mut data = pos.get(1).copied();
    for (kw, v) in args.kwargs() {
        match kw {
            "name" if name.is_none() => name = Some(v),
            "data" | "string" if data.is_none() => data = Some(v),
            "name" | "data" => {
                return Err(vm.type_error(format!(
                    "__hash_new() got multiple values for argument '{kw}'"
                )))
            }
            _ => {}
        }
    }
    let Some(name) = name else {
        return Err(vm.type_error("__hash_new() missing 1 required positional argument: 'name'"));
    };
    let Some(n) = name.get::<StrObj>() else {
        return Err(vm.type_error("name must be a string"));
    };
    match DigestState::new(n.as_str()) {
        Some(state) => new_hash(vm, state, data),
        None => {
            let text = n.as_str().to_string();
            Err(vm.value_error(format!("unsupported hash type {text}")))
        }
    }
}

// ---- the HASH methods -----------------------------------------------------------------------

fn this<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'static DigestObj, &'a [Value])> {
    let (recv, rest) = split_receiver(vm, args, "HASH", name)?;
    match recv.get::<DigestObj>() {
        Some(d) => Ok((d, rest)),
        None => Err(wrong_receiver(vm, "HASH", name, recv)),
    }
}

fn hash_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, rest) = this(vm, &args, "update")?;
    let v = one_arg(vm, &args, rest, "HASH.update")?;
    let bytes = data_arg(vm, v)?;
    d.state.borrow_mut().update(&bytes);
    Ok(Value::NONE)
}

fn hash_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, rest) = this(vm, &args, "digest")?;
    no_args(vm, &args, rest, "HASH.digest")?;
    let out = d.state.borrow().finish();
    Ok(vm.new_bytes(out))
}

fn hash_hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, rest) = this(vm, &args, "hexdigest")?;
    no_args(vm, &args, rest, "HASH.hexdigest")?;
    let out = d.state.borrow().finish();
    Ok(vm.new_str(hex_with_sep(&out, None, 1)))
}

fn hash_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, rest) = this(vm, &args, "copy")?;
    no_args(vm, &args, rest, "HASH.copy")?;
    let state = d.state.borrow().clone();
    let class = d.class;
    Ok(vm.alloc(DigestObj {
        header: Default::default(),
        class,
        state: RefCell::new(state),
    }))
}

fn hash_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = this(vm, &args, "name")?;
    let name = d.state.borrow().name();
    Ok(vm.intern(name))
}

fn hash_digest_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = this(vm, &args, "digest_size")?;
    let n = d.state.borrow().digest_size();
    Ok(vm.new_int(n as i64))
}

fn hash_block_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = this(vm, &args, "block_size")?;
    let n = d.state.borrow().block_size();
    Ok(vm.new_int(n as i64))
}

//! `os.path` (CPython's `posixpath`): the pure string functions follow `posixpath.py` exactly
//! (`join`, `split`, `normpath`, `splitext`'s leading-dot rule…), and the queries ask the file
//! system. Registered as both `posixpath` and `os.path` in `sys.modules`.

use super::{current_dir, fspath, os_error};
use crate::runtime::modules::{add_function, new_module, set};
use crate::runtime::object::{BuiltinFn, StrObj};
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyResult, Vm};
use std::fs::Metadata;

/// Build the module; the caller stores it as `os.path`.
pub fn install(vm: &mut Vm) -> Value {
    let m = new_module(vm, "posixpath");
    let modules = vm.modules;
    let key = vm.intern("os.path");
    let _ = vm.dict_set(modules, key, m);
    let strings = [
        ("sep", "/"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("pathsep", ":"),
        ("defpath", "/bin:/usr/bin"),
        ("devnull", "/dev/null"),
    ];
    for (name, value) in strings {
        let v = vm.new_str(value);
        set(vm, m, name, v);
    }
    set(vm, m, "altsep", Value::NONE);
    let functions: &[(&'static str, BuiltinFn)] = &[
        ("join", join),
        ("split", split),
        ("splitext", splitext),
        ("splitdrive", splitdrive),
        ("basename", basename),
        ("dirname", dirname),
        ("isabs", isabs),
        ("normpath", normpath),
        ("abspath", abspath),
        ("relpath", relpath),
        ("expanduser", expanduser),
        ("commonprefix", commonprefix),
        ("exists", exists),
        ("lexists", lexists),
        ("isfile", isfile),
        ("isdir", isdir),
        ("islink", islink),
        ("getsize", getsize),
    ];
    for &(name, func) in functions {
        add_function(vm, m, name, func);
    }
    m
}

// ---- the string algorithms --------------------------------------------------------------------

fn join_paths(a: &str, rest: &[String]) -> String {
    let mut path = a.to_string();
    for b in rest {
        if b.starts_with('/') {
            path = b.clone();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    path
}

/// A head without its trailing slashes, unless it is all slashes.
fn trim_head(head: &str) -> &str {
    if !head.is_empty() && !head.bytes().all(|b| b == b'/') {
        head.trim_end_matches('/')
    } else {
        head
    }
}

fn split_path(p: &str) -> (&str, &str) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    (trim_head(&p[..i]), &p[i..])
}

/// Split off the extension: the last dot after the last slash, unless the name is only dots
/// before it (".bashrc" has no extension).
fn splitext_path(p: &str) -> (&str, &str) {
    let sep_index = p.rfind('/').map_or(-1, |i| i as isize);
    if let Some(dot) = p.rfind('.') {
        if dot as isize > sep_index {
            let name_start = (sep_index + 1) as usize;
            if p[name_start..dot].bytes().any(|b| b != b'.') {
                return (&p[..dot], &p[dot..]);
            }
        }
    }
    (p, "")
}

fn normalize(path: &str) -> String {
    if path.is_empty() {
        return ".".to_string();
    }
    // POSIX keeps exactly two leading slashes; three or more mean one.
    let initial = if path.starts_with("//") && !path.starts_with("///") {
        2
    } else if path.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let joined = format!("{}{}", "/".repeat(initial), comps.join("/"));
    if joined.is_empty() {
        ".".to_string()
    } else {
        joined
    }
}

fn absolute(vm: &mut Vm, path: &str) -> PyResult<String> {
    if path.starts_with('/') {
        return Ok(normalize(path));
    }
    let cwd = current_dir(vm)?;
    Ok(normalize(&join_paths(&cwd, &[path.to_string()])))
}

// ---- arguments ----------------------------------------------------------------------------------

/// The single argument of a posixpath function (a Python function: its own arity messages).
fn one_arg(vm: &mut Vm, args: &Args, func: &str, param: &str) -> PyResult<Value> {
    if let Some((kw, _)) = args.kwargs().find(|(k, _)| *k != param) {
        return Err(vm.type_error(format!(
            "{func}() got an unexpected keyword argument '{kw}'"
        )));
    }
    let pos = args.pos();
    match (pos, args.kwarg(param).as_ref()) {
        ([v], None) | ([], Some(v)) => Ok(*v),
        ([], None) => Err(vm.type_error(format!(
            "{func}() missing 1 required positional argument: '{param}'"
        ))),
        ([_], Some(_)) => Err(vm.type_error(format!(
            "{func}() got multiple values for argument '{param}'"
        ))),
        _ => Err(vm.type_error(format!(
            "{func}() takes 1 positional argument but {} were given",
            pos.len()
        ))),
    }
}

fn path_arg(vm: &mut Vm, args: &Args, func: &str, param: &str) -> PyResult<String> {
    let v = one_arg(vm, args, func, param)?;
    fspath(vm, v)
}

fn str_pair(vm: &mut Vm, a: &str, b: &str) -> Value {
    let a = vm.new_str(a);
    let b = vm.new_str(b);
    vm.new_tuple(vec![a, b])
}

// ---- pure functions -----------------------------------------------------------------------------

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some((kw, _)) = args.kwargs().next() {
        return Err(vm.type_error(format!("join() got an unexpected keyword argument '{kw}'")));
    }
    let Some((&first, rest)) = args.pos().split_first() else {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'"));
    };
    let a = fspath(vm, first)?;
    let mut parts = Vec::with_capacity(rest.len());
    for &p in rest {
        match super::try_fspath(vm, p)? {
            Some(s) => parts.push(s),
            None => {
                let tn = vm.type_name(p);
                return Err(vm.type_error(format!(
                    "join() argument must be str, bytes, or os.PathLike object, not '{tn}'"
                )));
            }
        }
    }
    Ok(vm.new_str(join_paths(&a, &parts)))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, "split", "p")?;
    let (head, tail) = split_path(&p);
    Ok(str_pair(vm, head, tail))
}

fn splitext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, "splitext", "p")?;
    let (root, ext) = splitext_path(&p);
    Ok(str_pair(vm, root, ext))
}

fn splitdrive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, "splitdrive", "p")?;
    Ok(str_pair(vm, "", &p))
}

fn basename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, "basename", "p")?;
    Ok(vm.new_str(split_path(&p).1))
}

fn dirname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, "dirname", "p")?;
    Ok(vm.new_str(split_path(&p).0))
}

fn isabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = path_arg(vm, &args, "isabs", "s")?;
    Ok(Value::bool(s.starts_with('/')))
}

fn normpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, "normpath", "path")?;
    Ok(vm.new_str(normalize(&p)))
}

fn abspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, "abspath", "path")?;
    let abs = absolute(vm, &p)?;
    Ok(vm.new_str(abs))
}

/// `relpath(path, start=os.curdir)`.
fn relpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path = args.get(0, "path");
    let start = args.get(1, "start").filter(|s| !s.is_none());
    let Some(path) = path else {
        return Err(vm.type_error("relpath() missing 1 required positional argument: 'path'"));
    };
    if !vm.truthy(path)? {
        return Err(vm.value_error("no path specified"));
    }
    let path = fspath(vm, path)?;
    let start = match start {
        Some(s) => fspath(vm, s)?,
        None => ".".to_string(),
    };
    let start_abs = absolute(vm, &start)?;
    let path_abs = absolute(vm, &path)?;
    let start_list: Vec<&str> = start_abs.split('/').filter(|x| !x.is_empty()).collect();
    let path_list: Vec<&str> = path_abs.split('/').filter(|x| !x.is_empty()).collect();
    let common = start_list
        .iter()
        .zip(&path_list)
        .take_while(|(a, b)| a == b)
        .count();
    let mut rel: Vec<String> = vec!["..".to_string(); start_list.len() - common];
    rel.extend(path_list[common..].iter().map(|s| s.to_string()));
    if rel.is_empty() {
        return Ok(vm.new_str("."));
    }
    Ok(vm.new_str(join_paths(&rel[0], &rel[1..])))
}

/// `~` and `~/…` from `$HOME`; `~user` forms are returned unchanged.
fn expanduser(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "expanduser", "path")?;
    let path = fspath(vm, v)?;
    if !path.starts_with('~') {
        return Ok(v);
    }
    let i = path[1..].find('/').map_or(path.len(), |i| i + 1);
    if i != 1 {
        return Ok(v);
    }
    let Ok(home) = std::env::var("HOME") else {
        return Ok(v);
    };
    let home = home.trim_end_matches('/');
    let expanded = format!("{home}{}", &path[i..]);
    Ok(vm.new_str(if expanded.is_empty() {
        "/".to_string()
    } else {
        expanded
    }))
}

/// The longest common leading string of a list of strs.
fn commonprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = one_arg(vm, &args, "commonprefix", "m")?;
    let items = vm.collect_iter(m)?;
    if items.is_empty() {
        return Ok(vm.new_str(""));
    }
    let mut strs = Vec::with_capacity(items.len());
    for &item in &items {
        match item.get::<StrObj>() {
            Some(s) => strs.push(s.as_str()),
            None => {
                let tn = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {tn}"
                )));
            }
        }
    }
    let (Some(lo), Some(hi)) = (strs.iter().min(), strs.iter().max()) else {
        return Ok(vm.new_str(""));
    };
    let n = lo
        .chars()
        .zip(hi.chars())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum::<usize>();
    Ok(vm.new_str(&lo[..n]))
}

// ---- file-system queries ------------------------------------------------------------------------

/// `os.stat(path)` for the queries: None when the path does not exist or cannot be statted
/// (what `exists` reports as False); TypeError for arguments that are not paths.
fn stat(vm: &mut Vm, v: Value, follow: bool) -> PyResult<Option<Metadata>> {
    let path = if let Some(fd) = vm.to_i64(v).filter(|_| Vm::is_int(v)) {
        format!("/proc/self/fd/{fd}")
    } else {
        match super::try_fspath(vm, v)? {
            Some(p) if p.contains('\0') => return Ok(None),
            Some(p) => p,
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "stat: path should be string, bytes, os.PathLike or integer, not {tn}"
                )));
            }
        }
    };
    let meta = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    Ok(meta.ok())
}

fn query(
    vm: &mut Vm,
    args: &Args,
    func: &str,
    param: &str,
    follow: bool,
    test: fn(&Metadata) -> bool,
) -> PyResult<Value> {
    let v = one_arg(vm, args, func, param)?;
    let meta = stat(vm, v, follow)?;
    Ok(Value::bool(meta.as_ref().is_some_and(test)))
}

fn exists(vm: &mut Vm, args: Args) -> PyResult<Value> {
    query(vm, &args, "exists", "path", true, |_| true)
}

fn lexists(vm: &mut Vm, args: Args) -> PyResult<Value> {
    query(vm, &args, "lexists", "path", false, |_| true)
}

fn isfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    query(vm, &args, "isfile", "path", true, Metadata::is_file)
}

fn isdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    query(vm, &args, "isdir", "s", true, Metadata::is_dir)
}

fn islink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    query(vm, &args, "islink", "path", false, |m| {
        m.file_type().is_symlink()
    })
}

fn getsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "getsize", "filename")?;
    let p = super::syscall_path(vm, v, "stat", "string, bytes, os.PathLike or integer")?;
    match std::fs::metadata(&p) {
        Ok(m) => Ok(vm.new_int(m.len() as i64)),
        Err(e) => Err(os_error(vm, &e, &p)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posixpath_algorithms() {
        assert_eq!(normalize("//a/./b/../c/"), "//a/c");
        assert_eq!(normalize("///a"), "/a");
        assert_eq!(normalize("../../x/.."), "../..");
        assert_eq!(normalize("/.."), "/");
        assert_eq!(splitext_path("a/.bashrc"), ("a/.bashrc", ""));
        assert_eq!(splitext_path("a/..b.c"), ("a/..b", ".c"));
        assert_eq!(splitext_path("a.b/c"), ("a.b/c", ""));
        assert_eq!(split_path("//"), ("//", ""));
        assert_eq!(split_path("a//b"), ("a", "b"));
        assert_eq!(join_paths("a", &["/b".into(), "c".into()]), "/b/c");
    }
}

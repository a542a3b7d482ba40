//! The `os` module's basics: the working directory, the environment (a dict snapshot taken at
//! start-up, as CPython's `os.environ` is), directory listing and simple file-system changes,
//! with CPython's `OSError` subclasses and `[Errno N] message: 'path'` texts. `os.path` lives in
//! `path`.

mod path;

use super::{add_function, new_module, set};
use crate::runtime::builtins::common::call_special;
use crate::runtime::object::{BuiltinFn, ModuleObj, StrObj};
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{Args, PyErr, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let m = new_module(vm, "os");
    let strings = [
        ("name", "posix"),
        ("sep", "/"),
        ("extsep", "."),
        ("pathsep", ":"),
        ("linesep", "\n"),
        ("curdir", "."),
        ("pardir", ".."),
        ("defpath", "/bin:/usr/bin"),
        ("devnull", "/dev/null"),
    ];
    for (name, value) in strings {
        let v = vm.new_str(value);
        set(vm, m, name, v);
    }
    set(vm, m, "altsep", Value::NONE);
    let environ = environ_snapshot(vm);
    set(vm, m, "environ", environ);
    let functions: &[(&'static str, BuiltinFn)] = &[
        ("getcwd", getcwd),
        ("getenv", getenv),
        ("listdir", listdir),
        ("getpid", getpid),
        ("cpu_count", cpu_count),
        ("mkdir", mkdir),
        ("makedirs", makedirs),
        ("rmdir", rmdir),
        ("remove", remove),
        ("unlink", unlink),
        ("rename", rename),
        ("fspath", fspath_fn),
    ];
    for &(name, func) in functions {
        add_function(vm, m, name, func);
    }
    let path = path::install(vm);
    set(vm, m, "path", path);
}

fn environ_snapshot(vm: &mut Vm) -> Value {
    let dict = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let k = vm.new_str(k.to_string_lossy().as_ref());
        let v = vm.new_str(v.to_string_lossy().as_ref());
        let _ = vm.dict_set(dict, k, v);
    }
    dict
}

// ---- paths and errors ---------------------------------------------------------------------------

/// `os.fspath(v)`: a str as it is, else the result of `__fspath__`; None when neither.
fn try_fspath(vm: &mut Vm, v: Value) -> PyResult<Option<String>> {
    if let Some(s) = v.get::<StrObj>() {
        return Ok(Some(s.as_str().to_string()));
    }
    let base = Vm::unwrap_base(v);
    if let Some(s) = base.get::<StrObj>() {
        return Ok(Some(s.as_str().to_string()));
    }
    match call_special(vm, v, "__fspath__", &[])? {
        Some(r) => match r.get::<StrObj>() {
            Some(s) => Ok(Some(s.as_str().to_string())),
            None => {
                let (tv, tr) = (vm.type_name(v), vm.type_name(r));
                Err(vm.type_error(format!(
                    "expected {tv}.__fspath__() to return str or bytes, not {tr}"
                )))
            }
        },
        None => Ok(None),
    }
}

/// A path argument of a pure path function ("expected str, bytes or os.PathLike object, not
/// int").
pub(crate) fn fspath(vm: &mut Vm, v: Value) -> PyResult<String> {
    match try_fspath(vm, v)? {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {tn}"
            )))
        }
    }
}

/// A path argument of a system call ("listdir: path should be string, bytes, os.PathLike or
/// None, not int"), rejecting embedded NULs as CPython does.
fn syscall_path(vm: &mut Vm, v: Value, func: &str, allowed: &str) -> PyResult<String> {
    match try_fspath(vm, v)? {
        Some(s) if s.contains('\0') => Err(vm.value_error("embedded null byte")),
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{func}: path should be {allowed}, not {tn}")))
        }
    }
}

/// The `OSError` subclass CPython raises for an errno.
fn errno_class(errno: i32) -> ExcName {
    match errno {
        1 | 13 => ExcName::PermissionError,
        2 => ExcName::FileNotFoundError,
        17 => ExcName::FileExistsError,
        20 => ExcName::NotADirectoryError,
        21 => ExcName::IsADirectoryError,
        _ => ExcName::OSError,
    }
}

/// `OSError(errno, strerror, filename)`: its str is "[Errno 2] No such file or directory:
/// 'name'", and `errno`, `strerror` and `filename` are set.
pub(crate) fn os_error(vm: &mut Vm, e: &std::io::Error, filename: &str) -> PyErr {
    os_error_two(vm, e, filename, None)
}

/// `os_error` for calls on two paths ("… : 'src' -> 'dst'").
fn os_error_two(vm: &mut Vm, e: &std::io::Error, filename: &str, other: Option<&str>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    // Rust appends " (os error N)" to the C library's strerror text.
    let text = e.to_string();
    let strerror = text
        .rsplit_once(" (os error ")
        .map(|(s, _)| s.to_string())
        .unwrap_or(text);
    let mut msg = format!("[Errno {errno}] {strerror}: {}", quoted(vm, filename));
    if let Some(other) = other {
        msg.push_str(&format!(" -> {}", quoted(vm, other)));
    }
    let err = vm.err(errno_class(errno), msg);
    let attrs = [
        ("errno", Value::small_int(errno as i64)),
        ("strerror", vm.new_str(strerror)),
        ("filename", vm.new_str(filename)),
    ];
    for (name, value) in attrs {
        let key = vm.intern(name);
        let _ = vm.set_attr(err.0, key, value);
    }
    err
}

/// `repr(text)`.
fn quoted(vm: &mut Vm, text: &str) -> String {
    let s = vm.new_str(text);
    vm.repr(s).unwrap_or_default()
}

fn no_kwargs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn arg_count(vm: &mut Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    crate::runtime::builtins::common::count_clinic(vm, args.len(), name, min, max)
}

// ---- functions ----------------------------------------------------------------------------------

pub(crate) fn current_dir(vm: &mut Vm) -> PyResult<String> {
    match std::env::current_dir() {
        Ok(p) => Ok(p.to_string_lossy().into_owned()),
        Err(e) => Err(os_error(vm, &e, ".")),
    }
}

fn getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "getcwd")?;
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "getcwd() takes no arguments ({} given)",
            args.len()
        )));
    }
    let cwd = current_dir(vm)?;
    Ok(vm.new_str(cwd))
}

/// `os.getenv(key, default=None)`: looks in `os.environ`, so changes to it are seen.
fn getenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let mut key = pos.first().copied();
    let mut default = pos.get(1).copied();
    for (kw, v) in args.kwargs() {
        match kw {
            "key" if key.is_none() => key = Some(v),
            "default" if default.is_none() => default = Some(v),
            "key" | "default" => {
                return Err(
                    vm.type_error(format!("getenv() got multiple values for argument '{kw}'"))
                )
            }
            _ => {
                return Err(vm.type_error(format!(
                    "getenv() got an unexpected keyword argument '{kw}'"
                )))
            }
        }
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "getenv() takes from 1 to 2 positional arguments but {} were given",
            pos.len()
        )));
    }
    let Some(key) = key else {
        return Err(vm.type_error("getenv() missing 1 required positional argument: 'key'"));
    };
    if !key.is::<StrObj>() {
        let tn = vm.type_name(key);
        return Err(vm.type_error(format!("str expected, not {tn}")));
    }
    let default = default.unwrap_or(Value::NONE);
    let environ = os_attr(vm, "environ");
    match environ.and_then(|e| vm.dict_get(e, key).ok().flatten()) {
        Some(v) => Ok(v),
        None => Ok(default),
    }
}

/// An attribute of the `os` module (to find `os.environ` as the program left it).
fn os_attr(vm: &mut Vm, name: &str) -> Option<Value> {
    let modules = vm.modules;
    let key = vm.intern("os");
    let m = vm.dict_get(modules, key).ok().flatten()?;
    let dict = m.get::<ModuleObj>()?.dict;
    let attr = vm.intern(name);
    vm.dict_get(dict, attr).ok().flatten()
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path = match (args.pos(), args.kwarg("path").as_ref()) {
        ([], None) => None,
        ([p], None) | ([], Some(p)) => Some(*p),
        ([_], Some(_)) => {
            return Err(
                vm.type_error("argument for listdir() given by name ('path') and position (1)")
            )
        }
        (pos, _) => {
            return Err(vm.type_error(format!(
                "listdir() takes at most 1 argument ({} given)",
                pos.len()
            )))
        }
    };
    if let Some((kw, _)) = args.kwargs().find(|(k, _)| *k != "path") {
        return Err(vm.type_error(format!(
            "'{kw}' is an invalid keyword argument for listdir()"
        )));
    }
    let path = match path {
        Some(p) if !p.is_none() => syscall_path(
            vm,
            p,
            "listdir",
            "string, bytes, os.PathLike, integer or None",
        )?,
        _ => ".".to_string(),
    };
    let entries = match std::fs::read_dir(&path) {
        Ok(entries) => entries,
        Err(e) => return Err(os_error(vm, &e, &path)),
    };
    let mut names = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => names.push(entry.file_name().to_string_lossy().into_owned()),
            Err(e) => return Err(os_error(vm, &e, &path)),
        }
    }
    let items: Vec<Value> = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn getpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "getpid")?;
    arg_count(vm, &args, "getpid", 0, 0)?;
    Ok(Value::small_int(std::process::id() as i64))
}

fn cpu_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "cpu_count")?;
    arg_count(vm, &args, "cpu_count", 0, 0)?;
    match std::thread::available_parallelism() {
        Ok(n) => Ok(Value::small_int(n.get() as i64)),
        Err(_) => Ok(Value::NONE),
    }
}

/// The single path argument of `mkdir`/`rmdir`/`remove`… (positional or `path=`).
fn one_path(vm: &mut Vm, args: &Args, func: &str, extra: &[&str]) -> PyResult<String> {
    for (kw, _) in args.kwargs() {
        if kw != "path" && !extra.contains(&kw) {
            return Err(vm.type_error(format!(
                "'{kw}' is an invalid keyword argument for {func}()"
            )));
        }
    }
    let Some(p) = args.get(0, "path") else {
        return Err(vm.type_error(format!("{func}() missing required argument 'path' (pos 1)")));
    };
    syscall_path(vm, p, func, "string, bytes or os.PathLike")
}

fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path = one_path(vm, &args, "mkdir", &["mode", "dir_fd"])?;
    match std::fs::create_dir(&path) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

/// `os.makedirs(name, mode=0o777, exist_ok=False)`.
fn makedirs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(name) = args.get(0, "name") else {
        return Err(vm.type_error("makedirs() missing 1 required positional argument: 'name'"));
    };
    let path = fspath(vm, name)?;
    let exist_ok = match args.get(2, "exist_ok") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if std::path::Path::new(&path).is_dir() {
        if exist_ok {
            return Ok(Value::NONE);
        }
        let e = std::io::Error::from_raw_os_error(17);
        return Err(os_error(vm, &e, &path));
    }
    match std::fs::create_dir_all(&path) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path = one_path(vm, &args, "rmdir", &["dir_fd"])?;
    match std::fs::remove_dir(&path) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

fn remove_file(vm: &mut Vm, args: &Args, func: &str) -> PyResult<Value> {
    let path = one_path(vm, args, func, &["dir_fd"])?;
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_file(vm, &args, "remove")
}

fn unlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_file(vm, &args, "unlink")
}

fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(src), Some(dst)) = (args.get(0, "src"), args.get(1, "dst")) else {
        return Err(vm.type_error("rename() missing required argument 'src' (pos 1)"));
    };
    let src = syscall_path(vm, src, "rename", "string, bytes or os.PathLike")?;
    let dst = syscall_path(vm, dst, "rename", "string, bytes or os.PathLike")?;
    match std::fs::rename(&src, &dst) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(os_error_two(vm, &e, &src, Some(&dst))),
    }
}

fn fspath_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(p) = args.get(0, "path") else {
        return Err(vm.type_error("fspath() missing required argument 'path' (pos 1)"));
    };
    let s = fspath(vm, p)?;
    if p.is::<StrObj>() {
        return Ok(p);
    }
    Ok(vm.new_str(s))
}

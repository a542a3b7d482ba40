//! The `sys` module: argv, exit, stdout/stderr, the recursion limit, maxsize, modules.

use super::{add_function, new_module, set};
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{Args, PyResult, Vm};
use std::io::Write;

pub fn install(vm: &mut Vm) {
    let m = new_module(vm, "sys");
    let argv: Vec<Value> = vm.argv.clone().into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    set(vm, m, "argv", argv);
    // sys.path[0]: the script's folder, made absolute as CPython does ("" for -c: the
    // current folder).
    let script_dir = match vm.argv.first() {
        Some(a) if a != "-c" => {
            let parent = std::path::Path::new(a)
                .parent()
                .map(|p| p.to_path_buf())
                .unwrap_or_default();
            let parent = if parent.as_os_str().is_empty() {
                std::path::PathBuf::from(".")
            } else {
                parent
            };
            std::fs::canonicalize(&parent)
                .unwrap_or(parent)
                .to_string_lossy()
                .to_string()
        }
        _ => String::new(),
    };
    let dir = vm.new_str(script_dir);
    let path = vm.new_list(vec![dir]);
    set(vm, m, "path", path);
    add_function(vm, m, "exit", sys_exit);
    add_function(vm, m, "setrecursionlimit", set_recursion_limit);
    add_function(vm, m, "getrecursionlimit", get_recursion_limit);
    let maxsize = vm.new_int(i64::MAX);
    set(vm, m, "maxsize", maxsize);
    let modules = vm.modules;
    set(vm, m, "modules", modules);
    let platform = vm.new_str("linux");
    set(vm, m, "platform", platform);
    let byteorder = vm.new_str("little");
    set(vm, m, "byteorder", byteorder);
    let version = vm.new_str("3.11.7 (stitch)");
    set(vm, m, "version", version);
    let vi = vec![
        Value::small_int(3),
        Value::small_int(11),
        Value::small_int(7),
    ];
    let vi = vm.new_tuple(vi);
    set(vm, m, "version_info", vi);
    let stdout = stream(vm, "sys.stdout", stdout_write, stdout_flush);
    set(vm, m, "stdout", stdout);
    set(vm, m, "__stdout__", stdout);
    let stdout_buffer = stream(vm, "sys.stdout.buffer", stdout_write_bytes, stdout_flush);
    set(vm, stdout, "buffer", stdout_buffer);
    let stderr = stream(vm, "sys.stderr", stderr_write, stderr_flush);
    set(vm, m, "stderr", stderr);
    set(vm, m, "__stderr__", stderr);
    let stderr_buffer = stream(vm, "sys.stderr.buffer", stderr_write_bytes, stderr_flush);
    set(vm, stderr, "buffer", stderr_buffer);
}

/// A text stream object with `write` and `flush` (a module-like namespace for now).
fn stream(
    vm: &mut Vm,
    name: &str,
    write: fn(&mut Vm, Args) -> PyResult<Value>,
    flush: fn(&mut Vm, Args) -> PyResult<Value>,
) -> Value {
    let dict = vm.new_dict();
    let name_v = vm.intern(name);
    let s = vm.alloc(crate::runtime::object::ModuleObj {
        header: Default::default(),
        name: name_v,
        dict,
    });
    add_function(vm, s, "write", write);
    add_function(vm, s, "flush", flush);
    s
}

fn write_arg(vm: &mut Vm, args: &Args) -> PyResult<String> {
    args.expect(vm, "write", 1, 1)?;
    let v = args.pos()[0];
    match v.get::<crate::runtime::object::StrObj>() {
        Some(s) => Ok(s.as_str().to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("write() argument must be str, not {tn}")))
        }
    }
}

fn stdout_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = write_arg(vm, &args)?;
    let _ = vm.stdout.write_all(s.as_bytes());
    Ok(Value::small_int(s.chars().count() as i64))
}

/// The bytes of `sys.stdout.buffer.write(b)`'s argument.
fn write_bytes_arg(vm: &mut Vm, args: &Args) -> PyResult<Vec<u8>> {
    args.expect(vm, "write", 1, 1)?;
    crate::runtime::builtins::bytes_methods::bytes_arg(vm, args.pos()[0])
}

fn stdout_write_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = write_bytes_arg(vm, &args)?;
    let _ = vm.stdout.write_all(&b);
    Ok(vm.new_int(b.len() as i64))
}

fn stderr_write_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = write_bytes_arg(vm, &args)?;
    vm.flush_stdout();
    let _ = std::io::stderr().write_all(&b);
    Ok(vm.new_int(b.len() as i64))
}

fn stdout_flush(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.flush_stdout();
    Ok(Value::NONE)
}

fn stderr_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = write_arg(vm, &args)?;
    vm.flush_stdout();
    let _ = std::io::stderr().write_all(s.as_bytes());
    Ok(Value::small_int(s.chars().count() as i64))
}

fn stderr_flush(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let _ = std::io::stderr().flush();
    Ok(Value::NONE)
}

fn sys_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect(vm, "exit", 0, 1)?;
    let class = vm.exc_class(ExcName::SystemExit);
    let a = args.pos().to_vec();
    let exc = vm.new_exception(class, a);
    Err(crate::runtime::vm::PyErr(exc))
}

fn set_recursion_limit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect(vm, "setrecursionlimit", 1, 1)?;
    let n = vm.to_index(args.pos()[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::NONE)
}

fn get_recursion_limit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::small_int(vm.recursion_limit as i64))
}

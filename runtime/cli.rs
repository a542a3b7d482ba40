//! The `stitch` command line: `stitch [options] prog.py args…` or `stitch -c CODE args…`.

use crate::runtime::compiler;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{TierConfig, Vm};
use std::io::Write;

const USAGE: &str =
    "usage: stitch [--dump-traces] [--stats] [--tiers] [-c CODE | prog.py] [args...]";

/// Options that come before the program.
#[derive(Default)]
struct Options {
    dump_traces: bool,
    stats: bool,
}

enum Program {
    File(String),
    Code(String),
}

/// Entry point of the binary: returns the process exit status.
pub fn main() -> i32 {
    let args: Vec<String> = std::env::args().collect();
    // Compilation and the interpreter's native re-entries recurse on the Rust stack; a big
    // dedicated stack (reserved, not committed) keeps their depth limits the only limits.
    let worker = std::thread::Builder::new()
        .stack_size(1 << 29)
        .spawn(move || run_cli(args));
    match worker {
        Ok(handle) => handle.join().unwrap_or(70),
        Err(_) => run_cli(std::env::args().collect()),
    }
}

fn run_cli(args: Vec<String>) -> i32 {
    let mut opts = Options::default();
    let mut i = 1;
    let program = loop {
        let Some(a) = args.get(i) else {
            eprintln!("{USAGE}");
            return 2;
        };
        match a.as_str() {
            "--dump-traces" => opts.dump_traces = true,
            "--stats" => opts.stats = true,
            "--tiers" => {
                // One line per tier that exists: name, then the environment that selects it.
                println!("tier0 STITCH_SPECIALIZE=0");
                println!("tier1 STITCH_SPECIALIZE=1");
                return 0;
            }
            "--version" | "-V" => {
                println!("stitch {} (Python 3.11 subset)", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return 0;
            }
            "-c" => match args.get(i + 1) {
                Some(code) => {
                    i += 1;
                    break Program::Code(code.clone());
                }
                None => {
                    eprintln!("Argument expected for the -c option\n{USAGE}");
                    return 2;
                }
            },
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("unknown option {s}\n{USAGE}");
                return 2;
            }
            _ => break Program::File(a.clone()),
        }
        i += 1;
    };
    let rest: Vec<String> = args[i + 1..].to_vec();
    if std::env::var("STITCH_DUMP").as_deref() == Ok("traces") {
        opts.dump_traces = true;
    }
    let (filename, source, argv0) = match program {
        Program::Code(c) => ("<string>".to_string(), c, "-c".to_string()),
        Program::File(path) => match std::fs::read(&path) {
            Ok(bytes) => match compiler::lower::decode_source(&bytes, &path) {
                Ok(s) => (path.clone(), s, path),
                Err(e) => {
                    eprint!("{}", e.render());
                    return 1;
                }
            },
            Err(e) => {
                let exe = args.first().map(|s| s.as_str()).unwrap_or("stitch");
                eprintln!(
                    "{exe}: can't open file '{path}': [Errno {}] {}",
                    e.raw_os_error().unwrap_or(2),
                    os_error_text(&e)
                );
                return 2;
            }
        },
    };
    let mut argv = vec![argv0];
    argv.extend(rest);
    run_source(&source, &filename, argv, opts)
}

fn os_error_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Compile and run `source` as `__main__`; returns the exit status.
fn run_source(source: &str, filename: &str, argv: Vec<String>, opts: Options) -> i32 {
    let unit = match compiler::compile_module(source, filename) {
        Ok(u) => u,
        Err(e) => {
            eprint!("{}", e.render());
            return 1;
        }
    };
    let mut vm = Vm::new(TierConfig::from_env());
    vm.argv = argv;
    vm.spec.stats.on = opts.stats;
    vm.spec.trace_failures = std::env::var("STITCH_SPEC_TRACE")
        .map(|v| v == "1")
        .unwrap_or(false);
    if filename != "<string>" {
        vm.sources.insert(filename.to_string(), source.to_string());
    }
    crate::runtime::modules::install(&mut vm);
    let status = vm.run_main(unit);
    if opts.stats {
        vm.flush_stdout();
        eprintln!("{}", vm.stats_report());
    }
    vm.flush_stdout();
    // Skip the VM's destructors: the process is exiting.
    std::mem::forget(vm);
    status
}

impl Vm {
    /// Run a compiled module as `__main__`, handling SystemExit and uncaught exceptions as
    /// CPython does. Returns the exit status.
    pub fn run_main(&mut self, unit: crate::runtime::bytecode::CodeUnit) -> i32 {
        let code = self.load_code(unit);
        let globals = self.new_dict();
        let main_name = self.names.main;
        let name_key = self.names.name;
        let _ = self.dict_set(globals, name_key, main_name);
        let builtins_key = self.intern("__builtins__");
        let b = self.builtins;
        let _ = self.dict_set(globals, builtins_key, b);
        let module = self.alloc(crate::runtime::object::ModuleObj {
            header: Default::default(),
            name: main_name,
            dict: globals,
        });
        let modules = self.modules;
        let _ = self.dict_set(modules, main_name, module);
        let result = self.run_module_code(code, globals);
        match result {
            Ok(_) => 0,
            Err(err) => self.exit_status_for(err.0),
        }
    }

    /// SystemExit's code, or print the traceback and return 1.
    pub fn exit_status_for(&mut self, exc: crate::runtime::value::Value) -> i32 {
        if self.exc_is(exc, ExcName::SystemExit) {
            let args = exc
                .get::<crate::runtime::object::ExceptionObj>()
                .map(|e| e.args.get());
            let items: Vec<_> = args
                .and_then(|a| {
                    a.get::<crate::runtime::object::TupleObj>()
                        .map(|t| t.items.to_vec())
                })
                .unwrap_or_default();
            let code = match items.len() {
                0 => crate::runtime::value::Value::NONE,
                1 => items[0],
                _ => args.unwrap_or(crate::runtime::value::Value::NONE),
            };
            if code.is_none() {
                return 0;
            }
            if let Some(i) = self.to_i64(code) {
                return i as i32;
            }
            let text = self.to_str(code).unwrap_or_default();
            self.flush_stdout();
            eprintln!("{text}");
            return 1;
        }
        self.flush_stdout();
        let text = self.format_exception(exc);
        let mut err = std::io::stderr();
        let _ = err.write_all(text.as_bytes());
        1
    }

    /// `--stats`: what the tiers did.
    pub fn stats_report(&self) -> String {
        let mut s = format!(
            "stitch stats:\n  tier: {}\n  gc collections: {}\n  live objects after last collection: {}\n",
            if self.config.specialize { "tier 1 (specializing)" } else { "tier 0 (STITCH_SPECIALIZE=0)" },
            self.heap.collections,
            self.heap.live_objects
        );
        if self.config.specialize {
            s.push_str(&self.spec.stats.report());
        }
        s
    }
}

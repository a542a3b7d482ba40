//! Standard-library modules written in Python and compiled into the binary. `import` looks
//! for them after the modules built in Rust and after the script's folder (CPython's stdlib
//! also comes after `sys.path[0]`). Add a module: put its source under `python/` and a row
//! here.

/// (module name, is a package, source).
pub const EMBEDDED: &[(&str, bool, &str)] = &[
    ("__future__", false, include_str!("python/__future__.py")),
];

pub fn find(name: &str) -> Option<(bool, &'static str)> {
    EMBEDDED.iter().find(|(n, _, _)| *n == name).map(|&(_, pkg, src)| (pkg, src))
}

//! Standard-library modules written in Python and compiled into the binary. `import` looks
//! for them after the modules built in Rust and after the script's folder (CPython's stdlib
//! also comes after `sys.path[0]`). Add a module: put its source under `python/` and a row
//! here.

/// (module name, is a package, source).
pub const EMBEDDED: &[(&str, bool, &str)] = &[
    ("__future__", false, include_str!("python/__future__.py")),
    (
        "_stitch_types",
        false,
        include_str!("python/_stitch_types.py"),
    ),
    ("abc", false, include_str!("python/abc.py")),
    ("array", false, include_str!("python/array.py")),
    ("bisect", false, include_str!("python/bisect.py")),
    (
        "collections",
        true,
        include_str!("python/collections/__init__.py"),
    ),
    (
        "collections.abc",
        false,
        include_str!("python/collections/abc.py"),
    ),
    ("contextlib", false, include_str!("python/contextlib.py")),
    ("copy", false, include_str!("python/copy.py")),
    ("dataclasses", false, include_str!("python/dataclasses.py")),
    ("enum", false, include_str!("python/enum.py")),
    ("functools", false, include_str!("python/functools.py")),
    ("heapq", false, include_str!("python/heapq.py")),
    ("io", false, include_str!("python/io.py")),
    ("itertools", false, include_str!("python/itertools.py")),
    ("keyword", false, include_str!("python/keyword.py")),
    ("operator", false, include_str!("python/operator.py")),
    ("string", false, include_str!("python/string.py")),
    ("struct", false, include_str!("python/struct.py")),
    ("textwrap", false, include_str!("python/textwrap.py")),
    ("types", false, include_str!("python/types.py")),
    ("typing", false, include_str!("python/typing.py")),
];

pub fn find(name: &str) -> Option<(bool, &'static str)> {
    EMBEDDED
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|&(_, pkg, src)| (pkg, src))
}

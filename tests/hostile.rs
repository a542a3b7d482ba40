//! Robustness suite: a few hundred malformed or hostile inputs, generated here, each written to a
//! temp file and run through stitch. Whatever the input, stitch must not panic, die by a
//! signal or hang; it must exit with 0 or 1; and when it exits with 1 the last stderr line must
//! look like a Python exception (`SomethingError: …`). Inputs that are certainly syntax errors
//! must also print nothing and end in SyntaxError/IndentationError/TabError.
//!
//! Generated inputs: truncations of every test program (cuts right after an opening bracket,
//! which are always syntax errors, and cuts in code that can safely run), seeded random byte
//! flips of loop-free programs, invalid UTF-8, null bytes, deep nesting of every kind up to
//! 100000, huge literals, 10 MB lines, lone surrogates, CR/CRLF line endings, tab/space mixes,
//! and a few runtime hazards (deep recursion, deeply nested data, absurd allocations).
//!
//! Everything runs under the default tier; a quarter of the light cases also run under the plain
//! tier and another quarter under `STITCH_JIT=stress`. `STITCH_TEST_FILTER=substr` keeps the cases
//! whose label contains `substr`. Failing cases' files are kept for reproduction.

mod support;

use std::ffi::OsString;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use support::{Ending, Tier};

/// What a case must do beyond "no crash".
#[derive(Clone, Copy, PartialEq)]
enum Expect {
    /// Exit 0 or 1, Python-style error line on 1.
    AnyPythonOutcome,
    /// A compile-time error: exit 1, empty stdout, SyntaxError/IndentationError/TabError.
    CompileError,
}

struct Case {
    label: String,
    source: Vec<u8>,
    expect: Expect,
    /// Big or slow inputs only run under the default tier.
    heavy: bool,
}

impl Case {
    fn new(label: impl Into<String>, source: impl Into<Vec<u8>>, expect: Expect) -> Case {
        Case {
            label: label.into(),
            source: source.into(),
            expect,
            heavy: false,
        }
    }
}

/// splitmix64: a tiny fixed-seed PRNG so the generated cases are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("programs")
}

fn test_programs() -> Vec<(String, Vec<u8>)> {
    let dir = programs_dir();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let src = fs::read(dir.join(&n)).expect("readable program");
            (n, src)
        })
        .collect()
}

fn contains(hay: &[u8], needle: &str) -> bool {
    support::contains(hay, needle.as_bytes())
}

/// Cuts that leave an opening bracket unclosed at end of file: always a syntax error (the
/// bracket is in code, or it is inside a string literal that is now unterminated). Lines with
/// a `#` before the cut are skipped, since there the bracket may sit in a comment.
fn bracket_cuts(src: &[u8]) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut line_start = 0;
    for (i, &b) in src.iter().enumerate() {
        if b == b'\n' {
            line_start = i + 1;
        } else if matches!(b, b'(' | b'[' | b'{') && !src[line_start..i].contains(&b'#') {
            cuts.push(i + 1);
        }
    }
    cuts
}

/// Cuts after which the prefix can run and still terminates: only before the first `while`
/// (a truncated while body may loop forever; `for` loops and recursion always end), and only
/// at UTF-8 boundaries (invalid UTF-8 is covered separately). Programs that call sys.exit or
/// raise SystemExit are skipped, as their exit status is their own.
fn runnable_cuts(src: &[u8]) -> Vec<usize> {
    if contains(src, "exit") {
        return Vec::new();
    }
    let end = src
        .windows(5)
        .position(|w| w == b"while")
        .unwrap_or(src.len());
    (1..end).filter(|&i| (src[i] & 0xC0) != 0x80).collect()
}

/// Programs whose mutants certainly terminate: no while loops, no functions (so no recursion
/// that a flip could make exponential), no exits, no stdin, no imports.
fn flippable(src: &[u8]) -> bool {
    ["while", "def ", "lambda", "exit", "input(", "import"]
        .iter()
        .all(|w| !contains(src, w))
}

/// Replacement bytes for flips. No digits, `*` or `<`: those could turn `range(100)` or
/// `x * 2` into something that runs for hours (`range(900)` is fine, `10 ** 69` is not). No
/// identifier characters either: renaming `b.append` to `a.append` inside `for v in a` would
/// never end.
const FLIP_BYTES: &[u8] =
    b"()[]{}:;,.'\"\\#@!?$`~^|&%=-+/ \t\n\r\x00\x0b\x0c\x7f\x80\xbf\xc3\xe2\xf0\xfe\xff";

fn truncation_cases(cases: &mut Vec<Case>, rng: &mut Rng) {
    for (name, src) in test_programs() {
        let brackets = bracket_cuts(&src);
        for _ in 0..2.min(brackets.len()) {
            let at = *rng.pick(&brackets);
            cases.push(Case::new(
                format!("truncate {name} at byte {at} (after an opening bracket)"),
                &src[..at],
                Expect::CompileError,
            ));
        }
        let runnable = runnable_cuts(&src);
        for _ in 0..1.min(runnable.len()) {
            let at = *rng.pick(&runnable);
            cases.push(Case::new(
                format!("truncate {name} at byte {at}"),
                &src[..at],
                Expect::AnyPythonOutcome,
            ));
        }
    }
}

fn flip_cases(cases: &mut Vec<Case>, rng: &mut Rng) {
    let eligible: Vec<(String, Vec<u8>)> = test_programs()
        .into_iter()
        .filter(|(_, s)| flippable(s))
        .collect();
    assert!(
        eligible.len() >= 5,
        "too few flippable programs ({}) for the byte-flip cases",
        eligible.len()
    );
    for (name, src) in &eligible {
        for _ in 0..4 {
            let mut mutated = src.clone();
            let mut notes = Vec::new();
            for _ in 0..1 + rng.below(3) {
                let at = rng.below(mutated.len());
                let byte = *rng.pick(FLIP_BYTES);
                notes.push(format!("{at}:{:#04x}->{byte:#04x}", mutated[at]));
                mutated[at] = byte;
            }
            cases.push(Case::new(
                format!("flip {name} [{}]", notes.join(", ")),
                mutated,
                Expect::AnyPythonOutcome,
            ));
        }
    }
}

fn repeat(s: &str, n: usize) -> String {
    s.repeat(n)
}

/// `n` nested `open … close` around `inner`, e.g. ((((1)))).
fn nest(open: &str, inner: &str, close: &str, n: usize) -> String {
    format!("{}{inner}{}", open.repeat(n), close.repeat(n))
}

fn nested_ifs(n: usize) -> String {
    let mut s = String::from("print('start')\n");
    for depth in 0..n {
        s.push_str(&" ".repeat(depth));
        s.push_str("if 1:\n");
    }
    s.push_str(&" ".repeat(n));
    s.push_str("print('deep')\n");
    s
}

fn special_cases(all: &mut Vec<Case>) {
    use Expect::*;
    let mut cases = Vec::new();
    let compile_errors: Vec<(&str, Vec<u8>)> = vec![
        (
            "invalid utf-8 in code",
            b"print('ran')\nx = 1 \xff\xfe 2\n".to_vec(),
        ),
        (
            "invalid utf-8 in a string",
            b"print('ran')\ns = '\xc3\x28'\n".to_vec(),
        ),
        (
            "invalid utf-8 in a comment",
            b"print('ran')\n# \xe2\x82 broken\n".to_vec(),
        ),
        (
            "overlong utf-8 encoding",
            b"print('ran')\ns = '\xc0\xaf'\n".to_vec(),
        ),
        (
            "utf-8 encoded surrogate",
            b"print('ran')\ns = '\xed\xa0\x80'\n".to_vec(),
        ),
        ("null byte in code", b"print('ran')\nx = 1\x00\n".to_vec()),
        (
            "null byte in a string",
            b"print('ran')\ns = 'a\x00b'\n".to_vec(),
        ),
        (
            "truncated \\x escape",
            b"print('ran')\ns = '\\x4'\n".to_vec(),
        ),
        (
            "out of range \\U escape",
            b"print('ran')\ns = '\\U00110000'\n".to_vec(),
        ),
        (
            "unknown \\N name",
            b"print('ran')\ns = '\\N{NO SUCH CHARACTER NAME}'\n".to_vec(),
        ),
        (
            "unterminated string at EOF",
            b"print('ran')\ns = 'abc".to_vec(),
        ),
        (
            "unterminated triple string",
            b"print('ran')\ns = '''abc\n\n".to_vec(),
        ),
        (
            "unterminated f-string",
            b"print('ran')\ns = f'{1 + '\n".to_vec(),
        ),
        (
            "tab/space inconsistent",
            b"print('ran')\nif 1:\n\tx = 1\n        y = 2\n".to_vec(),
        ),
        ("lone closing bracket", b"print('ran')\n)\n".to_vec()),
        ("lone indent at EOF", b"print('ran')\n   \n  x".to_vec()),
        ("backslash at EOF", b"print('ran')\nx = 1 + \\".to_vec()),
        ("unclosed bracket at EOF", b"print('ran')\nx = (".to_vec()),
        ("keyword as name", b"print('ran')\nclass = 3\n".to_vec()),
        (
            "lambda assignment target",
            b"print('ran')\nlambda: 1 = 2\n".to_vec(),
        ),
        ("star expression alone", b"print('ran')\n*a\n".to_vec()),
        (
            "decorator without def",
            b"print('ran')\n@dec\nx = 1\n".to_vec(),
        ),
        (
            "augmented assignment to tuple",
            b"print('ran')\n() += 1\n".to_vec(),
        ),
        ("await outside async", b"print('ran')\nawait x\n".to_vec()),
        (
            "yield outside function",
            b"print('ran')\nyield 1\n".to_vec(),
        ),
        (
            "return with value in module",
            b"print('ran')\nreturn 5\n".to_vec(),
        ),
        (
            "duplicate argument",
            b"print('ran')\ndef f(a, a):\n    pass\n".to_vec(),
        ),
        (
            "nonlocal without binding",
            b"print('ran')\ndef f():\n    nonlocal q\n".to_vec(),
        ),
        ("only an indent", b"    print('ran')\n".to_vec()),
        (
            "deep parens unclosed 100000",
            repeat("(", 100_000).into_bytes(),
        ),
        (
            "deep brackets unclosed 100000",
            repeat("[", 100_000).into_bytes(),
        ),
        (
            "mismatched deep nesting",
            format!("print('ran')\n{}{}", repeat("(", 1000), repeat("]", 1000)).into_bytes(),
        ),
    ];
    for (label, src) in compile_errors {
        cases.push(Case::new(label, src, CompileError));
    }

    let runnable: Vec<(&str, String)> = vec![
        ("empty file", String::new()),
        ("only newlines", repeat("\n", 100_000)),
        ("only comments", repeat("# comment\n", 10_000)),
        ("only whitespace", "   \t  \n\n \x0c\n".to_string()),
        ("utf-8 BOM", "\u{feff}print('bom ok')\n".to_string()),
        ("no final newline", "print(1)".to_string()),
        (
            "CRLF line endings",
            "x = 1\r\nif x:\r\n    print('crlf')\r\n".to_string(),
        ),
        (
            "CR line endings",
            "x = 1\rif x:\r    print('cr')\r".to_string(),
        ),
        (
            "form feed indentation",
            "if 1:\n\x0c    print('ff')\n".to_string(),
        ),
        (
            "lone surrogate escape",
            "s = '\\ud800'\nprint(len(s), repr(s))\n".to_string(),
        ),
        ("lone surrogate printed", "print('\\udc80')\n".to_string()),
        (
            "surrogate pair escapes",
            "s = '\\ud83d\\ude00'\nprint(len(s), repr(s), s == '\\U0001F600')\n".to_string(),
        ),
        (
            "surrogate via chr",
            "c = chr(0xdfff)\nprint(repr(c), ord(c))\nprint(c)\n".to_string(),
        ),
        (
            "max code point",
            "print(repr('\\U0010ffff'), len(chr(0x10ffff)))\n".to_string(),
        ),
        ("many statements 50000", repeat("x = 1\n", 50_000)),
        ("many elifs", {
            let mut s = String::from("x = 9999\nif x == 0:\n    pass\n");
            for i in 1..10_000 {
                let _ = write!(s, "elif x == {i}:\n    print({i})\n");
            }
            s
        }),
        ("deep parens 100", nest("(", "1", ")", 100)),
        ("deep parens 201", nest("(", "1", ")", 201)),
        ("deep parens 100000", nest("(", "1", ")", 100_000)),
        (
            "deep lists 100000",
            format!("x = {}\nprint(len(x))\n", nest("[", "", "]", 100_000)),
        ),
        (
            "deep dicts 10000",
            format!("x = {}\n", nest("{1: ", "1", "}", 10_000)),
        ),
        (
            "deep tuples 10000",
            format!("x = {}\n", nest("(", "1", ",)", 10_000)),
        ),
        (
            "1+1+... chain 100000",
            format!("print({})\n", vec!["1"; 100_000].join("+")),
        ),
        (
            "1-1*1-... chain 100000",
            format!("print({})\n", vec!["2"; 100_000].join("-1*")),
        ),
        (
            "x.a.a... chain 100000",
            format!("x = 1\nprint(x{})\n", repeat(".a", 100_000)),
        ),
        (
            "f()()... chain 100000",
            format!("f = print\nf{}\n", repeat("()", 100_000)),
        ),
        (
            "a[0][0]... chain 100000",
            format!("a = [0]\nprint(a{})\n", repeat("[0]", 100_000)),
        ),
        (
            "unary minus chain 100000",
            format!("print({}1)\n", repeat("-", 100_000)),
        ),
        (
            "not chain 100000",
            format!("print({}1)\n", repeat("not ", 100_000)),
        ),
        (
            "and chain 100000",
            format!("print({})\n", vec!["1"; 100_000].join(" and ")),
        ),
        (
            "comparison chain 100000",
            format!("print({})\n", vec!["1"; 100_000].join(" < ")),
        ),
        (
            "string concat chain 100000",
            format!("print(len({}))\n", vec!["'ab'"; 100_000].join(" ")),
        ),
        (
            "conditional chain 10000",
            format!("print({}0)\n", repeat("1 if 0 else ", 10_000)),
        ),
        (
            "lambda chain 10000",
            format!("f = {}0\nprint(f)\n", repeat("lambda: ", 10_000)),
        ),
        ("nested ifs 10", nested_ifs(10)),
        ("nested ifs 99", nested_ifs(99)),
        ("nested ifs 100", nested_ifs(100)),
        ("nested ifs 101", nested_ifs(101)),
        ("nested ifs 1000", nested_ifs(1000)),
        ("nested ifs 3000", nested_ifs(3000)),
        ("nested defs 1000", {
            let mut s = String::new();
            for d in 0..1000 {
                let _ = writeln!(s, "{}def f{d}():", " ".repeat(d));
            }
            s.push_str(&" ".repeat(1000));
            s.push_str("return 1\nprint(f0())\n");
            s
        }),
        (
            "huge int literal 100000 digits",
            format!("x = {}\nprint(x % 97)\n", repeat("9", 100_000)),
        ),
        (
            "huge hex literal",
            format!("x = 0x{}\nprint(x.bit_length())\n", repeat("f", 100_000)),
        ),
        (
            "huge float literal",
            format!("x = {}.5e-99999\nprint(x)\n", repeat("1", 50_000)),
        ),
        (
            "huge exponent float",
            "print(1e99999999999999999999, 1e-99999999999999999999)\n".to_string(),
        ),
        (
            "huge string literal 10 MB",
            format!("s = '{}'\nprint(len(s))\n", repeat("a", 10 << 20)),
        ),
        (
            "10 MB comment line",
            format!("#{}\nprint('after')\n", repeat("c", 10 << 20)),
        ),
        (
            "400 KB list literal line",
            format!("x = [{}]\nprint(len(x), sum(x))\n", repeat("1,", 200_000)),
        ),
        (
            "10 MB line of spaces",
            format!("x = 1{}\nprint(x)\n", repeat(" ", 10 << 20)),
        ),
        (
            "long identifier",
            format!("{0} = 5\nprint({0})\n", repeat("v", 1 << 20)),
        ),
        (
            "unbounded recursion",
            "def f(n):\n    return f(n + 1)\nf(0)\n".to_string(),
        ),
        (
            "recursion through sorted key",
            "def f(x):\n    return sorted([x, x], key=f)\nf(1)\n".to_string(),
        ),
        (
            "recursion through comprehension",
            "def f():\n    return [f() for _ in range(1)]\nf()\n".to_string(),
        ),
        (
            "recursion through map",
            "def f(x):\n    return list(map(f, [x]))\nf(1)\n".to_string(),
        ),
        (
            "deeply nested list repr",
            "x = []\nfor i in range(100000):\n    x = [x]\nprint(len(repr(x)))\n".to_string(),
        ),
        (
            "deeply nested list compare",
            "a = []\nb = []\nfor i in range(100000):\n    a = [a]\n    b = [b]\nprint(a == b)\n"
                .to_string(),
        ),
        (
            "deeply nested tuple hash",
            "t = ()\nfor i in range(100000):\n    t = (t,)\nprint(hash(t) == hash(t))\n"
                .to_string(),
        ),
        (
            "deeply nested dict str",
            "d = {}\nfor i in range(100000):\n    d = {1: d}\nprint(len(str(d)))\n".to_string(),
        ),
        (
            "self-referencing containers",
            "l = [1]\nl.append(l)\nd = {}\nd[1] = d\nprint(l, d, l == l)\n".to_string(),
        ),
        (
            "absurd list repetition",
            "x = [0] * (2 ** 62)\nprint(len(x))\n".to_string(),
        ),
        (
            "absurd string repetition",
            "x = 'ab' * (2 ** 62)\nprint(len(x))\n".to_string(),
        ),
        ("absurd shift", "x = 1 << (2 ** 62)\nprint(x)\n".to_string()),
        (
            "absurd modular power",
            "print(pow(10, 2 ** 62, 7), pow(3, -(2 ** 70), 7))\n".to_string(),
        ),
        (
            "huge range len",
            "print(len(range(2 ** 100)))\n".to_string(),
        ),
        (
            "int to str over the limit",
            "print(len(str(10 ** 5000)))\n".to_string(),
        ),
        (
            "negative recursion limit",
            "import sys\nsys.setrecursionlimit(-5)\n".to_string(),
        ),
        ("input at EOF", "x = input()\nprint(x)\n".to_string()),
        (
            "mixed tabs and spaces consistent",
            "if 1:\n\tif 1:\n\t    print('mixed ok')\n".to_string(),
        ),
    ];
    for (label, src) in runnable {
        cases.push(Case::new(label, src, AnyPythonOutcome));
    }
    // Big inputs and deep nesting (labels end in their size) stay out of the tier subsets.
    for case in cases.iter_mut() {
        let size: usize = case
            .label
            .rsplit(' ')
            .next()
            .and_then(|w| w.parse().ok())
            .unwrap_or(0);
        if case.source.len() > 200_000
            || size >= 1000
            || case.label.contains("MB")
            || case.label.contains("huge")
        {
            case.heavy = true;
        }
    }
    all.extend(cases);
}

fn all_cases() -> Vec<Case> {
    let mut rng = Rng(0x5717_C4ED_2024);
    let mut cases = Vec::new();
    truncation_cases(&mut cases, &mut rng);
    flip_cases(&mut cases, &mut rng);
    special_cases(&mut cases);
    if let Some(filter) = std::env::var("STITCH_TEST_FILTER")
        .ok()
        .filter(|f| !f.is_empty())
    {
        cases.retain(|c| c.label.contains(&filter));
    }
    cases
}

/// `SomethingError: message`, `SomethingError`, `StopIteration`, `pkg.CustomError: …`.
fn looks_like_python_error(line: &str) -> bool {
    let name = line.split(": ").next().unwrap_or("");
    let is_ident = |part: &str| {
        part.chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    (line == name || line.len() > name.len() + 1)
        && name.split('.').all(is_ident)
        && [
            "Error",
            "Exception",
            "Iteration",
            "Exit",
            "Interrupt",
            "Warning",
        ]
        .iter()
        .any(|s| name.ends_with(s))
}

fn check(
    case: &Case,
    file: &Path,
    tier: &Tier,
    bin: &Path,
) -> (Option<String>, std::time::Duration) {
    let limit = support::timeout();
    let dir = file.parent().expect("case file has a directory");
    let name = OsString::from(file.file_name().expect("case file name"));
    let run = support::run(bin, &[name], dir, tier, b"", limit);
    let elapsed = run.elapsed;
    let mut reasons = support::crash_reasons(&run, limit);
    let last = support::last_line(&run.stderr);
    match run.ending {
        Ending::Exited(code @ (0 | 1)) => {
            if code == 1 && !looks_like_python_error(&last) {
                reasons.push(format!(
                    "exit status 1 but the last stderr line is not a Python error: {:?}",
                    support::clip(&last, 200)
                ));
            }
            if case.expect == Expect::CompileError {
                if code != 1 {
                    reasons.push("exit status 0 for a file that cannot compile".to_string());
                } else if !["SyntaxError", "IndentationError", "TabError"]
                    .contains(&last.split(':').next().unwrap_or(""))
                {
                    reasons.push(format!(
                        "expected a SyntaxError/IndentationError/TabError, got {:?}",
                        support::clip(&last, 200)
                    ));
                }
                if !run.stdout.is_empty() {
                    reasons.push("a file that cannot compile printed to stdout (it ran before parsing all of it)".to_string());
                }
            }
        }
        Ending::Exited(code) if code != 101 => {
            reasons.push(format!("exit status {code} (expected 0 or 1)"))
        }
        _ => {}
    }
    if reasons.is_empty() {
        return (None, elapsed);
    }
    let mut report = String::new();
    for r in reasons {
        let _ = writeln!(report, "  {r}");
    }
    let _ = writeln!(report, "  stderr tail:");
    report.push_str(&support::tail(&run.stderr, 6, "    | "));
    let _ = writeln!(
        report,
        "  input kept at {} ({} bytes); reproduce: {}{} {}",
        file.display(),
        case.source.len(),
        tier.env_prefix(),
        bin.display(),
        file.display()
    );
    (Some(report), elapsed)
}

fn run_cases(tier: &Tier, select: impl Fn(usize, &Case) -> bool) {
    let cases: Vec<Case> = all_cases()
        .into_iter()
        .enumerate()
        .filter(|(i, c)| select(*i, c))
        .map(|(_, c)| c)
        .collect();
    assert!(
        !cases.is_empty(),
        "no hostile cases generated (STITCH_TEST_FILTER too narrow?)"
    );
    let dir = std::env::temp_dir().join(format!(
        "stitch-hostile-{}-{}",
        tier.name,
        std::process::id()
    ));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("create temp dir");
    let files: Vec<PathBuf> = cases
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let path = dir.join(format!("case_{i:04}.py"));
            fs::write(&path, &c.source).expect("write case file");
            path
        })
        .collect();
    let bin = support::stitch_binary();
    let work: Vec<(&Case, &PathBuf)> = cases.iter().zip(&files).collect();
    let results = support::parallel_map(&work, support::jobs(), |(case, file)| {
        check(case, file, tier, &bin)
    });
    support::report_slowest(
        tier.name,
        work.iter()
            .zip(&results)
            .map(|((c, _), r)| (c.label.as_str(), r.1)),
    );
    let mut failures = Vec::new();
    for ((case, file), (result, _)) in work.iter().zip(results) {
        match result {
            Some(report) => failures.push((case, report)),
            None => {
                let _ = fs::remove_file(file);
            }
        }
    }
    if failures.is_empty() {
        let _ = fs::remove_dir_all(&dir);
        eprintln!(
            "hostile, tier {}: all {} inputs handled",
            tier.name,
            cases.len()
        );
        return;
    }
    let mut msg = format!(
        "\n{} of {} hostile inputs mishandled under tier {} (binary {}):\n",
        failures.len(),
        cases.len(),
        tier.name,
        bin.display()
    );
    for (case, report) in failures.iter().take(40) {
        let _ = write!(
            msg,
            "\n==== {} ====\n{report}",
            support::clip(&case.label, 160)
        );
    }
    if failures.len() > 40 {
        let _ = writeln!(
            msg,
            "\n… and {} more (kept in {})",
            failures.len() - 40,
            dir.display()
        );
    }
    panic!("{msg}");
}

#[test]
fn hostile_default_tier() {
    run_cases(&support::TIER_DEFAULT, |_, _| true);
}

#[test]
fn hostile_plain_tier() {
    run_cases(&support::TIER_PLAIN, |i, c| !c.heavy && i % 4 == 0);
}

#[test]
fn hostile_jit_stress() {
    run_cases(&support::TIER_JIT_STRESS, |i, c| !c.heavy && i % 4 == 1);
}

/// The generator itself: enough cases, stable across runs, and the bracket-cut rule holds.
#[test]
fn hostile_generator_sanity() {
    let cases = all_cases();
    if std::env::var("STITCH_TEST_FILTER").is_err() {
        assert!(cases.len() >= 300, "only {} hostile cases", cases.len());
    }
    let again = all_cases();
    assert!(
        cases
            .iter()
            .zip(&again)
            .all(|(a, b)| a.label == b.label && a.source == b.source),
        "generator is not deterministic"
    );
    assert_eq!(bracket_cuts(b"x = (1\n# (\ny = [2]"), vec![5, 16]);
    assert!(looks_like_python_error("ValueError: bad") && looks_like_python_error("StopIteration"));
    assert!(
        !looks_like_python_error("thread 'main' panicked at x.rs")
            && !looks_like_python_error("Segmentation fault")
    );
}

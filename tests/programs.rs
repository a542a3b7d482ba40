//! Differential suite: every `tests/programs/NAME.py` runs under every tier of stitch and must
//! match what CPython printed (`NAME.out`, `NAME.meta`, made by `tests/regen_expected.py`).
//!
//! One `#[test]` per tier, so `cargo test --test programs jit` picks tiers by name. Within a
//! tier the programs run in parallel (`STITCH_TEST_JOBS`, default: the CPU count), each with a
//! timeout (`STITCH_TEST_TIMEOUT`, default 10 s); every failure is collected and reported at the
//! end in one message. `STITCH_TEST_FILTER=substr` runs only the programs whose name contains
//! `substr`; `STITCH_TEST_BIN=/path` tests another binary (e.g. a script running python3, to
//! validate the harness itself). See tests/README.md.

mod support;

use std::ffi::OsString;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;
use support::{Ending, Tier};

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("programs")
}

/// What CPython did, read from NAME.out and NAME.meta.
struct Expected {
    stdout: Vec<u8>,
    exit: i32,
    /// Last stderr line; only meaningful when `exit != 0`.
    stderr_last: String,
    /// For syntax errors: the line CPython blamed. Then only the exception class of the last
    /// stderr line is compared, plus that stderr mentions `line N`.
    syntax_line: Option<u32>,
}

struct Program {
    name: String,
    stdin: Vec<u8>,
    args: Vec<OsString>,
    /// Err: the expected files are missing or malformed (always a failure).
    expected: Result<Expected, String>,
}

fn parse_meta(text: &str) -> Result<(i32, String, Option<u32>), String> {
    let (mut exit, mut stderr, mut line) = (None, String::new(), None);
    for raw in text.lines() {
        let Some((key, value)) = raw.split_once('=') else {
            return Err(format!("malformed .meta line {raw:?}"));
        };
        match key {
            "exit" => {
                exit = Some(
                    value
                        .parse()
                        .map_err(|_| format!("bad exit value {value:?}"))?,
                )
            }
            "stderr" => stderr = value.to_string(),
            "syntax_line" => {
                line = Some(
                    value
                        .parse()
                        .map_err(|_| format!("bad syntax_line {value:?}"))?,
                )
            }
            _ => return Err(format!("unknown .meta key {key:?}")),
        }
    }
    Ok((exit.ok_or("no exit= line in .meta")?, stderr, line))
}

fn load_program(dir: &Path, name: &str) -> Program {
    let read = |ext: &str| fs::read(dir.join(format!("{name}.{ext}")));
    let expected =
        match (read("out"), read("meta")) {
            (Ok(stdout), Ok(meta)) => parse_meta(&String::from_utf8_lossy(&meta)).map(
                |(exit, stderr_last, syntax_line)| Expected {
                    stdout,
                    exit,
                    stderr_last,
                    syntax_line,
                },
            ),
            (out, meta) => {
                let missing: Vec<&str> = [("out", out.is_err()), ("meta", meta.is_err())]
                    .iter()
                    .filter(|p| p.1)
                    .map(|p| p.0)
                    .collect();
                Err(format!(
                    "missing expected file(s) {}: run `python3 tests/regen_expected.py {name}`",
                    missing
                        .iter()
                        .map(|e| format!("{name}.{e}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            }
        };
    let args = read("args")
        .map(|a| {
            String::from_utf8_lossy(&a)
                .split_whitespace()
                .map(OsString::from)
                .collect()
        })
        .unwrap_or_default();
    Program {
        name: name.to_string(),
        stdin: read("stdin").unwrap_or_default(),
        args,
        expected,
    }
}

/// All programs (sorted), restricted by `STITCH_TEST_FILTER`.
fn discover() -> (Vec<Program>, Option<String>) {
    let dir = programs_dir();
    let filter = std::env::var("STITCH_TEST_FILTER")
        .ok()
        .filter(|f| !f.is_empty());
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".py"))
                .map(String::from)
        })
        .filter(|n| filter.as_ref().map_or(true, |f| n.contains(f.as_str())))
        .collect();
    names.sort();
    (
        names.iter().map(|n| load_program(&dir, n)).collect(),
        filter,
    )
}

/// First differing line of two outputs, shown with a little context, unified-diff style.
fn stdout_diff(expected: &[u8], actual: &[u8]) -> String {
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let (elines, alines) = (exp.matches('\n').count(), act.matches('\n').count());
    if exp.trim_end_matches('\n') == act.trim_end_matches('\n') {
        return format!(
            "  stdout differs only in trailing newlines: expected {elines}, got {alines}\n"
        );
    }
    // split('\n') leaves an empty last element after a final newline: not a line of output.
    let lines = |text: &str| -> Vec<String> {
        let mut v: Vec<String> = text.split('\n').map(String::from).collect();
        if v.last().is_some_and(|l| l.is_empty()) {
            v.pop();
        }
        v
    };
    let (e, a) = (lines(&exp), lines(&act));
    let first = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let mut out = format!(
        "  stdout differs from line {} on (expected {elines} lines, got {alines}):\n",
        first + 1
    );
    for i in first.saturating_sub(2)..first {
        let _ = writeln!(out, "      {:>4} | {}", i + 1, support::clip(&e[i], 200));
    }
    // In a long line, start the display shortly before the first differing character.
    let col = match (e.get(first), a.get(first)) {
        (Some(x), Some(y)) => x
            .chars()
            .zip(y.chars())
            .position(|(p, q)| p != q)
            .unwrap_or(x.len().min(y.len())),
        _ => 0,
    };
    let show = |i: usize, line: &str| -> String {
        if i == first && col > 120 {
            let rest: String = line.chars().skip(col - 60).collect();
            format!("…{}", support::clip(&rest, 200))
        } else {
            support::clip(line, 200)
        }
    };
    const SHOWN: usize = 4;
    for (sign, side) in [("-", &e), ("+", &a)] {
        for i in first..(first + SHOWN).min(side.len()) {
            let _ = writeln!(out, "    {sign} {:>4} | {}", i + 1, show(i, &side[i]));
        }
        if first + SHOWN > side.len() {
            let _ = writeln!(out, "    {sign}      | (end of output)");
        }
    }
    if col > 0 {
        let _ = writeln!(
            out,
            "    (line {} first differs at column {})",
            first + 1,
            col + 1
        );
    }
    out
}

/// Does stderr mention `line N` as a whole number?
fn mentions_line(stderr: &[u8], n: u32) -> bool {
    let text = String::from_utf8_lossy(stderr);
    let needle = format!("line {n}");
    text.match_indices(&needle)
        .any(|(i, _)| !text[i + needle.len()..].starts_with(|c: char| c.is_ascii_digit()))
}

fn exception_class(line: &str) -> &str {
    line.split(':').next().unwrap_or("").trim()
}

/// Compares one run with CPython's results; returns a report block if it failed.
fn check(program: &Program, tier: &Tier, bin: &Path) -> (Option<String>, Duration) {
    let dir = programs_dir();
    let limit = support::timeout();
    let expected = match &program.expected {
        Ok(e) => e,
        Err(msg) => return (Some(format!("  {msg}\n")), Duration::ZERO),
    };
    let mut args = vec![OsString::from(format!("{}.py", program.name))];
    args.extend(program.args.iter().cloned());
    let run = support::run(bin, &args, &dir, tier, &program.stdin, limit);
    let mut report = String::new();
    for reason in support::crash_reasons(&run, limit) {
        let _ = writeln!(report, "  CRASH: {reason}");
    }
    if let Ending::Exited(code) = run.ending {
        if code != expected.exit {
            let _ = writeln!(report, "  exit status {code}, expected {}", expected.exit);
        }
    }
    if run.stdout != expected.stdout {
        report.push_str(&stdout_diff(&expected.stdout, &run.stdout));
    }
    if expected.exit != 0 && !matches!(run.ending, Ending::TimedOut | Ending::SpawnFailed(_)) {
        let got = support::last_line(&run.stderr);
        match expected.syntax_line {
            Some(line) => {
                let want = exception_class(&expected.stderr_last);
                if exception_class(&got) != want {
                    let _ = writeln!(report, "  last stderr line should start with `{want}:` (CPython: {:?}), got {got:?}", expected.stderr_last);
                }
                if !mentions_line(&run.stderr, line) {
                    let _ = writeln!(
                        report,
                        "  stderr should mention `line {line}` like CPython's"
                    );
                }
            }
            None if got != expected.stderr_last => {
                let _ = writeln!(
                    report,
                    "  last stderr line differs: expected {:?}, got {got:?}",
                    expected.stderr_last
                );
            }
            None => {}
        }
    }
    if report.is_empty() {
        return (None, run.elapsed);
    }
    let _ = writeln!(report, "  stderr tail:");
    report.push_str(&support::tail(&run.stderr, 8, "    | "));
    let extra: Vec<String> = program
        .args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let stdin_note = if program.stdin.is_empty() {
        String::new()
    } else {
        format!(" < {}.stdin", program.name)
    };
    let _ = writeln!(
        report,
        "  reproduce: cd tests/programs && {}{} {}.py{}{}",
        tier.env_prefix(),
        bin.display(),
        program.name,
        extra.iter().map(|a| format!(" {a}")).collect::<String>(),
        stdin_note
    );
    (Some(report), run.elapsed)
}

fn run_tier(tier: &Tier) {
    let (programs, filter) = discover();
    if programs.is_empty() {
        panic!(
            "no test programs found in {} (STITCH_TEST_FILTER={:?}); the suite must not pass vacuously",
            programs_dir().display(),
            filter
        );
    }
    let bin = support::stitch_binary();
    let results = support::parallel_map(&programs, support::jobs(), |p| check(p, tier, &bin));
    support::report_slowest(
        tier.name,
        programs
            .iter()
            .zip(&results)
            .map(|(p, r)| (p.name.as_str(), r.1)),
    );
    let results = results.into_iter().map(|r| r.0);
    let failures: Vec<(&Program, String)> = programs
        .iter()
        .zip(results)
        .filter_map(|(p, r)| r.map(|r| (p, r)))
        .collect();
    if failures.is_empty() {
        eprintln!(
            "tier {}: all {} programs match CPython",
            tier.name,
            programs.len()
        );
        return;
    }
    let max_details: usize = std::env::var("STITCH_TEST_MAX_DETAILS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(40);
    let mut msg = format!(
        "\n{} of {} programs differ from CPython under tier {} [{}] (binary {}):\n",
        failures.len(),
        programs.len(),
        tier.name,
        if tier.env.is_empty() {
            "default environment".to_string()
        } else {
            tier.env_prefix().trim().to_string()
        },
        bin.display()
    );
    for (program, report) in failures.iter().take(max_details) {
        let _ = write!(
            msg,
            "\n==== {}.py [{}] ====\n{report}",
            program.name, tier.name
        );
    }
    if failures.len() > max_details {
        let _ = writeln!(
            msg,
            "\n({} more failures not detailed; STITCH_TEST_MAX_DETAILS raises the limit)",
            failures.len() - max_details
        );
    }
    let _ = writeln!(
        msg,
        "\nsummary, tier {}: {} failed:",
        tier.name,
        failures.len()
    );
    for (program, report) in &failures {
        let first = report.lines().next().unwrap_or("").trim();
        let _ = writeln!(msg, "  {:<36} {}", program.name, support::clip(first, 100));
    }
    panic!("{msg}");
}

#[test]
fn tier0_plain() {
    run_tier(&support::TIER_PLAIN);
}

#[test]
fn tier1_specializing() {
    run_tier(&support::TIER_DEFAULT);
}

#[test]
fn tier2_uops() {
    run_tier(&support::TIER_UOPS);
}

#[test]
fn tier2_jit() {
    run_tier(&support::TIER_JIT);
}

#[test]
fn tier2_jit_stress() {
    run_tier(&support::TIER_JIT_STRESS);
}

/// The expected files are complete and well formed, independent of stitch's state: every
/// program has its .out and .meta, no expected file is orphaned, syntax-error programs record
/// a line, and there are enough programs of each kind.
#[test]
fn expected_files_complete() {
    let dir = programs_dir();
    let mut problems = Vec::new();
    let (mut total, mut uncaught, mut syntax) = (0, 0, 0);
    for entry in fs::read_dir(&dir).expect("tests/programs exists") {
        let file = entry
            .expect("dir entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        let Some((stem, ext)) = file.rsplit_once('.') else {
            continue;
        };
        match ext {
            "py" => {
                total += 1;
                let p = load_program(&dir, stem);
                match p.expected {
                    Err(e) => problems.push(format!("{stem}: {e}")),
                    Ok(e) if e.syntax_line.is_some() => syntax += 1,
                    Ok(e) if e.exit != 0 => uncaught += 1,
                    Ok(_) => {}
                }
            }
            "out" | "meta" | "stdin" | "args" if !dir.join(format!("{stem}.py")).exists() => {
                problems.push(format!("{file} has no {stem}.py"))
            }
            _ => {}
        }
    }
    if total < 70 || uncaught < 8 || syntax < 8 {
        problems.push(format!("too few programs: {total} total, {uncaught} ending in an exception, {syntax} syntax errors"));
    }
    assert!(
        problems.is_empty(),
        "expected files are inconsistent:\n  {}",
        problems.join("\n  ")
    );
}

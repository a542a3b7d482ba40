//! The perf comparison suite: every program in `benches/programs/` under every
//! stitch tier and every peer interpreter found, outputs checked against the
//! reference (`python3`), timed in alternation, reported as markdown, JSON and
//! an SVG chart in `target/suite/`. See `benches/README.md`.
//!
//! `cargo bench --bench suite [-- --quick] [--filter NAME]… [--runner NAME]…
//!  [--runs N] [--warmup N] [--timeout SECS] [--out DIR] [--check]`

#[path = "suite/report.rs"]
mod report;
#[path = "suite/run.rs"]
mod run;
#[path = "suite/runners.rs"]
mod runners;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use report::{Context, Row};
use run::{run_once, Exit, Outcome};
use runners::{Kind, Runner};

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");
const DEFAULT_RUNS: usize = 5;
const DEFAULT_WARMUP: usize = 1;
/// A run is killed after max(this, TIMEOUT_FACTOR × the reference's time).
const DEFAULT_TIMEOUT_FLOOR_S: f64 = 30.0;
/// `--quick` runs take milliseconds: a hung tier should not stall CI long.
const QUICK_TIMEOUT_FLOOR_S: f64 = 10.0;
const TIMEOUT_FACTOR: f64 = 25.0;
/// The reference's first run of a program has no time to scale from.
const REFERENCE_TIMEOUT_S: f64 = 300.0;

const USAGE: &str = "\
usage: cargo bench --bench suite -- [options]
  --quick          one short run of everything at each program's `# quick:` size
  --filter NAME    only programs whose name contains NAME (repeatable; bare words too)
  --runner NAME    only runners whose name contains NAME (repeatable; the reference always runs)
  --runs N         timed runs per program and runner (default 5; --quick: 1)
  --warmup N       untimed warm-up runs before them (default 1; --quick: 0)
  --timeout SECS   minimum per-run timeout (default 30, --quick: 10; never under 25x the reference)
  --out DIR        where reports go (default target/suite)
  --check          re-read report.json and fail unless it is well-formed, every
                   python3 row is right and every `liar` row is marked wrong
environment: STITCH_BIN=/path/to/stitch, STITCH_PEERS=\"name=/path/to/python …\"";

struct Options {
    quick: bool,
    check: bool,
    filters: Vec<String>,
    runner_filters: Vec<String>,
    runs: usize,
    warmup: usize,
    timeout_floor: f64,
    out: PathBuf,
}

fn parse_options() -> Result<Options, String> {
    let mut quick = false;
    let mut check = false;
    let mut filters = Vec::new();
    let mut runner_filters = Vec::new();
    let mut runs = None;
    let mut warmup = None;
    let mut timeout_floor = None;
    let mut out = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |flag: &str| args.next().ok_or(format!("{flag} needs a value"));
        match arg.as_str() {
            "--bench" => {} // cargo passes it to every bench target
            "--quick" => quick = true,
            "--check" => check = true,
            "--filter" => filters.push(value("--filter")?),
            "--runner" => runner_filters.push(value("--runner")?),
            "--runs" => runs = Some(parse_count(&value("--runs")?, "--runs", 1)?),
            "--warmup" => warmup = Some(parse_count(&value("--warmup")?, "--warmup", 0)?),
            "--timeout" => {
                let text = value("--timeout")?;
                let seconds = text.parse::<f64>().ok().filter(|s| *s > 0.0);
                timeout_floor =
                    Some(seconds.ok_or(format!("--timeout wants seconds, not `{text}`"))?);
            }
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            word => filters.push(word.to_string()),
        }
    }
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(MANIFEST_DIR).join("target"));
    Ok(Options {
        quick,
        check,
        filters,
        runner_filters,
        runs: runs.unwrap_or(if quick { 1 } else { DEFAULT_RUNS }),
        warmup: warmup.unwrap_or(if quick { 0 } else { DEFAULT_WARMUP }),
        timeout_floor: timeout_floor.unwrap_or(if quick {
            QUICK_TIMEOUT_FLOOR_S
        } else {
            DEFAULT_TIMEOUT_FLOOR_S
        }),
        out: out.unwrap_or_else(|| target_dir.join("suite")),
    })
}

fn parse_count(text: &str, flag: &str, min: usize) -> Result<usize, String> {
    text.parse::<usize>()
        .ok()
        .filter(|n| *n >= min)
        .ok_or(format!(
            "{flag} wants a whole number >= {min}, not `{text}`"
        ))
}

struct Program {
    name: String,
    path: PathBuf,
    /// Arguments for `--quick`, from a `# quick: ARGS` line near the top.
    quick_args: Option<Vec<String>>,
}

fn find_programs(dir: &Path, filters: &[String]) -> Result<Vec<Program>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut programs = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !filters.is_empty() && !filters.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let quick_args = text.lines().take(20).find_map(|line| {
            let rest = line
                .trim()
                .strip_prefix('#')?
                .trim()
                .strip_prefix("quick:")?;
            Some(rest.split_whitespace().map(String::from).collect())
        });
        programs.push(Program {
            name,
            path,
            quick_args,
        });
    }
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(programs)
}

/// What one runner has shown so far on one program.
#[derive(Default)]
struct Cell {
    times: Vec<f64>,
    peak_rss_kb: Option<u64>,
    /// Set on the first wrong, failed or timed-out run; the runner then sits
    /// out the rest of this program.
    failure: Option<String>,
}

fn main() -> ExitCode {
    let options = match parse_options() {
        Ok(options) => options,
        // An empty message is `--help`.
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("suite: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run_suite(&options) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("suite: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Returns Ok(false) when `--check` found a problem.
fn run_suite(options: &Options) -> Result<bool, String> {
    let programs_dir = Path::new(MANIFEST_DIR).join("benches/programs");
    let programs = find_programs(&programs_dir, &options.filters)?;
    if programs.is_empty() {
        return Err(format!(
            "no program in {} matches {:?}",
            programs_dir.display(),
            options.filters
        ));
    }

    let stitch_bin = std::env::var_os("STITCH_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_stitch")));
    let discovery = runners::discover(&stitch_bin, Path::new(MANIFEST_DIR));
    let mut notes = discovery.notes;
    let mut runners = discovery.runners;
    if runners.is_empty() {
        return Err("no runner found".into());
    }
    // The reference (index 0) always runs: everything is checked against it.
    if !options.runner_filters.is_empty() {
        let reference = runners.remove(0);
        runners.retain(|r| {
            options
                .runner_filters
                .iter()
                .any(|f| r.name.contains(f.as_str()))
        });
        runners.insert(0, reference);
    }

    println!(
        "suite: {} programs × {} runners",
        programs.len(),
        runners.len()
    );
    for (i, runner) in runners.iter().enumerate() {
        let role = if i == 0 { " (reference)" } else { "" };
        let env = runner.env_text();
        let env = if env.is_empty() { env } else { env + " " };
        println!(
            "  {}{role}: {env}{}  [{}]",
            runner.name,
            runner.command_text(),
            runner.version
        );
    }
    for note in &notes {
        println!("  note: {note}");
    }
    println!(
        "  {} warm-up + {} timed runs per cell, runners alternating\n",
        options.warmup, options.runs
    );

    let load_at_start = report::load_average();
    let mut rows = Vec::new();
    for program in &programs {
        let cells = measure_program(program, &runners, options, &mut notes);
        for (runner, cell) in runners.iter().zip(cells) {
            rows.push(Row {
                program: program.name.clone(),
                runner: runner.name.clone(),
                times: if cell.failure.is_none() {
                    cell.times
                } else {
                    Vec::new()
                },
                peak_rss_kb: cell.peak_rss_kb,
                output_ok: cell.failure.is_none(),
                note: cell.failure.unwrap_or_default(),
            });
        }
    }

    let context = Context {
        date: report::utc_now(),
        machine: report::machine_description(),
        load: (load_at_start, report::load_average()),
        commit: report::git_commit(Path::new(MANIFEST_DIR)),
        mode: if options.quick {
            "quick (small sizes; proves the suite works, not for judging speed)".into()
        } else {
            "full".into()
        },
        runs: options.runs,
        warmup: options.warmup,
        programs: programs.iter().map(|p| p.name.clone()).collect(),
        runners: runners
            .iter()
            .map(|r| report::RunnerInfo {
                name: r.name.clone(),
                command: r.command_text(),
                env: r.env_text(),
                version: r.version.clone(),
                is_tier: r.kind == Kind::Tier,
            })
            .collect(),
        notes,
    };
    let written = report::write_all(&options.out, &context, &rows)?;
    println!("\n{}", written.markdown);
    println!("reports: {}", written.paths.join(", "));

    let wrong: Vec<&Row> = rows.iter().filter(|r| !r.output_ok).collect();
    if !wrong.is_empty() {
        println!("\n{} rows WRONG (not timed):", wrong.len());
        for row in wrong {
            println!("  {} × {}: {}", row.program, row.runner, row.note);
        }
    }

    if options.check {
        return Ok(report::check(&options.out));
    }
    Ok(true)
}

/// Runs one program under every runner: `warmup + runs` rounds, each round
/// running every runner once in the same order, so slow drifts of the machine
/// hit all runners alike.
fn measure_program(
    program: &Program,
    runners: &[Runner],
    options: &Options,
    notes: &mut Vec<String>,
) -> Vec<Cell> {
    let args: Vec<String> = match (&program.quick_args, options.quick) {
        (Some(args), true) => args.clone(),
        (None, true) => {
            notes.push(format!(
                "{}: no `# quick:` line, ran at its default size",
                program.name
            ));
            Vec::new()
        }
        (_, false) => Vec::new(),
    };
    let size = if args.is_empty() {
        String::new()
    } else {
        format!(" {}", args.join(" "))
    };
    println!("== {}{size}", program.name);

    let mut cells: Vec<Cell> = runners.iter().map(|_| Cell::default()).collect();
    // The reference's first run: stdout and exit every run must reproduce.
    let mut expected: Option<(Vec<u8>, Exit)> = None;
    let mut timeout = Duration::from_secs_f64(REFERENCE_TIMEOUT_S);
    let rounds = options.warmup + options.runs;
    for round in 0..rounds {
        let label = if round < options.warmup {
            format!("warm-up {}/{}", round + 1, options.warmup)
        } else {
            format!("run {}/{}", round + 1 - options.warmup, options.runs)
        };
        print!("  {label:<12}");
        let _ = std::io::stdout().flush();
        // Failures are shouted after the round's progress line, not inside it.
        let mut failures = Vec::new();
        for (index, runner) in runners.iter().enumerate() {
            let cell = &mut cells[index];
            if cell.failure.is_some() {
                continue;
            }
            let result = run_once(runner.command_for(&program.path, &args), timeout);
            if index == 0 && expected.is_none() {
                match &result {
                    Ok(out) if !out.timed_out => {
                        if out.exit != Exit::Code(0) {
                            loud(&format!(
                                "reference {} ended with {} on {}; other runners must match it:\n{}",
                                runner.name,
                                out.exit,
                                program.name,
                                tail(&out.stderr, 10)
                            ));
                        }
                        expected = Some((out.stdout.clone(), out.exit));
                        let scaled = out.wall.as_secs_f64() * TIMEOUT_FACTOR;
                        timeout = Duration::from_secs_f64(scaled.max(options.timeout_floor));
                    }
                    _ => {
                        let why = match &result {
                            Ok(_) => format!("timed out after {:.1} s", timeout.as_secs_f64()),
                            Err(e) => e.clone(),
                        };
                        loud(&format!(
                            "reference {} failed on {}: {why}; nothing can be checked",
                            runner.name, program.name
                        ));
                        for cell in cells.iter_mut() {
                            cell.failure = Some(format!("reference {} failed: {why}", runner.name));
                        }
                        println!();
                        return cells;
                    }
                }
            }
            let (expected_out, expected_exit) = expected.as_ref().expect("set by the reference");
            match judge(result, expected_out, *expected_exit, timeout) {
                Ok(out) => {
                    cell.peak_rss_kb = cell.peak_rss_kb.max(Some(out.max_rss_kb));
                    if round >= options.warmup {
                        cell.times.push(out.wall.as_secs_f64());
                    }
                    print!(" {} {:.3}s", runner.name, out.wall.as_secs_f64());
                }
                Err((why, out)) => {
                    print!(" {} WRONG", runner.name);
                    let stderr = out.map(|o| tail(&o.stderr, 10)).unwrap_or_default();
                    failures.push(format!(
                        "WRONG: {} under {} ({label}): {why}\n{stderr}",
                        program.name, runner.name
                    ));
                    cell.failure = Some(format!("{label}: {why}"));
                }
            }
            let _ = std::io::stdout().flush();
        }
        println!();
        for failure in failures {
            loud(&failure);
        }
    }
    cells
}

/// Accepts a run whose stdout and exit match the reference's; otherwise says
/// why not (and returns the outcome, if any, for its stderr).
fn judge(
    result: Result<Outcome, String>,
    expected_out: &[u8],
    expected_exit: Exit,
    timeout: Duration,
) -> Result<Outcome, (String, Option<Outcome>)> {
    let out = match result {
        Ok(out) => out,
        Err(e) => return Err((e, None)),
    };
    if out.timed_out {
        let why = format!("timed out after {:.1} s", timeout.as_secs_f64());
        return Err((why, Some(out)));
    }
    if out.stdout != expected_out {
        let mut why = first_difference(expected_out, &out.stdout);
        if out.exit != expected_exit {
            why = format!("{why}; {}", out.exit);
        }
        return Err((why, Some(out)));
    }
    if out.exit != expected_exit {
        let why = format!("{}, expected {}", out.exit, expected_exit);
        return Err((why, Some(out)));
    }
    Ok(out)
}

/// Names the first differing line of two outputs, e.g.
/// "stdout line 2: expected `fib(30) = 832040`, got `fib(30) = 0`".
fn first_difference(expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let mut want = expected.split_inclusive('\n');
    let mut got = actual.split_inclusive('\n');
    let mut number = 1;
    loop {
        match (want.next(), got.next()) {
            (Some(w), Some(g)) if w == g => number += 1,
            (Some(w), Some(g)) => {
                return format!(
                    "stdout line {number}: expected `{}`, got `{}`",
                    clip(w),
                    clip(g)
                )
            }
            (Some(w), None) => {
                return format!("stdout ends early: line {number} should be `{}`", clip(w))
            }
            (None, Some(g)) => return format!("extra stdout line {number}: `{}`", clip(g)),
            (None, None) => return "stdout differs".into(),
        }
    }
}

/// One line for a message: newline shown as `\n`, long text cut.
fn clip(line: &str) -> String {
    let line = line.replace('\n', "\\n").replace('\r', "\\r");
    match line.char_indices().nth(120) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

fn tail(bytes: &[u8], lines: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let all: Vec<&str> = text.lines().collect();
    let start = all.len().saturating_sub(lines);
    all[start..]
        .iter()
        .map(|l| format!("    | {l}\n"))
        .collect()
}

/// Failures must not scroll by unnoticed among progress lines.
fn loud(message: &str) {
    let _ = std::io::stdout().flush();
    eprintln!("\n!!!!! {}", message.trim_end());
}

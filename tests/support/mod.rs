//! Shared by the differential suite (`programs.rs`) and the robustness suite (`hostile.rs`):
//! locating the stitch binary, the tiers, running a child with a timeout, a small thread pool,
//! and the "is this a crash?" checks. std only.
#![allow(dead_code)]

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

/// One way of running the same binary. `env` is applied on top of an environment from which
/// every inherited `STITCH_*` variable was removed, so a developer's shell settings (say
/// `STITCH_DUMP=traces`) cannot change what a tier means.
pub struct Tier {
    pub name: &'static str,
    pub env: &'static [(&'static str, &'static str)],
}

pub const TIER_PLAIN: Tier = Tier {
    name: "tier0-plain",
    env: &[("STITCH_SPECIALIZE", "0")],
};
pub const TIER_DEFAULT: Tier = Tier {
    name: "tier1-specializing",
    env: &[],
};
pub const TIER_UOPS: Tier = Tier {
    name: "tier2-uops",
    env: &[("STITCH_JIT", "uops")],
};
pub const TIER_JIT: Tier = Tier {
    name: "tier2-jit",
    env: &[("STITCH_JIT", "1")],
};
pub const TIER_JIT_STRESS: Tier = Tier {
    name: "jit-stress",
    env: &[("STITCH_JIT", "stress")],
};

impl Tier {
    /// `STITCH_JIT=stress` style prefix for a copy-pasteable reproduction command.
    pub fn env_prefix(&self) -> String {
        self.env.iter().map(|(k, v)| format!("{k}={v} ")).collect()
    }
}

/// The binary under test: `STITCH_TEST_BIN` if set (lets anyone validate the harness itself
/// against e.g. a script that execs python3), else the `stitch` binary cargo just built.
pub fn stitch_binary() -> PathBuf {
    match std::env::var_os("STITCH_TEST_BIN") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_stitch")),
    }
}

/// Per-run timeout: `STITCH_TEST_TIMEOUT` seconds, default 10.
pub fn timeout() -> Duration {
    let secs = std::env::var("STITCH_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.parse::<f64>().ok());
    Duration::from_secs_f64(secs.filter(|s| *s > 0.0).unwrap_or(10.0))
}

/// Worker count: `STITCH_TEST_JOBS`, default the number of CPUs.
pub fn jobs() -> usize {
    std::env::var("STITCH_TEST_JOBS")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|n: &usize| *n > 0)
        .unwrap_or_else(|| {
            thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
        })
}

/// How a child process ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Ending {
    Exited(i32),
    Signaled(i32),
    TimedOut,
    SpawnFailed(String),
}

pub struct RunOutput {
    pub ending: Ending,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub elapsed: Duration,
}

/// Captured output beyond this is dropped (a runaway print loop must not eat the machine).
const CAPTURE_LIMIT: usize = 32 << 20;

fn drain<R: Read + Send + 'static>(mut src: R) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 64 * 1024];
        loop {
            match src.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let room = CAPTURE_LIMIT.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                }
            }
        }
        kept
    })
}

/// Runs `bin args…` in `cwd` with `stdin` fed in full, killing it after `limit`.
pub fn run(
    bin: &Path,
    args: &[OsString],
    cwd: &Path,
    tier: &Tier,
    stdin: &[u8],
    limit: Duration,
) -> RunOutput {
    let start = Instant::now();
    let mut cmd = Command::new(bin);
    cmd.args(args)
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("STITCH_") {
            cmd.env_remove(&key);
        }
    }
    cmd.envs(tier.env.iter().copied());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return RunOutput {
                ending: Ending::SpawnFailed(format!("cannot run {}: {e}", bin.display())),
                stdout: Vec::new(),
                stderr: Vec::new(),
                elapsed: start.elapsed(),
            }
        }
    };
    // Feed stdin from its own thread: a child that writes a lot before reading must not
    // deadlock against us. Errors (the child exited without reading) are fine.
    let mut child_stdin = child.stdin.take().expect("piped stdin");
    let input = stdin.to_vec();
    let feeder = thread::spawn(move || {
        let _ = child_stdin.write_all(&input);
    });
    let out = drain(child.stdout.take().expect("piped stdout"));
    let err = drain(child.stderr.take().expect("piped stderr"));
    let mut pause = Duration::from_millis(1);
    let ending = loop {
        match child.try_wait() {
            Ok(Some(status)) => break exit_ending(status),
            Ok(None) if start.elapsed() >= limit => {
                let _ = child.kill();
                let _ = child.wait();
                break Ending::TimedOut;
            }
            Ok(None) => {
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(e) => break Ending::SpawnFailed(format!("wait failed: {e}")),
        }
    };
    let _ = feeder.join();
    RunOutput {
        ending,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        elapsed: start.elapsed(),
    }
}

#[cfg(unix)]
fn exit_ending(status: std::process::ExitStatus) -> Ending {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => Ending::Exited(code),
        (None, Some(sig)) => Ending::Signaled(sig),
        (None, None) => Ending::SpawnFailed("no exit code and no signal".into()),
    }
}

#[cfg(not(unix))]
fn exit_ending(status: std::process::ExitStatus) -> Ending {
    Ending::Exited(status.code().unwrap_or(-1))
}

/// Things that are a bug whatever the program: a Rust panic, the panic exit status, death by
/// signal, a hang, or not being able to run at all. Returns a description of each.
pub fn crash_reasons(run: &RunOutput, limit: Duration) -> Vec<String> {
    let mut reasons = Vec::new();
    match &run.ending {
        Ending::Exited(101) => reasons.push("exit status 101 (Rust panic exit code)".to_string()),
        Ending::Signaled(sig) => {
            reasons.push(format!("killed by signal {sig} ({})", signal_name(*sig)))
        }
        Ending::TimedOut => reasons.push(format!(
            "hang: no exit within {:.1} s, killed",
            limit.as_secs_f64()
        )),
        Ending::SpawnFailed(msg) => reasons.push(msg.clone()),
        Ending::Exited(_) => {}
    }
    if contains(&run.stderr, b"panicked at") {
        reasons.push("stderr contains `panicked at` (Rust panic)".to_string());
    }
    reasons
}

fn signal_name(sig: i32) -> &'static str {
    match sig {
        4 => "SIGILL",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        _ => "signal",
    }
}

pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)
}

/// Last line of a stream, ignoring trailing line terminators (same rule as regen_expected.py).
pub fn last_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let trimmed = text.trim_end_matches(['\r', '\n']);
    trimmed
        .rsplit('\n')
        .next()
        .unwrap_or("")
        .trim_end_matches('\r')
        .to_string()
}

/// The last `n` lines of a stream, each prefixed for indentation in reports; long lines are cut.
pub fn tail(bytes: &[u8], n: usize, indent: &str) -> String {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.trim_end_matches(['\r', '\n']).split('\n').collect();
    if text.trim().is_empty() {
        return format!("{indent}(empty)\n");
    }
    let skip = lines.len().saturating_sub(n);
    let mut out = String::new();
    if skip > 0 {
        out.push_str(&format!("{indent}… {skip} earlier lines\n"));
    }
    for line in &lines[skip..] {
        out.push_str(&format!("{indent}{}\n", clip(line, 300)));
    }
    out
}

/// Cuts a line for display, keeping char boundaries.
pub fn clip(line: &str, max: usize) -> String {
    if line.chars().count() <= max {
        return line.to_string();
    }
    let kept: String = line.chars().take(max).collect();
    format!("{kept}… ({} chars)", line.chars().count())
}

/// Runs `f` over `items` on `jobs` threads; results come back in input order.
pub fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    jobs: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    thread::scope(|scope| {
        for _ in 0..jobs.max(1).min(items.len().max(1)) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= items.len() {
                    break;
                }
                let r = f(&items[i]);
                done.lock().unwrap_or_else(|e| e.into_inner()).push((i, r));
            });
        }
    });
    let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// Prints the slowest runs to stderr (shown with `--nocapture`): where the suite's time goes.
pub fn report_slowest<'a>(tier: &str, runs: impl Iterator<Item = (&'a str, Duration)>) {
    let mut runs: Vec<(&str, Duration)> = runs.collect();
    let total: Duration = runs.iter().map(|r| r.1).sum();
    runs.sort_by(|a, b| b.1.cmp(&a.1));
    let top: Vec<String> = runs
        .iter()
        .take(5)
        .map(|(name, d)| format!("{} {:.2}s", clip(name, 60), d.as_secs_f64()))
        .collect();
    eprintln!(
        "[{tier}] {} runs, {:.1}s of run time; slowest: {}",
        runs.len(),
        total.as_secs_f64(),
        top.join(", ")
    );
}

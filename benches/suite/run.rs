//! Running one program once: spawn it, time it, capture its output, enforce a
//! timeout, and read its peak memory from the kernel's accounting (`wait4`).

use std::fmt;
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// How a process ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
}

impl fmt::Display for Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Exit::Code(code) => write!(f, "exit status {code}"),
            Exit::Signal(signal) => write!(f, "killed by signal {signal}"),
        }
    }
}

/// Everything measured about one run.
pub struct Outcome {
    /// Wall time from just before spawn to the moment the kernel reports the exit.
    pub wall: Duration,
    pub exit: Exit,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// `ru_maxrss` of the child (kilobytes on Linux); includes its waited-for
    /// descendants, so a wrapper script reports the interpreter it ran.
    pub max_rss_kb: u64,
    pub timed_out: bool,
}

/// Runs `cmd` to completion (or until `timeout`, when its whole process group
/// is killed). Stdin is closed; stdout and stderr are captured.
pub fn run_once(mut cmd: Command, timeout: Duration) -> Result<Outcome, String> {
    // Own process group: a timeout kills wrapper scripts and what they started.
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", cmd.get_program().to_string_lossy()))?;
    let pid = child.id() as libc::pid_t;
    // Drain both pipes concurrently so a chatty child never blocks on a full pipe.
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let watchdog = Watchdog::arm(pid, timeout);

    let waited = wait_exited_without_reaping(pid);
    let wall = start.elapsed();
    let timed_out = watchdog.disarm();
    // The leader has exited but is not reaped yet, so its group id cannot have
    // been reused: kill leftovers (they would hold our pipes open).
    // SAFETY: kill(2) has no memory effects; a negative pid names our child's group.
    unsafe {
        libc::kill(-pid, libc::SIGKILL);
    }
    let reaped = reap(pid);
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    waited?;
    let (exit, max_rss_kb) = reaped?;
    Ok(Outcome {
        wall,
        exit,
        stdout,
        stderr,
        max_rss_kb,
        timed_out,
    })
}

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        bytes
    })
}

/// Blocks until `pid` has exited, leaving it a zombie (WNOWAIT) so that the
/// watchdog can still safely signal it by pid until we reap it.
fn wait_exited_without_reaping(pid: libc::pid_t) -> Result<(), String> {
    loop {
        // SAFETY: siginfo_t is plain old data; zeroed is a valid value, and
        // waitid only writes into the struct we pass.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        let rc = unsafe {
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOWAIT,
            )
        };
        if rc == 0 {
            return Ok(());
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("waitid({pid}) failed: {err}"));
        }
    }
}

/// Reaps `pid` and returns its exit and peak RSS.
fn reap(pid: libc::pid_t) -> Result<(Exit, u64), String> {
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: rusage is plain old data; wait4 only writes into our locals.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if rc == pid {
            let exit = if libc::WIFSIGNALED(status) {
                Exit::Signal(libc::WTERMSIG(status))
            } else {
                Exit::Code(libc::WEXITSTATUS(status))
            };
            return Ok((exit, usage.ru_maxrss.max(0) as u64));
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("wait4({pid}) failed: {err}"));
        }
    }
}

/// Kills the child's process group if it is still running when the timeout
/// expires. Shares a flag with the waiting thread so that it never signals a
/// pid that has already been reaped (and could belong to someone else).
struct Watchdog {
    state: Arc<Mutex<WatchState>>,
    wake: mpsc::Sender<()>,
    thread: JoinHandle<()>,
}

#[derive(Default)]
struct WatchState {
    exited: bool,
    fired: bool,
}

impl Watchdog {
    fn arm(pid: libc::pid_t, timeout: Duration) -> Watchdog {
        let state = Arc::new(Mutex::new(WatchState::default()));
        let (wake, woken) = mpsc::channel::<()>();
        let shared = Arc::clone(&state);
        let thread = thread::spawn(move || {
            if let Err(RecvTimeoutError::Timeout) = woken.recv_timeout(timeout) {
                let mut state = shared.lock().unwrap_or_else(|e| e.into_inner());
                if !state.exited {
                    // SAFETY: kill(2) has no memory effects; the child is not
                    // reaped while `exited` is false, so the group id is ours.
                    unsafe {
                        libc::kill(-pid, libc::SIGKILL);
                    }
                    state.fired = true;
                }
            }
        });
        Watchdog {
            state,
            wake,
            thread,
        }
    }

    /// Marks the child as exited; returns whether the timeout had fired.
    fn disarm(self) -> bool {
        let fired = {
            let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
            state.exited = true;
            state.fired
        };
        let _ = self.wake.send(());
        let _ = self.thread.join();
        fired
    }
}

//! Finding the runners: the stitch binary's tiers (asked with `stitch --tiers`)
//! and peer interpreters (`python3`, `pypy3`, and `STITCH_PEERS`).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::run::{run_once, Exit};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Tier,
    Peer,
}

pub struct Runner {
    /// Name in the reports: `python3`, `stitch:jit`, a `STITCH_PEERS` name.
    pub name: String,
    pub command: PathBuf,
    /// Arguments before the program (`-S` for the Pythons found on PATH).
    pub args: Vec<String>,
    /// Extra environment for this runner (a tier's switches).
    pub env: Vec<(String, String)>,
    pub kind: Kind,
    /// First line of `--version`, when the runner answers it.
    pub version: String,
}

impl Runner {
    /// The command that runs `program args…` under this runner. Inherited
    /// `STITCH_*` variables are removed so that each tier gets exactly its own.
    pub fn command_for(&self, program: &Path, args: &[String]) -> Command {
        let mut cmd = Command::new(&self.command);
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("STITCH_") {
                cmd.env_remove(key);
            }
        }
        cmd.envs(self.env.iter().map(|(k, v)| (k, v)));
        cmd.args(&self.args).arg(program).args(args);
        cmd
    }

    /// The command line as the report shows it.
    pub fn command_text(&self) -> String {
        let mut parts = vec![self.command.display().to_string()];
        parts.extend(self.args.iter().cloned());
        parts.join(" ")
    }

    pub fn env_text(&self) -> String {
        let parts: Vec<String> = self.env.iter().map(|(k, v)| format!("{k}={v}")).collect();
        parts.join(" ")
    }
}

/// The runners in report order (the reference first, then stitch tiers, then
/// the other peers), and notes about anything skipped.
pub struct Discovery {
    pub runners: Vec<Runner>,
    pub notes: Vec<String>,
}

/// `manifest_dir` resolves relative `STITCH_PEERS` paths when the current
/// directory does not hold them.
pub fn discover(stitch_bin: &Path, manifest_dir: &Path) -> Discovery {
    let mut notes = Vec::new();
    let mut peers = Vec::new();

    for name in ["python3", "pypy3"] {
        match find_on_path(name) {
            // Resolve shims (pyenv, asdf) to the real interpreter: a shim adds
            // tens of milliseconds of startup to every run.
            Some(found) => {
                let command = real_executable(&found).unwrap_or(found);
                let mut runner = peer(name, command);
                // No `site`: its .pth hooks can cost 0.1 s of startup per run
                // and no program needs site-packages.
                runner.args.push("-S".into());
                peers.push(runner);
            }
            None => notes.push(format!("{name} not found on PATH: skipped")),
        }
    }
    for (name, command) in parse_peer_list(&mut notes) {
        let resolved = if command.contains('/') {
            let direct = PathBuf::from(&command);
            let beside_manifest = manifest_dir.join(&command);
            if is_executable(&direct) {
                Some(direct)
            } else if direct.is_relative() && is_executable(&beside_manifest) {
                Some(beside_manifest)
            } else {
                None
            }
        } else {
            find_on_path(&command)
        };
        match resolved {
            _ if peers.iter().any(|p: &Runner| p.name == name) => {
                notes.push(format!("STITCH_PEERS: duplicate name `{name}`: skipped"))
            }
            Some(path) => peers.push(peer(&name, path)),
            None => notes.push(format!(
                "STITCH_PEERS: `{name}={command}` is not an executable file: skipped"
            )),
        }
    }

    let tiers = stitch_tiers(stitch_bin, &mut notes);
    let mut runners = Vec::new();
    // The reference: python3, else the first peer found.
    if !peers.is_empty() {
        runners.push(peers.remove(0));
    } else {
        notes.push("no peer interpreter found: outputs are checked against the first stitch tier, speed-ups are relative to it".into());
    }
    runners.extend(tiers);
    runners.extend(peers);
    Discovery { runners, notes }
}

fn peer(name: &str, command: PathBuf) -> Runner {
    let version = version_of(&command);
    Runner {
        name: name.to_string(),
        command,
        args: Vec::new(),
        env: Vec::new(),
        kind: Kind::Peer,
        version,
    }
}

/// `STITCH_PEERS="name=/path/to/python name2=/path2"`.
fn parse_peer_list(notes: &mut Vec<String>) -> Vec<(String, String)> {
    let Ok(list) = std::env::var("STITCH_PEERS") else {
        return Vec::new();
    };
    let mut peers = Vec::new();
    for item in list.split_whitespace() {
        match item.split_once('=') {
            Some((name, path)) if valid_name(name) && !path.is_empty() => {
                peers.push((name.to_string(), path.to_string()))
            }
            _ => notes.push(format!(
                "STITCH_PEERS: `{item}` is not `name=/path/to/python`: skipped"
            )),
        }
    }
    peers
}

/// Asks the binary for its tiers; falls back to one default `stitch` runner.
fn stitch_tiers(bin: &Path, notes: &mut Vec<String>) -> Vec<Runner> {
    let version = version_of(bin);
    let tier = |name: String, env: Vec<(String, String)>| Runner {
        name,
        command: bin.to_path_buf(),
        args: Vec::new(),
        env,
        kind: Kind::Tier,
        version: version.clone(),
    };
    match ask_tiers(bin) {
        Ok(tiers) => tiers
            .into_iter()
            .map(|(name, env)| tier(format!("stitch:{name}"), env))
            .collect(),
        Err(why) => {
            notes.push(format!(
                "`{} --tiers` {why}: running stitch once with its default settings",
                bin.display()
            ));
            vec![tier("stitch".into(), Vec::new())]
        }
    }
}

type TierSpec = (String, Vec<(String, String)>);

/// Parses `NAME ENV=VALUE [ENV=VALUE…]` lines.
fn ask_tiers(bin: &Path) -> Result<Vec<TierSpec>, String> {
    let mut cmd = Command::new(bin);
    cmd.arg("--tiers");
    let out = run_once(cmd, Duration::from_secs(20))?;
    if out.timed_out {
        return Err("timed out".into());
    }
    if out.exit != Exit::Code(0) {
        return Err(format!("failed ({})", out.exit));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut tiers = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let mut words = line.split_whitespace();
        let name = words.next().unwrap_or_default();
        if !valid_name(name) {
            return Err(format!("printed a bad tier name in `{line}`"));
        }
        let mut env = Vec::new();
        for word in words {
            match word.split_once('=') {
                Some((key, value)) if !key.is_empty() => {
                    env.push((key.to_string(), value.to_string()))
                }
                _ => return Err(format!("printed `{word}`, not ENV=VALUE, in `{line}`")),
            }
        }
        tiers.push((name.to_string(), env));
    }
    if tiers.is_empty() {
        return Err("printed no tiers".into());
    }
    Ok(tiers)
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.+".contains(c))
}

fn version_of(command: &Path) -> String {
    let mut cmd = Command::new(command);
    cmd.arg("--version");
    match run_once(cmd, Duration::from_secs(10)) {
        // Old Pythons print the version on stderr.
        Ok(out) if out.exit == Exit::Code(0) && !out.timed_out => {
            let text = [out.stdout, out.stderr].concat();
            let text = String::from_utf8_lossy(&text);
            text.lines().next().unwrap_or_default().trim().to_string()
        }
        _ => String::new(),
    }
}

/// `sys.executable` of a Python found on PATH (which may be a shim).
fn real_executable(python: &Path) -> Option<PathBuf> {
    let mut cmd = Command::new(python);
    cmd.args(["-c", "import sys; print(sys.executable)"]);
    let out = run_once(cmd, Duration::from_secs(20)).ok()?;
    if out.exit != Exit::Code(0) || out.timed_out {
        return None;
    }
    let path = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    is_executable(&path).then_some(path)
}

fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

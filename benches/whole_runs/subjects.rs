//! What the benchmark runs: escalate (the release build, or another build
//! named by `ESCALATE_BENCH_BIN`), the hello-world baseline compiled here,
//! and the same job written in bash and in Python, when they are installed.
//! A `Cmd` is one such command line, checked once for its verdict before it
//! is timed.

use std::ffi::{OsStr, OsString};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[derive(Clone)]
pub struct Cmd {
    program: PathBuf,
    args: Vec<OsString>,
    clean_env: bool,
}

impl Cmd {
    pub fn new<S: AsRef<OsStr>>(program: &Path, args: &[S]) -> Cmd {
        Cmd {
            program: program.to_owned(),
            args: args.iter().map(|a| a.as_ref().to_owned()).collect(),
            clean_env: false,
        }
    }

    /// English, no colour, no fixed date: what a user's shell gives.
    pub fn clean_env(mut self) -> Cmd {
        self.clean_env = true;
        self
    }

    pub fn command(&self) -> Command {
        let mut c = Command::new(&self.program);
        c.args(&self.args);
        if self.clean_env {
            for var in ["LANG", "LC_ALL", "LC_MESSAGES", "SOURCE_DATE_EPOCH", "TZ"] {
                c.env_remove(var);
            }
        }
        c
    }

    pub fn shown(&self) -> String {
        let mut s = self.program.display().to_string();
        for a in &self.args {
            s.push(' ');
            s.push_str(&a.to_string_lossy());
        }
        s
    }

    /// Runs the command once and checks its exit code and that its output
    /// has every one of `needles`.
    pub fn expect(&self, code: i32, needles: &[&str]) {
        let out = self
            .command()
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", self.shown()));
        let stdout = String::from_utf8_lossy(&out.stdout);
        let ok = out.status.code() == Some(code) && needles.iter().all(|n| stdout.contains(n));
        if !ok {
            let head: String = stdout.chars().take(2000).collect();
            panic!(
                "{}\nexpected exit {code} and output with {needles:?}; got {:?}\nstdout: {head}\nstderr: {}",
                self.shown(),
                out.status,
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

/// `escalate check --no-input --answers ANSWERS --format json`, on
/// `checklist` if given, else on the built-in one.
pub fn check_json(escalate: &Path, checklist: Option<&Path>, answers: &Path) -> Cmd {
    let mut args: Vec<&OsStr> = vec!["check".as_ref()];
    if let Some(checklist) = checklist {
        args.extend(["--checklist".as_ref(), checklist.as_os_str()]);
    }
    args.extend([
        "--no-input".as_ref(),
        "--answers".as_ref(),
        answers.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    Cmd::new(escalate, &args).clean_env()
}

/// The escalate binary to measure: `ESCALATE_BENCH_BIN`, else the one
/// cargo built for this run, rebuilt with the release profile first unless
/// this is a smoke run.
pub fn escalate(root: &Path, smoke: bool) -> PathBuf {
    if let Some(other) = std::env::var_os("ESCALATE_BENCH_BIN") {
        return PathBuf::from(other);
    }
    if !smoke {
        build_release(root);
    }
    PathBuf::from(env!("CARGO_BIN_EXE_escalate"))
}

/// `cargo bench` builds the binary with the bench profile, which keeps
/// unwinding; the figures are for what `cargo build --release` makes,
/// at the same path.
fn build_release(root: &Path) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(&cargo)
        .args(["build", "--release", "--bin", "escalate"])
        .current_dir(root)
        .status()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", cargo.to_string_lossy()));
    assert!(status.success(), "cargo build --release failed");
}

/// The baseline: a hello-world Rust binary, built in `work`.
pub fn hello(work: &Path) -> Cmd {
    let source = work.join("hello.rs");
    let binary = work.join("hello");
    fs::write(&source, "fn main() {\n    println!(\"hello\");\n}\n").expect("write hello.rs");
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let status = Command::new(&rustc)
        .args(["-C", "opt-level=3", "-C", "strip=symbols", "-o"])
        .arg(&binary)
        .arg(&source)
        .status()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", rustc.to_string_lossy()));
    assert!(status.success(), "rustc failed on hello.rs");
    Cmd::new(&binary, &[] as &[&str])
}

/// The same job as the default check, written without escalate: each with
/// its name, or why it cannot run here.
pub fn alternatives(root: &Path, answers: &Path) -> Vec<(&'static str, Result<Cmd, String>)> {
    let bash = find_on_path("bash")
        .ok_or_else(|| "no bash on PATH".to_owned())
        .map(|bash| {
            let script = root.join("bench/alternatives/check.sh");
            Cmd::new(&bash, &[script.as_os_str(), answers.as_os_str()]).clean_env()
        });
    let python = python_with_yaml().map(|python| {
        let checklist = root.join("checklists/partner-escalation.en.yaml");
        let script = root.join("bench/alternatives/check.py");
        Cmd::new(
            &python,
            &[
                script.as_os_str(),
                checklist.as_os_str(),
                answers.as_os_str(),
            ],
        )
        .clean_env()
    });
    vec![
        ("same job: bash + read", bash),
        ("same job: python3 + PyYAML", python),
    ]
}

pub fn find_on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

/// The real interpreter behind `python3` (not a shim), if it has PyYAML.
fn python_with_yaml() -> Result<PathBuf, String> {
    let python = find_on_path("python3").ok_or("no python3 on PATH")?;
    let out = Command::new(&python)
        .args(["-c", "import sys, yaml; print(sys.executable)"])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    if !out.status.success() {
        return Err("python3 has no PyYAML".into());
    }
    let path = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    Ok(if path.is_empty() {
        python
    } else {
        PathBuf::from(path)
    })
}

/// Does this ELF file still have a symbol table?
pub fn has_symtab(path: &Path) -> bool {
    let Ok(bytes) = fs::read(path) else {
        return false;
    };
    if bytes.len() < 64 || &bytes[..4] != b"\x7fELF" || bytes[4] != 2 {
        return false;
    }
    let u16_at = |o: usize| u16::from_le_bytes([bytes[o], bytes[o + 1]]) as usize;
    let u32_at = |o: usize| u32::from_le_bytes(bytes[o..o + 4].try_into().unwrap());
    let u64_at = |o: usize| u64::from_le_bytes(bytes[o..o + 8].try_into().unwrap()) as usize;
    let (shoff, shentsize, shnum) = (u64_at(0x28), u16_at(0x3a), u16_at(0x3c));
    (0..shnum).any(|i| {
        let at = shoff + i * shentsize;
        at + 8 <= bytes.len() && u32_at(at + 4) == 2 // SHT_SYMTAB
    })
}

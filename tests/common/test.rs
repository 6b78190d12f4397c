//! The one way the integration tests run the binary. A [`Test`] says what
//! runs: arguments, answers, stdin, files in its own temporary folder,
//! environment, and a shell around the binary where one is needed; `run`
//! runs it there, and the [`Outcome`] says what happened. A test reads as
//! the story: what runs, then what must hold.

use super::{assert_clean_error, bin, predictable};
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus};
use std::rc::Rc;
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// Longer than any run may take; a run that reaches it has hung.
pub const HANG: Duration = Duration::from_secs(5);

/// How long refusing a hostile input may take.
pub const FAST: Duration = Duration::from_secs(1);

/// The address space a run [`Test::in_bounded_memory`] may use, in KiB:
/// 256 MiB. A run that needs more fails instead of passing.
const MEMORY_KIB: u32 = 256 * 1024;

/// One run of the binary, being described. A clone runs in the same folder.
#[derive(Clone)]
pub struct Test {
    folder: Rc<TempDir>,
    args: Vec<OsString>,
    env: Vec<(OsString, Option<OsString>)>,
    stdin: Option<Vec<u8>>,
    script: Option<String>,
    bounded: bool,
}

impl Test {
    /// The binary with no arguments, no stdin (`/dev/null`) and the
    /// predictable environment, in a fresh temporary folder.
    pub fn new() -> Test {
        Test {
            folder: Rc::new(tempfile::tempdir().expect("a temporary folder")),
            args: Vec::new(),
            env: Vec::new(),
            stdin: None,
            script: None,
            bounded: false,
        }
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Test {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    pub fn args<S: AsRef<OsStr>>(self, args: impl IntoIterator<Item = S>) -> Test {
        args.into_iter().fold(self, Test::arg)
    }

    /// `-a KEY=VALUE` for each answer, in order.
    pub fn answers(self, answers: &[(&str, &str)]) -> Test {
        answers.iter().fold(self, |test, (key, value)| {
            test.arg("-a").arg(format!("{key}={value}"))
        })
    }

    /// Pipes `bytes` to the binary's stdin, then closes it.
    pub fn stdin(mut self, bytes: impl AsRef<[u8]>) -> Test {
        self.stdin = Some(bytes.as_ref().to_vec());
        self
    }

    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Test {
        let value = Some(value.as_ref().to_owned());
        self.env.push((key.as_ref().to_owned(), value));
        self
    }

    pub fn env_remove(mut self, key: impl AsRef<OsStr>) -> Test {
        self.env.push((key.as_ref().to_owned(), None));
        self
    }

    /// Writes `contents` to `name` in the folder, making its parents.
    pub fn file(self, name: &str, contents: impl AsRef<[u8]>) -> Test {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("the file's folder is made");
        }
        std::fs::write(&path, contents).expect("the file is written");
        self
    }

    /// Makes the folder `name` (and its parents) in the test's folder.
    pub fn folder(self, name: &str) -> Test {
        std::fs::create_dir_all(self.path(name)).expect("the folder is made");
        self
    }

    /// Runs the binary through `sh -c SCRIPT`, where the script finds the
    /// binary and its arguments as `"$@"`: `exec "$@" > /dev/full`.
    pub fn shell(mut self, script: &str) -> Test {
        self.script = Some(script.to_owned());
        self
    }

    /// Runs the binary, and whatever the shell script runs, in at most
    /// 256 MiB of address space (`ulimit -v`), on Linux: macOS does not
    /// enforce that limit, Windows has no `ulimit`. Elsewhere the run is
    /// held to its time bound only; `tests/cli/bounds.rs` measures memory
    /// on every Unix.
    pub fn in_bounded_memory(mut self) -> Test {
        self.bounded = true;
        self
    }

    /// The test's own temporary folder, where the binary runs.
    pub fn dir(&self) -> &Path {
        self.folder.path()
    }

    /// `name` in the test's folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir().join(name)
    }

    /// The command `run` would start, for a test that drives the process
    /// itself (its own stdio, signals); stdin, stdout and stderr are left
    /// to the caller.
    pub fn command(&self) -> Command {
        let mut cmd = match self.script() {
            Some(script) => {
                let mut cmd = Command::new("sh");
                cmd.args(["-c", &script, "sh"]).arg(bin());
                cmd
            }
            None => Command::new(bin()),
        };
        cmd.args(&self.args).current_dir(self.dir());
        // Answers kept between runs go to the test's own folder, on macOS
        // (under $HOME) as on Linux.
        predictable(&mut cmd)
            .env("HOME", self.dir())
            .env("XDG_STATE_HOME", self.dir().join(".state"));
        for (key, value) in &self.env {
            match value {
                Some(value) => cmd.env(key, value),
                None => cmd.env_remove(key),
            };
        }
        cmd
    }

    /// The shell script around the binary, if there is one.
    fn script(&self) -> Option<String> {
        let bounded = self.bounded && cfg!(target_os = "linux");
        let limit = bounded.then(|| format!("ulimit -v {MEMORY_KIB} && "));
        if limit.is_none() && self.script.is_none() {
            return None;
        }
        let script = self.script.as_deref().unwrap_or("exec \"$@\"");
        Some(limit.unwrap_or_default() + script)
    }

    /// Runs the binary to its end, at most [`HANG`], and says what it did.
    /// assert_cmd runs it: stdin written on the side (empty when none is
    /// given), stdout and stderr read whole, the process killed at the
    /// limit.
    pub fn run(self) -> Outcome {
        let mut cmd = assert_cmd::Command::from_std(self.command());
        cmd.timeout(HANG);
        if let Some(bytes) = self.stdin {
            cmd.write_stdin(bytes);
        }
        let start = Instant::now();
        let output = cmd.output().expect("the binary starts");
        let elapsed = start.elapsed();
        assert!(
            output.status.code().is_some() || elapsed < HANG,
            "still running after {HANG:?}"
        );
        Outcome {
            code: output.status.code(),
            stdout: output.stdout,
            stderr: output.stderr,
            elapsed,
            folder: self.folder,
        }
    }
}

/// Waits at most `limit` for `child` to end; past it, kills the child and
/// fails the test.
pub fn wait(child: &mut Child, limit: Duration) -> ExitStatus {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().expect("the child is waited for") {
            return status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("still running after {limit:?}");
        }
        // Polled gently, so the program under test keeps its CPU.
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// What one run of the binary did.
pub struct Outcome {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    elapsed: Duration,
    folder: Rc<TempDir>,
}

impl Outcome {
    /// The exit code; `None` when a signal ended the run.
    pub fn code(&self) -> Option<i32> {
        self.code
    }

    pub fn stdout(&self) -> String {
        String::from_utf8(self.stdout.clone()).expect("stdout is UTF-8")
    }

    pub fn stderr(&self) -> String {
        String::from_utf8(self.stderr.clone()).expect("stderr is UTF-8")
    }

    pub fn stdout_bytes(&self) -> &[u8] {
        &self.stdout
    }

    pub fn stderr_bytes(&self) -> &[u8] {
        &self.stderr
    }

    /// Stdout as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.stdout).expect("JSON on stdout")
    }

    /// How long the run took, from start to the end of its output.
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }

    /// `name` in the folder the run ran in.
    pub fn path(&self, name: &str) -> PathBuf {
        self.folder.path().join(name)
    }

    /// The text of the file `name` in the folder the run ran in.
    pub fn read(&self, name: &str) -> String {
        let path = self.path(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// Asserts the exit code, showing both streams if it differs.
    pub fn exits(self, code: i32) -> Outcome {
        assert_eq!(self.code, Some(code), "{}", self.streams());
        self
    }

    /// Asserts a clean refusal: exit code 2, nothing on stdout, and on
    /// stderr `error:` lines with no panic and no backtrace. Returns them.
    pub fn refused(&self) -> String {
        assert_eq!(self.code, Some(2), "{}", self.streams());
        assert!(
            self.stdout.is_empty(),
            "a refused run printed:\n{}",
            self.streams()
        );
        assert_clean_error(&self.stderr)
    }

    /// Asserts exit code 0, ready to escalate, and nothing on stderr but
    /// the names of the files written, the subject of one written as text,
    /// and what the CSM will ask for that a brief leaves out.
    pub fn ready(self) -> Outcome {
        let stderr = String::from_utf8_lossy(&self.stderr);
        assert_eq!(self.code, Some(0), "{stderr}");
        let said = |l: &str| {
            [
                "wrote ",
                "Subject for your email: ",
                "Your CSM will ask for ",
            ]
            .iter()
            .any(|start| l.starts_with(start))
        };
        assert!(stderr.lines().all(said), "{stderr}");
        self
    }

    /// Asserts that the run ended within [`FAST`].
    pub fn fast(self) -> Outcome {
        assert!(self.elapsed < FAST, "took {:?}", self.elapsed);
        self
    }

    fn streams(&self) -> String {
        format!(
            "stdout:\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&self.stdout),
            String::from_utf8_lossy(&self.stderr)
        )
    }
}

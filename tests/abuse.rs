//! Broken and hostile input through the real binary. Every bad checklist,
//! bad answer and failed write ends in exit code 2 with one clean `error:`
//! message that names the problem and its place, quickly and with bounded
//! memory; text from checklists and answers never reaches the reader raw;
//! closed pipes, full disks and existing files are handled.

mod common;

use assert_cmd::Command;
use common::{READY, TODAY, assert_clean_error, escalate, temp_file};
use std::ffi::OsStr;
use std::path::Path;
use std::time::Duration;

/// Longer than any run here may take; a run that reaches it has hung.
const HANG: Duration = Duration::from_secs(5);

/// What one run of the binary did.
struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

impl Run {
    fn of(cmd: &mut Command) -> Run {
        let out = cmd.timeout(HANG).output().expect("the binary runs");
        Run {
            code: out.status.code(),
            stdout: out.stdout,
            stderr: out.stderr,
        }
    }

    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// Asserts exit code 2, nothing on stdout and a clean error; returns it.
    fn refused(&self) -> String {
        assert_eq!(
            self.code,
            Some(2),
            "stdout: {}\nstderr: {}",
            self.stdout(),
            String::from_utf8_lossy(&self.stderr)
        );
        assert!(
            self.stdout.is_empty(),
            "a refused run printed: {}",
            self.stdout()
        );
        assert_clean_error(&self.stderr)
    }

    /// Asserts exit code 0, ready to escalate, and nothing on stderr but
    /// the names of the files written.
    fn ready(self) -> Run {
        let stderr = String::from_utf8_lossy(&self.stderr);
        assert_eq!(self.code, Some(0), "{stderr}");
        assert!(stderr.lines().all(|l| l.starts_with("wrote ")), "{stderr}");
        self
    }
}

/// Asserts that `message` contains every one of `parts`.
fn assert_says(message: &str, parts: &[&str]) {
    for part in parts {
        assert!(message.contains(part), "`{part}` missing from:\n{message}");
    }
}

/// `check` arguments: the ready answers but the one to `except`, then `args`.
fn ready_args(except: &str, args: &[&str]) -> Vec<String> {
    let flags = READY
        .iter()
        .filter(|(key, _)| *key != except)
        .flat_map(|(key, value)| ["-a".to_owned(), format!("{key}={value}")]);
    ["check", "--no-input", "--today", TODAY]
        .into_iter()
        .map(String::from)
        .chain(flags)
        .chain(args.iter().map(|arg| arg.to_string()))
        .collect()
}

/// The binary in `dir` with `args`.
fn run_in<S: AsRef<OsStr>>(dir: &Path, args: &[S]) -> Run {
    Run::of(escalate().current_dir(dir).args(args))
}

/// `check` in `dir` with the ready answers and `args`.
fn ready_in(dir: &Path, args: &[&str]) -> Run {
    run_in(dir, &ready_args("", args))
}

/// `sh -c SCRIPT` where SCRIPT runs the binary as `"$@"` with `args`.
fn shell<S: AsRef<OsStr>>(script: &str, args: &[S]) -> Command {
    let mut cmd = Command::new("sh");
    cmd.args(["-c", script, "sh"])
        .arg(common::bin())
        .args(args)
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "1")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd
}

/// Files in `dir` whose names are those of escalate's temporary files.
fn temporary_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| {
            name.starts_with('.') && name.contains(".escalate-") && name.ends_with(".tmp")
        })
        .collect()
}

#[test]
fn an_existing_file_is_kept_byte_for_byte_without_force_and_replaced_with_it() {
    let old = b"old \x00 content\r\n".as_slice();
    let cases = [
        ("--brief", "# Partner escalation readiness\n"),
        ("--save-answers", "\nscope.reviewed-deliverables: true\n"),
    ];
    for (flag, new) in cases {
        let (dir, path) = temp_file("out.md", old);
        let message = ready_in(dir.path(), &[flag, "out.md"]).refused();
        assert_says(&message, &["out.md already exists", "hint: ", "--force"]);
        assert_eq!(std::fs::read(&path).unwrap(), old, "{flag}");
        ready_in(dir.path(), &[flag, "out.md", "--force"]).ready();
        assert_says(&std::fs::read_to_string(&path).unwrap(), &[new]);
        assert_eq!(temporary_files(dir.path()), Vec::<String>::new());
    }
}

#[test]
fn a_failed_write_leaves_no_temporary_file_and_the_old_content() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("folder/inside")).unwrap();
    std::fs::create_dir(root.join("locked")).unwrap();
    std::fs::write(root.join("locked/brief.md"), "old brief\n").unwrap();
    std::fs::set_permissions(root.join("locked"), std::fs::Permissions::from_mode(0o555)).unwrap();
    let mut cases = vec![
        ("missing/brief.md", "folder does not exist"),
        ("folder", "it is a folder"),
    ];
    if std::fs::write(root.join("locked/probe"), "").is_err() {
        cases.push(("locked/brief.md", "Permission denied"));
    } else {
        eprintln!("skipped locked/: this user writes into read-only folders (root)");
    }
    for (target, says) in cases {
        let message = ready_in(root, &["--brief", target, "--force"]).refused();
        assert_says(&message, &[&format!("cannot write {target}"), says]);
    }
    for folder in [".", "folder", "locked"] {
        assert_eq!(
            temporary_files(&root.join(folder)),
            Vec::<String>::new(),
            "{folder}"
        );
    }
    assert!(root.join("folder/inside").is_dir());
    assert_eq!(
        std::fs::read_to_string(root.join("locked/brief.md")).unwrap(),
        "old brief\n"
    );
}

#[test]
fn a_new_brief_gets_the_permissions_of_any_new_file() {
    use std::os::unix::fs::PermissionsExt;
    let args = ready_args("", &["--brief", "brief.md"]);
    for (umask, mode) in [("022", 0o644), ("027", 0o640), ("077", 0o600)] {
        let dir = tempfile::tempdir().unwrap();
        let script = format!("umask {umask} && exec \"$@\"");
        Run::of(shell(&script, &args).current_dir(dir.path())).ready();
        let meta = std::fs::metadata(dir.path().join("brief.md")).unwrap();
        assert_eq!(meta.permissions().mode() & 0o777, mode, "umask {umask}");
    }
}

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
use std::time::{Duration, Instant};

/// Longer than any run here may take; a run that reaches it has hung.
const HANG: Duration = Duration::from_secs(5);

/// How long refusing a hostile input may take.
const FAST: Duration = Duration::from_secs(1);

/// What one run of the binary did.
struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    took: Duration,
}

impl Run {
    fn of(cmd: &mut Command) -> Run {
        let start = Instant::now();
        let out = cmd.timeout(HANG).output().expect("the binary runs");
        Run {
            code: out.status.code(),
            stdout: out.stdout,
            stderr: out.stderr,
            took: start.elapsed(),
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

    /// Asserts the run ended within [`FAST`].
    fn fast(self) -> Run {
        assert!(self.took < FAST, "took {:?}", self.took);
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

/// `check` with the ready answers except `key`, which gets `value` instead.
fn check_with(key: &str, value: &str) -> Command {
    let mut cmd = escalate();
    cmd.args(ready_args(key, &["-a", &format!("{key}={value}")]));
    cmd
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

#[test]
fn wrong_answers_name_the_key_the_value_and_what_is_allowed() {
    let choices = "not-yet, resolved, unresolved";
    let cases: &[(&str, &str, &[&str])] = &[
        ("scope.reviewed-deliverables", "maybe", &["yes or no"]),
        ("partner-contact.raised", "escalated", &[choices]),
        ("partner-contact.raised", "9", &[choices, "1 to 3"]),
        ("partner-contact.raised", "0", &[choices, "1 to 3"]),
        ("partner-contact.raised-on", "2026-02-30", &["YYYY-MM-DD"]),
        ("partner-contact.raised-on", "tomorrow", &["YYYY-MM-DD"]),
        (
            "partner-contact.raised-on",
            "2026-11-26",
            &["after today", TODAY],
        ),
    ];
    for (key, value, says) in cases {
        let message = Run::of(&mut check_with(key, value)).refused();
        assert_says(&message, &[&format!("`{key}`"), &format!("`{value}`")]);
        assert_says(&message, says);
    }
}

#[test]
fn unknown_keys_and_malformed_flags_are_refused() {
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["-a", "scope.reviewed=yes"],
            &[
                "unknown answer key `scope.reviewed`",
                "scope.reviewed-deliverables",
            ],
        ),
        (
            &["-a", "scope.reviewed-deliverables"],
            &["--answer", "KEY=VALUE", "scope.reviewed-deliverables"],
        ),
        (&["-a", "=yes"], &["--answer", "KEY=VALUE"]),
        (
            &["-a", "scope.deliverables-added=no"],
            &["`scope.deliverables-added`", "twice"],
        ),
    ];
    for (args, says) in cases {
        let mut cmd = check_with("scope.deliverables-added", "yes");
        let message = Run::of(cmd.args(*args)).refused();
        assert_says(&message, says);
    }
}

#[test]
fn bad_answers_files_are_refused_with_the_key_or_the_place() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "a.yaml",
            "specificity.examples: {first: 1}\n",
            &["`specificity.examples`", "list"],
        ),
        (
            "a.yaml",
            "context.partner: [ACME, Other]\n",
            &["`context.partner`", "expected text"],
        ),
        (
            "a.json",
            "{\"context.partner\": {\"name\": \"ACME\"}}",
            &["`context.partner`", "text"],
        ),
        (
            "a.yaml",
            "scope.reviewd: yes\n",
            &[
                "unknown answer key `scope.reviewd`",
                "scope.reviewed-deliverables",
            ],
        ),
        (
            "a.yaml",
            "context.partner: A\ncontext.partner: B\n",
            &["a.yaml:2:1: ", "`context.partner` is given twice"],
        ),
        (
            "a.json",
            "{\"context.partner\": \"A\",\n \"context.partner\": \"B\"}",
            &["a.json:2:", "`context.partner` is given twice"],
        ),
        (
            "a.yaml",
            "- scope.reviewed-deliverables\n",
            &["a.yaml:1:1: ", "a map of answer keys"],
        ),
        ("a.yaml", "yes\n", &["a.yaml:1:1: ", "a map of answer keys"]),
        (
            "a.json",
            "[\"yes\"]",
            &["a.json:1:1: ", "a map of answer keys"],
        ),
        ("a.json", "42", &["a.json:1:1: ", "a map of answer keys"]),
    ];
    for (name, text, says) in cases {
        let (dir, _) = temp_file(name, text);
        let args = ["check", "--no-input", "--today", TODAY, "--answers", name];
        let message = run_in(dir.path(), &args).refused();
        assert_says(&message, says);
    }
}

/// The ready answers as piped lines, each ended by `end`.
fn lines(end: &str) -> String {
    READY
        .iter()
        .map(|(_, value)| format!("{value}{end}"))
        .collect()
}

#[test]
fn piped_lines_that_end_early_name_the_first_unanswered_key() {
    let message = Run::of(
        escalate()
            .args(["check", "--today", TODAY])
            .write_stdin("cloud\nACME\nyes\n"),
    )
    .refused();
    assert_says(
        &message,
        &[
            "`scope.deliverables-added`",
            "line 4",
            "hint: ",
            "--answers FILE",
        ],
    );
}

#[test]
fn piped_lines_with_crlf_ends_are_accepted() {
    let run = Run::of(
        escalate()
            .args(["check", "--today", TODAY])
            .write_stdin(lines("\r\n")),
    )
    .ready();
    assert_says(&run.stdout(), &["Ready to escalate"]);
}

#[test]
fn no_terminal_and_no_answers_is_an_immediate_clear_error() {
    for args in [vec!["check"], vec!["check", "--answers", "-"]] {
        let mut cmd = shell("exec \"$@\" < /dev/null", &args);
        let message = Run::of(&mut cmd).fast().refused();
        assert_says(
            &message,
            &[
                "scope.reviewed-deliverables",
                "hint: pass answers with --answers FILE",
                "--answer KEY=VALUE",
            ],
        );
    }
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

//! Bounded cost: every input under the documented limits ends within a
//! second and 200 MiB, whatever its shape: aliases that repeat a large
//! value, thousands of problems, tens of thousands of flags, long unknown
//! keys. The sizes here are a quarter of the limits, to keep `cargo test`
//! quick on a debug build; the benchmark runs the full sizes on the release
//! build.

use crate::common::{READY, TODAY, bin};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const MAX_TIME: Duration = Duration::from_secs(1);
const MAX_KIB: u64 = 200 * 1024;
/// Files here are this large at most: a quarter of the 1 MiB limit.
const SIZE: usize = 256 * 1024;

/// The shipped checklist, the start of every generated one.
const BASE: &str = include_str!("../../checklists/partner-escalation.en.yaml");

/// Runs the binary with `args` in `dir`; returns its exit code and stderr,
/// after asserting the time and memory bound.
fn bounded(what: &str, dir: &Path, args: &[String]) -> (Option<i32>, String) {
    use std::os::unix::process::{CommandExt, ExitStatusExt};
    let mut cmd = Command::new(bin());
    cmd.args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    // Fork rather than vfork, so the child's peak memory is its own.
    // SAFETY: the hook does nothing.
    unsafe {
        cmd.pre_exec(|| Ok(()));
    }
    let start = Instant::now();
    #[allow(clippy::zombie_processes, reason = "reaped by wait4 below")]
    let mut child = cmd.spawn().unwrap();
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    let mut status = 0;
    // SAFETY: rusage is plain data that wait4 fills in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    assert_eq!(unsafe { libc::wait4(pid, &mut status, 0, &mut usage) }, pid);
    let took = start.elapsed();
    let kib = usage.ru_maxrss as u64;
    assert!(took < MAX_TIME, "{what}: took {took:?}");
    assert!(kib < MAX_KIB, "{what}: {kib} KiB");
    let status = std::process::ExitStatus::from_raw(status);
    (status.code(), stderr)
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

/// A checklist of the shipped one's items followed by one more item with
/// `questions` (YAML lines, indented for the item's question list).
fn with_questions(questions: &str) -> String {
    format!("{BASE}\n  - id: more\n    title: More\n    questions:\n{questions}")
}

#[test]
fn aliases_that_repeat_a_large_value_are_refused_within_the_bound() {
    let dir = tempfile::tempdir().unwrap();
    let big = "x".repeat(SIZE / 2);
    let aliases = vec!["*big"; 5_000].join(", ");
    let answers = format!("context.partner: &big {big}\nspecificity.examples: [{aliases}]\n");
    std::fs::write(dir.path().join("a.yaml"), answers).unwrap();
    let prompts: String = (0..5_000)
        .map(|n| format!("      - {{id: q{n}, kind: text, optional: true, prompt: *big}}\n"))
        .collect();
    let checklist = with_questions(&prompts).replacen(
        "title: Partner escalation readiness",
        &format!("title: &big {big}"),
        1,
    );
    std::fs::write(dir.path().join("c.yaml"), checklist).unwrap();
    for args in [
        strings(&["check", "--no-input", "--answers", "a.yaml"]),
        strings(&["show", "--checklist", "c.yaml"]),
        strings(&["validate", "c.yaml"]),
        strings(&["check", "--no-input", "--checklist", "c.yaml"]),
    ] {
        let (code, stderr) = bounded(&args.join(" "), dir.path(), &args);
        assert_eq!(code, Some(2), "{args:?}");
        assert!(
            stderr.contains("aliases here expand the file beyond 2048 KiB"),
            "{stderr}"
        );
    }
}

#[test]
fn thousands_of_problems_are_located_in_one_pass() {
    let dir = tempfile::tempdir().unwrap();
    let mut questions = String::new();
    let mut n = 0;
    while questions.len() < SIZE {
        questions.push_str(&format!("      - {{id: Bad_{n}, kind: text, prompt: p}}\n"));
        n += 1;
    }
    std::fs::write(dir.path().join("c.yaml"), with_questions(&questions)).unwrap();
    let (code, stderr) = bounded("validate", dir.path(), &strings(&["validate", "c.yaml"]));
    assert_eq!(code, Some(2));
    assert_eq!(stderr.matches("must be lowercase kebab-case").count(), n);
    let last = stderr.lines().rfind(|l| l.contains("Bad_")).unwrap();
    assert!(last.contains(&format!("`Bad_{}`", n - 1)), "{last}");
    assert!(!last.starts_with("error: c.yaml: "), "not located: {last}");
}

#[test]
fn a_choice_with_thousands_of_options_is_checked_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    let options = "{value: same, label: l}, ".repeat(SIZE / 24);
    let question = format!("      - {{id: pick, kind: choice, prompt: p, options: [{options}]}}\n");
    std::fs::write(dir.path().join("c.yaml"), with_questions(&question)).unwrap();
    let (code, stderr) = bounded("validate", dir.path(), &strings(&["validate", "c.yaml"]));
    assert_eq!(code, Some(2));
    assert!(stderr.contains("duplicate option value `same`"), "{stderr}");
}

#[test]
fn tens_of_thousands_of_list_flags_cost_no_more_than_their_number() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = strings(&["check", "--no-input", "--today", TODAY]);
    for (key, value) in READY {
        args.push(format!("--answer={key}={value}"));
    }
    for n in 0..14_000 {
        args.push(format!("-aspecificity.examples=ticket T-{n}"));
    }
    let (code, stderr) = bounded("many flags", dir.path(), &args);
    assert_eq!(code, Some(0), "{stderr}");
}

#[test]
fn long_unknown_keys_against_many_keys_get_their_hint_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let questions: String = (0..2_000)
        .map(|n| {
            format!(
                "      - {{id: question-number-{n:06}, kind: text, optional: true, prompt: p}}\n"
            )
        })
        .collect();
    std::fs::write(dir.path().join("c.yaml"), with_questions(&questions)).unwrap();
    for typed in [
        "x".repeat(SIZE / 8),
        "more.question-number-00001x".to_owned(),
        format!("more.{}", "question-number-".repeat(4)),
    ] {
        let args = vec![
            "check".to_owned(),
            "--checklist".to_owned(),
            "c.yaml".to_owned(),
            "-a".to_owned(),
            format!("{typed}=x"),
        ];
        let (code, stderr) = bounded("unknown key", dir.path(), &args);
        assert_eq!(code, Some(2));
        assert!(
            stderr.len() < 1_000,
            "a long message: {} bytes",
            stderr.len()
        );
        assert!(stderr.contains("unknown answer key"), "{stderr}");
    }
}

#[test]
fn saved_answers_can_always_be_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = strings(&[
        "check",
        "--no-input",
        "--today",
        TODAY,
        "--save-answers",
        "saved.yaml",
    ]);
    for (key, value) in READY {
        args.push(format!("--answer={key}={value}"));
    }
    // Entries that the saved file writes escaped, each character as four.
    let entry = "\u{1}".repeat(4_000);
    for _ in 0..70 {
        args.push(format!("-aspecificity.examples={entry}"));
    }
    let (code, stderr) = bounded("too much to save", dir.path(), &args);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("more than the 1024 KiB escalate reads back"),
        "{stderr}"
    );
    assert!(!dir.path().join("saved.yaml").exists());
    // Just under the limit: written, and read back to the same verdict.
    args.truncate(args.len() - 20);
    let (code, stderr) = bounded("saved", dir.path(), &args);
    assert_eq!(code, Some(0), "{stderr}");
    let replay = strings(&[
        "check",
        "--no-input",
        "--today",
        TODAY,
        "--answers",
        "saved.yaml",
    ]);
    let (code, stderr) = bounded("replay", dir.path(), &replay);
    assert_eq!(code, Some(0), "{stderr}");
}

//! The same answers give the same verdict and exit code from every source:
//! flags, a YAML or JSON answers file, an answers file on stdin, piped lines,
//! and mixtures that rely on precedence.

use crate::common::{self, TODAY, escalate, temp_file};
use serde_json::{Map, Value, json};

/// A set of answers, the lines a user would pipe for them, and the outcome.
struct Scenario {
    name: &'static str,
    answers: &'static [(&'static str, &'static str)],
    lines: &'static str,
    exit: i32,
    verdict: &'static str,
}

const SCENARIOS: &[Scenario] = &[
    Scenario {
        name: "ready",
        answers: common::READY,
        lines: "cloud\nACME Commerce\nyes\nyes\nyes\nunresolved\n2026-11-10\n\
                2026-10-02 email asking for the release date, no reply\n\
                ticket ACME-1234: guest checkout fails\n",
        exit: 0,
        verdict: "ready",
    },
    Scenario {
        name: "not ready",
        answers: &[
            ("scope.reviewed-deliverables", "no"),
            ("scope.deliverables-added", "no"),
            ("partner-contact.raised", "not-yet"),
            ("specificity.examples", "the shop is slow"),
        ],
        // Empty lines skip the two optional context questions.
        lines: "\n\nno\nno\nnot-yet\nthe shop is slow\n",
        exit: 1,
        verdict: "not-ready",
    },
    Scenario {
        name: "not needed",
        answers: &[
            ("context.product", "on-premises"),
            ("scope.reviewed-deliverables", "yes"),
            ("scope.deliverables-added", "no"),
            ("partner-contact.raised", "resolved"),
            ("specificity.examples", "ticket SHOP-7 closed on 2026-11-20"),
        ],
        // A choice also takes its 1-based number.
        lines: "2\n\ny\nn\nresolved\nticket SHOP-7 closed on 2026-11-20\n\n",
        exit: 3,
        verdict: "not-needed",
    },
];

/// The answers as a JSON map, with repeated keys collected into a list.
fn as_map(answers: &[(&str, &str)]) -> Map<String, Value> {
    let mut map = Map::new();
    for &(key, value) in answers {
        if key == "specificity.examples" {
            let list = map.entry(key).or_insert_with(|| json!([]));
            list.as_array_mut().unwrap().push(json!(value));
        } else {
            map.insert(key.into(), json!(value));
        }
    }
    map
}

/// The answers as a YAML file, written by hand as a user would.
fn as_yaml(answers: &[(&str, &str)]) -> String {
    let mut yaml = String::from("# answers\n");
    for (key, value) in as_map(answers) {
        match value {
            Value::Array(entries) => {
                yaml.push_str(&format!("{key}:\n"));
                for entry in entries {
                    yaml.push_str(&format!("  - {entry}\n"));
                }
            }
            other => yaml.push_str(&format!("{key}: {other}\n")),
        }
    }
    yaml
}

fn flag_args(answers: &[(&str, &str)]) -> Vec<String> {
    answers
        .iter()
        .flat_map(|(key, value)| ["--answer".to_string(), format!("{key}={value}")])
        .collect()
}

/// Runs `check --format json` and returns the exit code and the report
/// without its `source` fields, which are meant to differ.
fn run(args: &[String], stdin: &str) -> (i32, Value) {
    let out = escalate()
        .args(["check", "--format", "json", "--today", TODAY])
        .args(args)
        .write_stdin(stdin)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "unexpected stderr: {stderr}");
    let mut report: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    strip_sources(&mut report);
    (out.status.code().unwrap(), report)
}

fn strip_sources(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("source");
            map.values_mut().for_each(strip_sources);
        }
        Value::Array(list) => list.iter_mut().for_each(strip_sources),
        _ => {}
    }
}

/// One way of passing answers: its name, its arguments and its stdin.
type Source = (&'static str, Vec<String>, String);

/// Every way of passing the scenario's answers, and the folder of their files.
fn sources(s: &Scenario) -> (tempfile::TempDir, Vec<Source>) {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: String| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    };
    let yaml = write("answers.yaml", as_yaml(s.answers));
    let json = write("answers.json", Value::from(as_map(s.answers)).to_string());
    // Valid answers that the flags then override.
    let wrong = write(
        "wrong.yaml",
        "scope.reviewed-deliverables: no\npartner-contact.raised: not-yet\n".into(),
    );
    let args = |head: &[&str], flags: bool| {
        let mut args: Vec<String> = head.iter().map(|s| s.to_string()).collect();
        if flags {
            args.extend(flag_args(s.answers));
        }
        args
    };
    let none = String::new;
    let sources = vec![
        ("flags", args(&["--no-input"], true), none()),
        (
            "yaml file",
            args(&["--no-input", "--answers", &yaml], false),
            none(),
        ),
        ("json file", args(&["--answers", &json], false), none()),
        (
            "answers on stdin",
            args(&["--answers", "-"], false),
            as_yaml(s.answers),
        ),
        ("piped lines", args(&[], false), s.lines.to_string()),
        (
            "flags over file",
            args(&["--answers", &wrong], true),
            none(),
        ),
    ];
    (dir, sources)
}

#[test]
fn every_source_gives_the_same_verdict_and_exit_code() {
    for s in SCENARIOS {
        let mut first: Option<(i32, Value)> = None;
        let (_dir, sources) = sources(s);
        for (source, args, stdin) in sources {
            let (code, report) = run(&args, &stdin);
            assert_eq!(code, s.exit, "{}: exit code from {source}", s.name);
            assert_eq!(
                report["verdict"], s.verdict,
                "{}: verdict from {source}",
                s.name
            );
            match &first {
                None => first = Some((code, report)),
                Some((_, expected)) => {
                    assert_eq!(&report, expected, "{}: report from {source}", s.name)
                }
            }
        }
    }
}

/// The JSON report names where each answer came from.
#[test]
fn each_answer_records_its_source() {
    let (_dir, file) = temp_file("a.yaml", "scope.reviewed-deliverables: yes\n");
    let out = escalate()
        .args(["check", "--format", "json", "--today", TODAY, "--answers"])
        .arg(&file)
        .args([
            "-a",
            "scope.deliverables-added=no",
            "-a",
            "partner-contact.raised=not-yet",
        ])
        .write_stdin("\n\nfirst example, ticket T-1\n")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let source_of = |key: &str| {
        report["items"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|item| item["questions"].as_array().unwrap())
            .find(|q| q["key"] == key)
            .map(|q| q["source"].clone())
            .unwrap()
    };
    assert_eq!(source_of("scope.reviewed-deliverables"), "file");
    assert_eq!(source_of("scope.deliverables-added"), "flag");
    assert_eq!(source_of("specificity.examples"), "stdin");
    assert_eq!(source_of("scope.planning-impact"), Value::Null);
}

/// A flag wins over the answers file for the same key, whatever their order.
#[test]
fn a_flag_overrides_the_answers_file() {
    let (_dir, file) = temp_file("a.yaml", as_yaml(common::READY));
    for flag_first in [false, true] {
        let mut cmd = escalate();
        cmd.args(["check", "--no-input", "--today", TODAY]);
        let flag = ["-a", "partner-contact.raised=resolved"];
        let answers = ["--answers".to_string(), file.display().to_string()];
        if flag_first {
            cmd.args(flag).args(&answers);
        } else {
            cmd.args(&answers).args(flag);
        }
        cmd.assert().code(3);
    }
}

/// A large answers file is parsed while the checklist loads; the verdict and
/// every error are the same as for a small one.
#[test]
fn a_large_answers_file_reads_like_a_small_one() {
    let padding = "# a note that makes the file large\n".repeat(2_500);
    let small = as_yaml(common::READY);
    let large = format!("{padding}{small}");
    assert!(large.len() > 64 * 1024);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.yaml");
    std::fs::write(&path, &large).unwrap();
    let path = path.display().to_string();
    let (code, report) = run(&["--answers".into(), path.clone()], "");
    assert_eq!(code, 0);
    let (_, expected) = run(&flag_args(common::READY), "");
    assert_eq!(report, expected);

    // A syntax error at its end is found where it is.
    let lines = large.lines().count();
    std::fs::write(&path, format!("{large}scope: [\n")).unwrap();
    let out = escalate()
        .args(["check", "--no-input", "--answers", &path])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let message = crate::common::assert_clean_error(&out.stderr);
    assert!(
        message.contains(&format!("large.yaml:{}:", lines + 2)),
        "{message}"
    );
}

/// A flag wins also over a value the file has wrong: a date in the future,
/// a choice that does not exist, a word that is no yes or no.
#[test]
fn a_flag_overrides_a_broken_value_in_the_file() {
    let mut yaml = as_yaml(common::READY);
    yaml = yaml.replace("2026-11-10", "2099-01-01");
    yaml = yaml.replace(
        "scope.deliverables-added: \"yes\"",
        "scope.deliverables-added: maybe",
    );
    yaml = yaml.replace("context.product: \"cloud\"", "context.product: mainframe");
    let (_dir, file) = temp_file("a.yaml", &yaml);
    let broken = escalate()
        .args(["check", "--no-input", "--today", TODAY, "--answers"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(broken.status.code(), Some(2), "the file alone is refused");
    escalate()
        .args(["check", "--no-input", "--today", TODAY, "--answers"])
        .arg(&file)
        .args(["-a", "partner-contact.raised-on=2026-11-10"])
        .args(["-a", "scope.deliverables-added=yes"])
        .args(["-a", "context.product=cloud"])
        .assert()
        .code(0);
}

/// When files and flags answer every question, stdin is not read: not from
/// a pipe nobody writes to (which would never end), not from a loop's
/// input (which would be eaten), not from a folder (which cannot be read).
#[test]
fn a_run_that_needs_nothing_from_stdin_does_not_read_it() {
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    let (dir, file) = temp_file("a.yaml", as_yaml(common::READY));
    // A pipe whose writing end stays open and silent.
    let mut child = std::process::Command::new(common::bin())
        .args(["check", "--today", TODAY, "--answers"])
        .arg(&file)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let _open = child.stdin.take();
    let deadline = Instant::now() + Duration::from_secs(10);
    let code = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status.code();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("waited for stdin that was never needed");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    assert_eq!(code, Some(0));

    // Inside `while read`, the loop keeps its input.
    let script = "printf 'one\\ntwo\\n' | while read f; do \"$0\" check --today \"$1\" --answers \"$2\" >/dev/null || echo failed; echo \"$f\"; done";
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(common::bin())
        .arg(TODAY)
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "one\ntwo\n");

    // A folder as stdin is no error when it is not read.
    let folder = std::fs::File::open(dir.path()).unwrap();
    let out = std::process::Command::new(common::bin())
        .args(["check", "--today", TODAY, "--answers"])
        .arg(&file)
        .stdin(folder)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

/// Both the checklist and the answers from stdin cannot work; it is said
/// plainly, not as a problem with the terminal.
#[test]
fn the_checklist_and_the_answers_cannot_both_come_from_stdin() {
    let out = escalate()
        .args(["check", "--checklist", "-", "--answers", "-"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let message = crate::common::assert_clean_error(&out.stderr);
    assert!(message.contains("cannot both read stdin"), "{message}");
}

/// A number is read as written, the same from every source: a text answer
/// keeps `1.10` and `0x1F`; a choice takes only a whole number.
#[test]
fn numbers_are_read_as_written_by_every_source() {
    let partner = |report: &Value| report["context"][1]["answer"].clone();
    for written in [
        "1.10",
        "0x1F",
        "+1",
        "1e3",
        "007",
        "true",
        "2.0000000000000001",
    ] {
        let yaml = format!(
            "{}context.partner: {written}\n",
            as_yaml(&common::READY[2..])
        );
        // Bare where JSON allows it, else as a string.
        let bare = serde_json::from_str::<Value>(written).is_ok();
        let json_value = if bare {
            written.to_owned()
        } else {
            json!(written).to_string()
        };
        let json = format!("{{\"context.partner\": {json_value}}}");
        let (dir, yaml_file) = temp_file("a.yaml", &yaml);
        let json_file = dir.path().join("a.json");
        std::fs::write(&json_file, &json).unwrap();
        let (_, from_yaml) = run(&["--answers".into(), yaml_file.display().to_string()], "");
        assert_eq!(partner(&from_yaml), json!(written), "yaml {written}");
        let mut args = flag_args(&common::READY[2..]);
        args.extend(["--answers".into(), json_file.display().to_string()]);
        let (_, from_json) = run(&args, "");
        assert_eq!(partner(&from_json), json!(written), "json {written}");
        let mut args = flag_args(&common::READY[2..]);
        args.push(format!("-acontext.partner={written}"));
        let (_, from_flag) = run(&args, "");
        assert_eq!(partner(&from_flag), json!(written), "flag {written}");
    }
    // A choice number is a whole number, from a file as from a flag.
    for written in ["3.0", "0x3", "3e0", "2.0000000000000001", "+3"] {
        let yaml = format!("partner-contact.raised: {written}\n");
        let (_dir, file) = temp_file("a.yaml", &yaml);
        let out = escalate()
            .args(["check", "--no-input", "--answers"])
            .arg(&file)
            .output()
            .unwrap();
        let message = crate::common::assert_clean_error(&out.stderr);
        assert!(
            message.contains(&format!("`{written}`")),
            "file {written}: {message}"
        );
        let out = escalate()
            .args(["check", "--no-input", "-a"])
            .arg(format!("partner-contact.raised={written}"))
            .output()
            .unwrap();
        let message = crate::common::assert_clean_error(&out.stderr);
        assert!(
            message.contains(&format!("`{written}`")),
            "flag {written}: {message}"
        );
    }
    let (_dir, file) = temp_file("a.json", "{\"partner-contact.raised\": 3.0}");
    let out = escalate()
        .args(["check", "--no-input", "--answers"])
        .arg(&file)
        .output()
        .unwrap();
    let message = crate::common::assert_clean_error(&out.stderr);
    assert!(
        message.contains("a.json:1:28: invalid answer for `partner-contact.raised`: `3.0`"),
        "{message}"
    );
}

/// The answers file is read once: from a FIFO, which holds its text for
/// one reader only, the run gets its answers and its errors alike.
#[test]
fn the_answers_file_is_read_once() {
    for (text, code) in [
        (as_yaml(common::READY), 0),
        (format!("{}scope.nope: yes\n", as_yaml(common::READY)), 2),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("answers.yaml");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let writer = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::write(fifo, text))
        };
        let out = escalate()
            .args([
                "--lang",
                "de",
                "check",
                "--no-input",
                "--today",
                TODAY,
                "--answers",
            ])
            .arg(&fifo)
            .timeout(std::time::Duration::from_secs(10))
            .output()
            .unwrap();
        writer.join().unwrap().unwrap();
        assert_eq!(out.status.code(), Some(code), "{out:?}");
        if code == 2 {
            let message = crate::common::assert_clean_error(&out.stderr);
            assert!(
                message.contains("unbekannter Antwortschlüssel"),
                "{message}"
            );
        }
    }
}

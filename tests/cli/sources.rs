//! The same answers give the same verdict and exit code from every source:
//! flags, a YAML or JSON answers file, an answers file on stdin, piped lines,
//! and mixtures that rely on precedence.

use crate::common::{self, HANG, TODAY, Test, wait};
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
        answers: common::READY_OWN,
        lines: "yes\nyes\nyes\nunresolved\n2026-11-10\n\
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
        lines: "no\nno\nnot-yet\nthe shop is slow\n",
        exit: 1,
        verdict: "not-ready",
    },
    Scenario {
        name: "not needed",
        answers: &[
            ("scope.reviewed-deliverables", "yes"),
            ("scope.deliverables-added", "no"),
            ("partner-contact.raised", "resolved"),
            ("specificity.examples", "ticket SHOP-7 closed on 2026-11-20"),
        ],
        // A choice also takes its 1-based number; after the answer that
        // ends the check, spare lines are expected.
        lines: "y\nn\n2\nticket SHOP-7 closed on 2026-11-20\n\n",
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

/// `text` with its lines ended by CR LF.
fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

/// `check --format json` with empty stdin, to be given its answers.
fn check_json() -> Test {
    Test::new()
        .args(["check", "--format", "json", "--today", TODAY])
        .stdin("")
}

/// Runs `test` and returns the exit code and the report without its
/// `source` fields, which are meant to differ; stderr must be empty.
fn report_of(test: Test) -> (i32, Value) {
    let out = test.run();
    assert_eq!(out.stderr(), "", "unexpected stderr");
    let mut report = out.json();
    strip_sources(&mut report);
    (out.code().unwrap(), report)
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

/// Every way of passing the scenario's answers, named, in one folder.
fn sources(s: &Scenario) -> Vec<(&'static str, Test)> {
    let folder = check_json()
        .file("answers.yaml", as_yaml(s.answers))
        .file("answers.json", Value::from(as_map(s.answers)).to_string())
        // As Windows editors and pipes end lines.
        .file("crlf.yaml", crlf(&as_yaml(s.answers)))
        // Valid answers that the flags then override.
        .file(
            "wrong.yaml",
            "scope.reviewed-deliverables: no\npartner-contact.raised: not-yet\n",
        );
    let with = |args: &[&str]| folder.clone().args(args);
    vec![
        ("flags", with(&["--no-input"]).answers(s.answers)),
        (
            "yaml file",
            with(&["--no-input", "--answers", "answers.yaml"]),
        ),
        ("json file", with(&["--answers", "answers.json"])),
        (
            "answers on stdin",
            with(&["--answers", "-"]).stdin(as_yaml(s.answers)),
        ),
        (
            "yaml file with CRLF",
            with(&["--no-input", "--answers", "crlf.yaml"]),
        ),
        (
            "answers on stdin with CRLF",
            with(&["--answers", "-"]).stdin(crlf(&as_yaml(s.answers))),
        ),
        ("piped lines", with(&[]).stdin(s.lines)),
        ("piped lines with CRLF", with(&[]).stdin(crlf(s.lines))),
        (
            "flags over file",
            with(&["--answers", "wrong.yaml"]).answers(s.answers),
        ),
    ]
}

#[test]
fn every_source_gives_the_same_verdict_and_exit_code() {
    for s in SCENARIOS {
        let mut first: Option<(i32, Value)> = None;
        for (source, test) in sources(s) {
            let (code, report) = report_of(test);
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
    let report = check_json()
        .file("a.yaml", "scope.reviewed-deliverables: yes\n")
        .args(["--answers", "a.yaml"])
        .answers(&[
            ("scope.deliverables-added", "no"),
            ("partner-contact.raised", "not-yet"),
        ])
        .stdin("first example, ticket T-1\n")
        .run()
        .exits(1)
        .json();
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
    let test = Test::new().file("a.yaml", as_yaml(common::READY)).args([
        "check",
        "--no-input",
        "--today",
        TODAY,
    ]);
    let flag = [("partner-contact.raised", "resolved")];
    let answers = ["--answers", "a.yaml"];
    test.clone().answers(&flag).args(answers).run().exits(3);
    test.args(answers).answers(&flag).run().exits(3);
}

/// A large answers file is parsed while the checklist loads; the verdict and
/// every error are the same as for a small one.
#[test]
fn a_large_answers_file_reads_like_a_small_one() {
    let padding = "# a note that makes the file large\n".repeat(2_500);
    let small = as_yaml(common::READY);
    let large = format!("{padding}{small}");
    assert!(large.len() > 64 * 1024);
    let from_file = check_json()
        .file("large.yaml", &large)
        .args(["--answers", "large.yaml"]);
    let (code, report) = report_of(from_file);
    assert_eq!(code, 0);
    let (_, expected) = report_of(check_json().answers(common::READY));
    assert_eq!(report, expected);

    // A syntax error at its end is found where it is.
    let lines = large.lines().count();
    let message = Test::new()
        .file("large.yaml", format!("{large}scope: [\n"))
        .args(["check", "--no-input", "--answers", "large.yaml"])
        .run()
        .refused();
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
    let broken = Test::new()
        .file("a.yaml", &yaml)
        .args(["check", "--no-input", "--today", TODAY])
        .args(["--answers", "a.yaml"]);
    let alone = broken.clone().run();
    assert_eq!(alone.code(), Some(2), "the file alone is refused");
    broken
        .answers(&[
            ("partner-contact.raised-on", "2026-11-10"),
            ("scope.deliverables-added", "yes"),
            ("context.product", "cloud"),
        ])
        .run()
        .exits(0);
}

/// When files and flags answer every question, stdin is not read: not from
/// a pipe nobody writes to (which would never end), not from a loop's
/// input (which would be eaten), not from a folder (which cannot be read).
#[test]
fn a_run_that_needs_nothing_from_stdin_does_not_read_it() {
    use std::process::Stdio;
    let test = Test::new().file("a.yaml", as_yaml(common::READY)).args([
        "check",
        "--today",
        TODAY,
        "--answers",
        "a.yaml",
    ]);
    // A pipe whose writing end stays open and silent.
    let mut child = test
        .command()
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let _open = child.stdin.take();
    assert_eq!(wait(&mut child, HANG).code(), Some(0));

    // Inside `while read`, the loop keeps its input.
    #[cfg(unix)]
    {
        let looped = test
            .clone()
            .shell("printf 'one\\ntwo\\n' | while read f; do \"$@\" >/dev/null || echo failed; echo \"$f\"; done")
            .run();
        assert_eq!(looped.stdout(), "one\ntwo\n");

        // A folder as stdin is no error when it is not read.
        test.shell("exec \"$@\" < .").run().exits(0);
    }
}

/// Both the checklist and the answers from stdin cannot work; it is said
/// plainly, not as a problem with the terminal.
#[test]
fn the_checklist_and_the_answers_cannot_both_come_from_stdin() {
    let message = Test::new()
        .args(["check", "--checklist", "-", "--answers", "-"])
        .stdin("")
        .run()
        .refused();
    assert!(message.contains("cannot both read stdin"), "{message}");
}

/// A number is read as written, the same from every source: a text answer
/// keeps `1.10` and `0x1F`; a choice takes only a whole number.
#[test]
fn numbers_are_read_as_written_by_every_source() {
    let partner = |report: &Value| {
        let context = report["context"].as_array().unwrap();
        let partner = context.iter().find(|q| q["key"] == "context.partner");
        partner.unwrap()["answer"].clone()
    };
    let others = common::READY_OWN;
    for written in [
        "1.10",
        "0x1F",
        "+1",
        "1e3",
        "007",
        "true",
        "2.0000000000000001",
    ] {
        let yaml = format!("{}context.partner: {written}\n", as_yaml(others));
        // Bare where JSON allows it, else as a string.
        let bare = serde_json::from_str::<Value>(written).is_ok();
        let json_value = if bare {
            written.to_owned()
        } else {
            json!(written).to_string()
        };
        let json = format!("{{\"context.partner\": {json_value}}}");
        let files = check_json().file("a.yaml", &yaml).file("a.json", &json);
        let from_yaml = files.clone().args(["--answers", "a.yaml"]);
        let (_, from_yaml) = report_of(from_yaml);
        assert_eq!(partner(&from_yaml), json!(written), "yaml {written}");
        let from_json = files.answers(others).args(["--answers", "a.json"]);
        let (_, from_json) = report_of(from_json);
        assert_eq!(partner(&from_json), json!(written), "json {written}");
        let from_flag = check_json()
            .answers(others)
            .arg(format!("-acontext.partner={written}"));
        let (_, from_flag) = report_of(from_flag);
        assert_eq!(partner(&from_flag), json!(written), "flag {written}");
    }
    // A choice number is a whole number, from a file as from a flag.
    for written in ["3.0", "0x3", "3e0", "2.0000000000000001", "+3"] {
        let message = Test::new()
            .file("a.yaml", format!("partner-contact.raised: {written}\n"))
            .args(["check", "--no-input", "--answers", "a.yaml"])
            .run()
            .refused();
        assert!(
            message.contains(&format!("`{written}`")),
            "file {written}: {message}"
        );
        let message = Test::new()
            .args(["check", "--no-input"])
            .answers(&[("partner-contact.raised", written)])
            .run()
            .refused();
        assert!(
            message.contains(&format!("`{written}`")),
            "flag {written}: {message}"
        );
    }
    let message = Test::new()
        .file("a.json", "{\"partner-contact.raised\": 3.0}")
        .args(["check", "--no-input", "--answers", "a.json"])
        .run()
        .refused();
    assert!(
        message.contains("a.json:1:28: invalid answer for `partner-contact.raised`: `3.0`"),
        "{message}"
    );
}

/// The answers file is read once: from a FIFO, which holds its text for
/// one reader only, the run gets its answers and its errors alike.
#[test]
#[cfg(unix)]
fn the_answers_file_is_read_once() {
    for (text, code) in [
        (as_yaml(common::READY), 0),
        (format!("{}scope.nope: yes\n", as_yaml(common::READY)), 2),
    ] {
        let test = Test::new().args([
            "--lang",
            "de",
            "check",
            "--no-input",
            "--today",
            TODAY,
            "--answers",
            "answers.yaml",
        ]);
        let fifo = test.path("answers.yaml");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let writer = std::thread::spawn(move || std::fs::write(fifo, text));
        let outcome = test.run();
        writer.join().unwrap().unwrap();
        assert_eq!(outcome.code(), Some(code), "{}", outcome.stderr());
        if code == 2 {
            let message = outcome.refused();
            assert!(
                message.contains("unbekannter Antwortschlüssel"),
                "{message}"
            );
        }
    }
}

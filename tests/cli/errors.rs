//! Bad input ends with exit code 2 and one clear message that names the
//! problem and where it is: no panic, no backtrace, no prompt.

use crate::common::{TODAY, assert_clean_error, escalate, temp_file};

/// The default checklist with `from` replaced by `to` (once).
fn broken_checklist(from: &str, to: &str) -> String {
    let text = include_str!("../../checklists/partner-escalation.en.yaml");
    assert!(text.contains(from), "the checklist has no `{from}`");
    text.replacen(from, to, 1)
}

/// Runs `check` on a checklist with this text and returns its error message.
fn check_error(checklist: &str, args: &[&str], stdin: &str) -> String {
    let (_dir, path) = temp_file("custom.yaml", checklist);
    let out = escalate()
        .args(["check", "--today", TODAY, "--checklist"])
        .arg(&path)
        .args(args)
        .write_stdin(stdin)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "stdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(out.stdout.is_empty(), "an error run printed a result");
    assert_clean_error(&out.stderr)
}

fn assert_mentions(message: &str, parts: &[&str]) {
    for part in parts {
        assert!(message.contains(part), "`{part}` missing from: {message}");
    }
}

#[test]
fn a_missing_checklist_file_is_named() {
    let out = escalate()
        .args(["check", "--checklist", "no/such/checklist.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let message = assert_clean_error(&out.stderr);
    assert_mentions(&message, &["no/such/checklist.yaml", "cannot read"]);
}

#[test]
fn checklist_problems_name_file_line_and_column() {
    let cases: &[(&str, String, &[&str])] = &[
        (
            "YAML syntax error",
            broken_checklist("title: Partner escalation readiness", "title: a: b"),
            &["custom.yaml:7:9:", "mapping values are not allowed"],
        ),
        (
            "unknown field",
            broken_checklist("title: Partner escalation readiness", "titel: x"),
            &[
                "custom.yaml:7:1:",
                "unknown field `titel`",
                "expected one of",
            ],
        ),
        (
            "duplicate id",
            broken_checklist("  - id: scope\n", "  - id: partner-contact\n"),
            &["custom.yaml:", "duplicate item id `partner-contact`"],
        ),
        (
            "a negative number",
            broken_checklist("wait_days: 3", "wait_days: -1"),
            &[
                "custom.yaml:",
                "wait_days",
                "expected a whole number from 0 to 4294967295, found -1",
            ],
        ),
        (
            "when to an unknown question",
            broken_checklist("question: deliverables-added", "question: nothing-like-it"),
            &["custom.yaml:", "nothing-like-it"],
        ),
    ];
    for (name, checklist, parts) in cases {
        let message = check_error(checklist, &["--no-input"], "");
        assert!(
            message.lines().next().unwrap().contains("custom.yaml:"),
            "{name}: {message}"
        );
        let located = message
            .split(':')
            .nth(2)
            .is_some_and(|line| line.parse::<u32>().is_ok());
        assert!(located, "{name}: no line number in {message}");
        assert_mentions(&message, parts);
    }
}

#[test]
fn bad_answers_name_the_key_and_what_is_allowed() {
    let default = include_str!("../../checklists/partner-escalation.en.yaml");
    let cases: &[(&[&str], &str, &[&str])] = &[
        (
            &["-a", "scope.nope=yes"],
            "",
            &[
                "unknown answer key `scope.nope`",
                "scope.reviewed-deliverables",
            ],
        ),
        (
            &["-a", "partner-contact.raised=maybe"],
            "",
            &[
                "partner-contact.raised",
                "`maybe`",
                "not-yet, resolved, unresolved",
            ],
        ),
        (
            &["--no-input", "-a", "scope.reviewed-deliverables=yes"],
            "",
            &[
                "scope.deliverables-added",
                "partner-contact.raised",
                "specificity.examples",
                "--answers FILE",
            ],
        ),
        (
            &[],
            "cloud\nACME\nyes\n",
            &["scope.deliverables-added", "stdin ended", "line 4"],
        ),
        (
            &[],
            "\n\nyes\nno\nunresolved\n2026-11-01\nticket T-1\n\nticket T-2\n",
            &[
                "<stdin>:9: no question is left for this line",
                "ended at line 8",
            ],
        ),
        (
            &[],
            "cloud\nACME\nmaybe\n",
            &[
                "<stdin>:3: invalid answer for `scope.reviewed-deliverables`",
                "`escalate show`",
            ],
        ),
    ];
    for (args, stdin, parts) in cases {
        let message = check_error(default, args, stdin);
        assert_mentions(&message, parts);
    }
}

#[test]
fn no_input_with_nothing_missing_is_not_an_error() {
    let mut cmd = escalate();
    cmd.args(["check", "--no-input", "--today", TODAY]);
    for (key, value) in crate::common::READY {
        cmd.arg("-a").arg(format!("{key}={value}"));
    }
    cmd.assert().code(0);
}

/// Messages say what is wrong, where, and briefly: an integer with a tag
/// is an integer; JSON with something after it is refused at that place;
/// a huge value is quoted cut short.
#[test]
fn messages_are_right_placed_and_short() {
    let tagged = broken_checklist("schema: 1", "schema: !!int \"1\"");
    let (_dir, path) = temp_file("tagged.yaml", tagged);
    escalate().arg("validate").arg(&path).assert().code(0);

    let (_dir, path) = temp_file("a.json", "{\"scope.reviewed-deliverables\": \"yes\"} x\n");
    let out = escalate()
        .args(["check", "--no-input", "--answers"])
        .arg(&path)
        .output()
        .unwrap();
    let message = assert_clean_error(&out.stderr);
    assert_mentions(&message, &["a.json:1:40: trailing characters"]);

    let huge = "y".repeat(900 * 1024);
    for (name, text) in [
        ("a.yaml", format!("scope.reviewed-deliverables: {huge}\n")),
        ("b.yaml", format!("{huge}: yes\n")),
        (
            "c.json",
            format!("{{\"scope.reviewed-deliverables\": \"{huge}\"}}"),
        ),
    ] {
        let (_dir, path) = temp_file(name, text);
        let out = escalate()
            .args(["check", "--no-input", "--answers"])
            .arg(&path)
            .output()
            .unwrap();
        let message = assert_clean_error(&out.stderr);
        assert!(message.len() < 600, "{name}: {} bytes", message.len());
        assert_mentions(&message, &["yyyy…"]);
    }
    let huge_checklist = broken_checklist("schema: 1", &format!("schema: {huge}"));
    let message = check_error(&huge_checklist, &["--no-input"], "");
    assert!(message.len() < 600, "{} bytes", message.len());
}

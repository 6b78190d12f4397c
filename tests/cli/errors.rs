//! Bad input ends with exit code 2 and one clear message that names the
//! problem and where it is: no panic, no backtrace, no prompt.

use crate::common::{CHECKLIST, READY, TODAY, Test, assert_says, edited};

#[test]
fn a_missing_checklist_file_is_named() {
    let message = Test::new()
        .args(["check", "--checklist", "no/such/checklist.yaml"])
        .run()
        .refused();
    assert_says(&message, &["no/such/checklist.yaml", "cannot read"]);
}

#[test]
fn checklist_problems_name_file_line_and_column() {
    let cases: &[(&str, String, &[&str])] = &[
        (
            "YAML syntax error",
            edited("title: Partner escalation readiness", "title: a: b"),
            &["custom.yaml:7:9:", "mapping values are not allowed"],
        ),
        (
            "unknown field",
            edited("title: Partner escalation readiness", "titel: x"),
            &[
                "custom.yaml:7:1:",
                "unknown field `titel`",
                "expected one of",
            ],
        ),
        (
            "duplicate id",
            edited("  - id: scope\n", "  - id: partner-contact\n"),
            &["custom.yaml:", "duplicate item id `partner-contact`"],
        ),
        (
            "a negative number",
            edited("wait_days: 3", "wait_days: -1"),
            &[
                "custom.yaml:",
                "wait_days",
                "expected a whole number from 0 to 4294967295, found -1",
            ],
        ),
        (
            "when to an unknown question",
            edited("question: deliverables-added", "question: nothing-like-it"),
            &["custom.yaml:", "nothing-like-it"],
        ),
    ];
    for (name, checklist, parts) in cases {
        let message = Test::new()
            .file("custom.yaml", checklist)
            .args(["check", "--today", TODAY, "--checklist", "custom.yaml"])
            .arg("--no-input")
            .stdin("")
            .run()
            .refused();
        assert!(
            message.lines().next().unwrap().contains("custom.yaml:"),
            "{name}: {message}"
        );
        let located = message
            .split(':')
            .nth(2)
            .is_some_and(|line| line.parse::<u32>().is_ok());
        assert!(located, "{name}: no line number in {message}");
        assert_says(&message, parts);
    }
}

#[test]
fn bad_answers_name_the_key_and_what_is_allowed() {
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
        let message = Test::new()
            .file("custom.yaml", CHECKLIST)
            .args(["check", "--today", TODAY, "--checklist", "custom.yaml"])
            .args(*args)
            .stdin(stdin)
            .run()
            .refused();
        assert_says(&message, parts);
    }
}

#[test]
fn no_input_with_nothing_missing_is_not_an_error() {
    Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(READY)
        .run()
        .exits(0);
}

/// Messages say what is wrong, where, and briefly: an integer with a tag
/// is an integer; JSON with something after it is refused at that place;
/// a huge value is quoted cut short.
#[test]
fn messages_are_right_placed_and_short() {
    Test::new()
        .file("tagged.yaml", edited("schema: 1", "schema: !!int \"1\""))
        .args(["validate", "tagged.yaml"])
        .run()
        .exits(0);

    let message = Test::new()
        .file("a.json", "{\"scope.reviewed-deliverables\": \"yes\"} x\n")
        .args(["check", "--no-input", "--answers", "a.json"])
        .run()
        .refused();
    assert_says(&message, &["a.json:1:40: trailing characters"]);

    let huge = "y".repeat(900 * 1024);
    for (name, text) in [
        ("a.yaml", format!("scope.reviewed-deliverables: {huge}\n")),
        ("b.yaml", format!("{huge}: yes\n")),
        (
            "c.json",
            format!("{{\"scope.reviewed-deliverables\": \"{huge}\"}}"),
        ),
    ] {
        let message = Test::new()
            .file(name, text)
            .args(["check", "--no-input", "--answers", name])
            .run()
            .refused();
        assert!(message.len() < 600, "{name}: {} bytes", message.len());
        assert_says(&message, &["yyyy…"]);
    }
    let message = Test::new()
        .file(
            "custom.yaml",
            edited("schema: 1", &format!("schema: {huge}")),
        )
        .args(["check", "--today", TODAY, "--checklist", "custom.yaml"])
        .arg("--no-input")
        .stdin("")
        .run()
        .refused();
    assert!(message.len() < 600, "{} bytes", message.len());
}

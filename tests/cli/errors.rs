//! Bad input ends with exit code 2 and one clear message that names the
//! problem and where it is: no panic, no backtrace, no prompt.

use crate::common::{CHECKLIST, READY, TODAY, Test, assert_says, edited};

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

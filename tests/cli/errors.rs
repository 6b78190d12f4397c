//! A wrong or missing answer, from flags or piped lines, ends with exit code
//! 2 and one short, clear message that names the key, the value and what is
//! allowed: no panic, no backtrace, no prompt.

use crate::common::{CHECKLIST, READY, TODAY, Test, assert_says, edited, ready_lines, ready_with};

/// `check` with the ready answers, but `value` for `key`.
fn ready_but(key: &str, value: &str) -> Test {
    Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(&ready_with(&[(key, value)]))
}

#[test]
fn bad_answers_name_the_key_and_what_is_allowed() {
    let cases: &[(&[&str], &str, &[&str])] = &[
        (
            &["-a", "scope.qqqq=yes"],
            "",
            &[
                "unknown answer key `scope.qqqq`",
                "`escalate template` lists them all",
            ],
        ),
        (
            &["-a", "partner-contact.raised=maybe"],
            "",
            &[
                "partner-contact.raised",
                "`maybe`",
                "`not-yet` \"Not yet\", `resolved` \"Yes, and it is resolved now\", `unresolved`",
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
            "yes\n",
            &["scope.deliverables-added", "stdin ended", "line 2"],
        ),
        (
            &[],
            "yes\nno\nunresolved\n2026-11-01\nticket T-1\n\nticket T-2\n",
            &[
                "<stdin>:7: no question is left for this line",
                "ended at line 6",
            ],
        ),
        (
            &[],
            "maybe\n",
            &[
                "<stdin>:1: invalid answer for `scope.reviewed-deliverables`",
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
fn wrong_answers_name_the_key_the_value_and_what_is_allowed() {
    let choices = "`not-yet` \"Not yet\", `resolved` \"Yes, and it is resolved now\", `unresolved`";
    let cases: &[(&str, &str, &[&str])] = &[
        ("scope.reviewed-deliverables", "maybe", &["yes or no"]),
        ("partner-contact.raised", "escalated", &[choices]),
        ("partner-contact.raised", "9", &[choices, "1 to 3"]),
        ("partner-contact.raised", "0", &[choices, "1 to 3"]),
        ("partner-contact.raised-on", "2026-02-30", &["no such day"]),
        ("partner-contact.raised-on", "tomorrow", &["YYYY-MM-DD"]),
        (
            "partner-contact.raised-on",
            "2026-11-26",
            &["after today", "25 Nov 2026"],
        ),
    ];
    for (key, value, says) in cases {
        let message = ready_but(key, value).run().refused();
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
        let test = ready_but("scope.deliverables-added", "yes").args(*args);
        assert_says(&test.run().refused(), says);
    }
}

#[test]
fn piped_lines_that_end_early_name_the_first_unanswered_key() {
    let message = Test::new()
        .args(["check", "--today", TODAY])
        .stdin("yes\n")
        .run()
        .refused();
    assert_says(
        &message,
        &[
            "`scope.deliverables-added`",
            "line 2",
            "hint: ",
            "--answers FILE",
        ],
    );
}

#[test]
fn piped_lines_with_crlf_ends_are_accepted() {
    let lines = ready_lines("\r\n");
    let run = Test::new()
        .args(["check", "--today", TODAY])
        .stdin(lines)
        .run()
        .ready();
    assert_says(&run.stdout(), &["Ready to escalate"]);
}

#[test]
#[cfg(unix)]
fn no_terminal_and_no_answers_is_an_immediate_clear_error() {
    for args in [vec!["check"], vec!["check", "--answers", "-"]] {
        let message = Test::new()
            .args(args)
            .shell("exec \"$@\" < /dev/null")
            .run()
            .fast()
            .refused();
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
    assert_says(
        &message,
        &["a.json:1:40: more follows the JSON object's closing `}`"],
    );

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

#[test]
fn a_panic_is_one_error_line_and_exit_2_never_a_backtrace() {
    // RUST_BACKTRACE=1 is set for every run: the hook must still hide it.
    let out = Test::new()
        .env("ESCALATE_FAULT", "panic")
        .args(["check", "--no-input", "--today", TODAY])
        .run();
    let message = out.refused();
    assert!(
        message.starts_with("error: internal error; this is a bug in escalate, please report it"),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1, "{message}");
}

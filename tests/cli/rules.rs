//! Rules beyond yes and no: evidence hints that warn without changing the
//! verdict, and the response window that gives the partner time to answer.

use crate::common::{READY, TODAY, escalate};

/// Runs `check` on the ready answers with some replaced.
fn check_with(changes: &[(&str, &str)], args: &[&str]) -> std::process::Output {
    let mut cmd = escalate();
    cmd.args(["check", "--no-input", "--today", TODAY])
        .args(args);
    let changed: Vec<&str> = changes.iter().map(|(key, _)| *key).collect();
    let kept = READY.iter().filter(|(key, _)| !changed.contains(key));
    for (key, value) in kept.chain(changes) {
        cmd.arg("-a").arg(format!("{key}={value}"));
    }
    cmd.output().unwrap()
}

#[test]
fn weak_evidence_warns_in_every_format_without_changing_the_verdict() {
    let vague = [("specificity.examples", "the partner is slow")];
    for format in ["text", "json", "markdown"] {
        let out = check_with(&vague, &["--format", format]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: warnings changed the verdict"
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        for part in ["no date, link or ticket number", "1 given; 2 or more"] {
            assert!(
                stdout.contains(part),
                "{format}: `{part}` missing:\n{stdout}"
            );
        }
    }
    // Checkable entries, enough of them: no warnings at all.
    let out = check_with(&[], &["--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["warnings"], serde_json::json!([]));
}

#[test]
fn each_kind_of_reference_makes_an_example_checkable() {
    for example in [
        "email of 2026-10-02",
        "see https://tracker.example.com/T/12",
        "ticket ACME-1234",
        "support case #4711",
    ] {
        let entries = [
            ("specificity.examples", example),
            ("specificity.examples", "ticket X-1"),
        ];
        let out = check_with(&entries, &["--format", "json"]);
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(report["warnings"], serde_json::json!([]), "{example}");
    }
}

#[test]
fn the_partner_gets_three_days_to_answer() {
    // Today is 2026-11-25.
    for (raised_on, code) in [
        ("2026-11-25", 1),
        ("2026-11-23", 1),
        ("2026-11-22", 0),
        ("2025-01-01", 0),
    ] {
        let out = check_with(&[("partner-contact.raised-on", raised_on)], &[]);
        assert_eq!(out.status.code(), Some(code), "raised on {raised_on}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_eq!(
            stdout.contains("at least three days"),
            code == 1,
            "{stdout}"
        );
    }
}

#[test]
fn a_raised_on_date_must_be_real_and_not_in_the_future() {
    for (date, why) in [
        ("2026-11-26", "after today"),
        ("2026-02-30", "YYYY-MM-DD"),
        ("25.11.2026", "YYYY-MM-DD"),
        ("yesterday", "YYYY-MM-DD"),
    ] {
        let out = check_with(&[("partner-contact.raised-on", date)], &[]);
        assert_eq!(out.status.code(), Some(2), "{date}");
        let message = crate::common::assert_clean_error(&out.stderr);
        assert!(message.contains("partner-contact.raised-on"), "{message}");
        assert!(
            message.contains(why),
            "{date}: `{why}` missing from {message}"
        );
    }
}

#[test]
fn the_date_is_not_asked_when_the_concern_was_never_raised() {
    let out = check_with(
        &[("partner-contact.raised", "not-yet")],
        &["--format", "json"],
    );
    // The flag for raised-on is still given: an answer to a question that
    // does not apply is ignored, not an error.
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let raised_on = &report["items"][1]["questions"][1];
    assert_eq!(raised_on["key"], "partner-contact.raised-on");
    assert_eq!(raised_on["status"], "skipped");
}

#[test]
fn a_resolved_concern_ends_the_check_without_more_questions() {
    use predicates::prelude::*;
    // Piped answers stop after "resolved": no examples are needed, and the
    // failed scope question no longer matters: no next steps.
    escalate()
        .args(["check", "--today", TODAY])
        .write_stdin("\n\nno\nno\nresolved\n")
        .assert()
        .code(3)
        .stdout(predicate::str::contains("No escalation needed"))
        .stdout(predicate::str::contains("Re-read").not());
    // --no-input does not demand the examples either.
    escalate()
        .args(["check", "--no-input", "--today", TODAY])
        .args(["-a", "scope.reviewed-deliverables=yes"])
        .args(["-a", "scope.deliverables-added=no"])
        .args(["-a", "partner-contact.raised=resolved"])
        .assert()
        .code(3);
}

#[test]
fn blank_examples_are_no_examples_from_every_source() {
    let out = check_with(&[("specificity.examples", "  ")], &["--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "a blank example passed");
    let (_dir, file) = crate::common::temp_file(
        "a.yaml",
        "scope.reviewed-deliverables: yes\nscope.deliverables-added: no\n\
         partner-contact.raised: not-yet\nspecificity.examples: ['', ' ', \"\\t\"]\n",
    );
    let out = escalate()
        .args(["check", "--no-input", "--format", "json", "--answers"])
        .arg(&file)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["items"][2]["questions"][0]["answer"],
        serde_json::json!([])
    );
    assert_eq!(report["items"][2]["status"], "fail");
}

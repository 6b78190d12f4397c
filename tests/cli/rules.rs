//! Rules beyond yes and no: evidence hints that warn without changing the
//! verdict, and the response window that gives the partner time to answer.

use crate::common::{CHECKLIST, TODAY, Test, assert_says, ready_with};

/// `check` with the ready answers, some replaced by `changes`, and `args`.
fn ready_but(changes: &[(&str, &str)], args: &[&str]) -> Test {
    Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .args(args)
        .answers(&ready_with(changes))
}

#[test]
fn weak_evidence_warns_in_every_format_without_changing_the_verdict() {
    let vague = [("specificity.examples", "the partner is slow")];
    for format in ["text", "json", "markdown"] {
        let out = ready_but(&vague, &["--format", format]).run();
        assert_eq!(
            out.code(),
            Some(0),
            "{format}: warnings changed the verdict"
        );
        let stdout = out.stdout();
        for part in ["no date, link or ticket number", "1 given; 2 or more"] {
            assert!(
                stdout.contains(part),
                "{format}: `{part}` missing:\n{stdout}"
            );
        }
    }
    // Checkable entries, enough of them: no warnings at all.
    let report = ready_but(&[], &["--format", "json"]).run().json();
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
        let report = ready_but(&entries, &["--format", "json"]).run().json();
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
        let out = ready_but(&[("partner-contact.raised-on", raised_on)], &[]).run();
        assert_eq!(out.code(), Some(code), "raised on {raised_on}");
        let stdout = out.stdout();
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
        let test = ready_but(&[("partner-contact.raised-on", date)], &[]);
        let message = test.run().refused();
        assert!(message.contains("partner-contact.raised-on"), "{message}");
        assert!(
            message.contains(why),
            "{date}: `{why}` missing from {message}"
        );
    }
}

#[test]
fn the_date_is_not_asked_when_the_concern_was_never_raised() {
    let not_yet = [("partner-contact.raised", "not-yet")];
    // The flag for raised-on is still given: an answer to a question that
    // does not apply is ignored, not an error.
    let report = ready_but(&not_yet, &["--format", "json"])
        .run()
        .exits(1)
        .json();
    let raised_on = &report["items"][1]["questions"][1];
    assert_eq!(raised_on["key"], "partner-contact.raised-on");
    assert_eq!(raised_on["status"], "skipped");
}

#[test]
fn a_resolved_concern_ends_the_check_without_more_questions() {
    // Piped answers stop after "resolved": no examples are needed, and the
    // failed scope question no longer matters: no next steps.
    let stdout = Test::new()
        .args(["check", "--today", TODAY])
        .stdin("no\nno\nresolved\n")
        .run()
        .exits(3)
        .stdout();
    assert!(stdout.contains("No escalation needed"), "{stdout}");
    assert!(!stdout.contains("Re-read"), "{stdout}");
    // --no-input does not demand the examples either.
    Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(&[
            ("scope.reviewed-deliverables", "yes"),
            ("scope.deliverables-added", "no"),
            ("partner-contact.raised", "resolved"),
        ])
        .run()
        .exits(3);
}

#[test]
fn blank_examples_are_no_examples_from_every_source() {
    let blank = [("specificity.examples", "  ")];
    let out = ready_but(&blank, &["--format", "json"]).run();
    assert_eq!(out.code(), Some(1), "a blank example passed");
    let report = Test::new()
        .file(
            "a.yaml",
            "scope.reviewed-deliverables: yes\nscope.deliverables-added: no\n\
             partner-contact.raised: not-yet\nspecificity.examples: ['', ' ', \"\\t\"]\n",
        )
        .args([
            "check",
            "--no-input",
            "--format",
            "json",
            "--answers",
            "a.yaml",
        ])
        .run()
        .json();
    assert_eq!(
        report["items"][2]["questions"][0]["answer"],
        serde_json::json!([])
    );
    assert_eq!(report["items"][2]["status"], "fail");
}

/// The shipped checklist with its last item's question list extended by
/// `questions` (YAML lines at the question list's indentation).
fn custom(questions: &str) -> String {
    format!("{CHECKLIST}\n  - id: more\n    title: More\n    questions:\n{questions}")
}

/// A question that decides the verdict must be answered when it is asked:
/// `validate` refuses one that is optional, or asked only after an answer
/// that may be left open, since leaving it open would count as done.
#[test]
fn a_question_that_decides_cannot_be_left_open() {
    for (questions, says) in [
        (
            "      - {id: ok, kind: confirm, optional: true, pass: yes, prompt: p}\n",
            "`ok` decides the verdict, so it cannot be optional",
        ),
        (
            "      - {id: n, kind: list, optional: true, min: 1, prompt: p}\n",
            "`n` decides the verdict, so it cannot be optional",
        ),
        (
            "      - {id: d, kind: date, optional: true, wait_days: 3, prompt: p}\n",
            "`d` decides the verdict, so it cannot be optional",
        ),
        (
            "      - {id: c, kind: choice, optional: true, prompt: p, options: [{value: a, label: a, outcome: fail}, {value: b, label: b}]}\n",
            "`c` decides the verdict, so it cannot be optional",
        ),
        (
            "      - {id: asked, kind: confirm, optional: true, prompt: p}\n      - {id: then, kind: confirm, pass: yes, prompt: p, when: {question: asked, is: yes}}\n",
            "`then` decides the verdict but is asked only after an optional answer",
        ),
        (
            "      - {id: a, kind: confirm, optional: true, prompt: p}\n      - {id: b, kind: confirm, prompt: p, when: {question: a, is: yes}}\n      - {id: c, kind: list, min: 1, prompt: p, when: {question: b, is: yes}}\n",
            "`c` decides the verdict but is asked only after an optional answer",
        ),
    ] {
        let message = Test::new()
            .file("c.yaml", custom(questions))
            .args(["validate", "c.yaml"])
            .run()
            .refused();
        assert_says(&message, &[says]);
    }
    // Optional questions that only inform, and a required question after
    // an optional one, are fine.
    let fine = "      - {id: a, kind: text, optional: true, prompt: p}\n      - {id: b, kind: confirm, optional: true, prompt: p}\n      - {id: c, kind: confirm, prompt: p, when: {question: b, is: yes}}\n";
    Test::new()
        .file("c.yaml", custom(fine))
        .args(["validate", "c.yaml"])
        .run()
        .exits(0);
}

/// A number picks an option by its position, in every source; an option
/// value that is a number is refused, so no number means two things.
#[test]
fn a_number_means_a_position_and_numeric_option_values_are_refused() {
    let numeric = "      - {id: n, kind: choice, prompt: p, options: [{value: '3', label: three}, {value: '1', label: one}, {value: '2', label: two}]}\n";
    let message = Test::new()
        .file("c.yaml", custom(numeric))
        .args(["validate", "c.yaml"])
        .run()
        .refused();
    assert_eq!(
        message
            .matches("is a number, but a number picks an option by its position")
            .count(),
        3,
        "{message}"
    );

    // `show` numbers the options as every source reads the numbers.
    let shown = Test::new().arg("show").run().stdout();
    assert!(shown.contains("1. not-yet = Not yet"), "{shown}");
    assert!(shown.contains("3. unresolved = "), "{shown}");
    for (number, verdict) in [("1", 1), ("2", 3), ("3", 0)] {
        let flag = ready_but(&[("partner-contact.raised", number)], &[]).run();
        assert_eq!(flag.code(), Some(verdict), "flag {number}");
    }
}

//! Rules beyond yes and no: evidence hints that warn without changing the
//! verdict, and the response window that gives the partner time to answer.

use crate::common::{CHECKLIST, TODAY, Test, assert_says, ready_with};

/// A severity that leaves the checklist's three working days: the live
/// shop works.
const UP: (&str, &str) = ("context.severity", "degraded");

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
            // The brief goes to the CSM: the warnings are for the merchant,
            // who sees them in the verdict.
            let brief = format == "markdown";
            assert_eq!(
                stdout.contains(part),
                !brief,
                "{format}: `{part}` wrongly shown or left out:\n{stdout}"
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
        let changes = [("partner-contact.raised-on", raised_on), UP];
        let out = ready_but(&changes, &[]).run();
        assert_eq!(out.code(), Some(code), "raised on {raised_on}");
        let stdout = out.stdout();
        assert_eq!(
            stdout.contains("at least three working days"),
            code == 1,
            "{stdout}"
        );
    }
}

#[test]
fn a_raised_on_date_must_be_real_and_not_in_the_future() {
    for (date, why) in [
        ("2026-11-26", "after today"),
        ("2026-02-30", "no such day"),
        ("31.11.2026", "no such day"),
        ("11/25/2026", "YYYY-MM-DD"),
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
fn a_date_may_be_written_day_first_with_dots() {
    let dotted = ready_but(
        &[("partner-contact.raised-on", "1.11.2026")],
        &["--format", "json"],
    );
    let iso = ready_but(
        &[("partner-contact.raised-on", "2026-11-01")],
        &["--format", "json"],
    );
    let (dotted, iso) = (dotted.run().exits(0).json(), iso.run().exits(0).json());
    assert_eq!(dotted, iso);
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

/// What feeds the documents is checked like the rest: a label is one short
/// line; a question for the documents decides nothing, and nothing the
/// checklist asks before it depends on it; a date may lie in the future
/// only where no days are counted; each role is taken once, by a question
/// of its kind.
#[test]
fn the_fields_for_the_documents_are_checked() {
    let long = "x".repeat(81);
    for (questions, says) in [
        (
            format!("      - {{id: a, kind: text, label: '{long}', prompt: p}}\n"),
            "the label of `a` must be one line of 1 to 80 characters".to_owned(),
        ),
        (
            "      - {id: a, kind: confirm, brief: true, pass: yes, prompt: p}\n".to_owned(),
            "`a` is asked only for the documents, so it cannot decide the verdict".to_owned(),
        ),
        (
            "      - {id: a, kind: confirm, brief: true, prompt: p}\n      - {id: b, kind: text, prompt: p, when: {question: a, is: yes}}\n".to_owned(),
            "`when` of `b` looks at `a`, which is asked only for the documents".to_owned(),
        ),
        (
            "      - {id: a, kind: date, future: true, wait_days: 3, prompt: p}\n".to_owned(),
            "`a` waits for days to pass (`wait_days`), so its date cannot lie in the future".to_owned(),
        ),
        (
            "      - {id: a, kind: text, future: true, prompt: p}\n".to_owned(),
            "`future` is only for date questions".to_owned(),
        ),
        (
            "      - {id: a, kind: text, role: problem, prompt: p}\n".to_owned(),
            "the role `problem` is taken by `problem` already".to_owned(),
        ),
        (
            "      - {id: a, kind: list, role: deadline, prompt: p}\n".to_owned(),
            "the role `deadline` is for a date question; `a` is a list question".to_owned(),
        ),
        (
            "      - {id: a, kind: text, role: nonsense, prompt: p}\n".to_owned(),
            "unknown variant `nonsense`".to_owned(),
        ),
    ] {
        let message = Test::new()
            .file("c.yaml", custom(&questions))
            .args(["validate", "c.yaml"])
            .run()
            .refused();
        assert_says(&message, &[&says]);
    }
}

/// The response window names the first day the check can pass, at its
/// edges: raised two working days ago (not yet), three (ready), over a
/// weekend, and across the end of a month and of a year.
#[test]
fn the_response_window_names_the_day_the_check_can_pass() {
    for (today, raised_on, code, date) in [
        ("2026-11-25", "2026-11-23", 1, Some("2026-11-26")),
        ("2026-11-25", "2026-11-22", 0, None),
        // Working days: raised on a Wednesday, the Monday after.
        ("2026-11-25", "2026-11-25", 1, Some("2026-11-30")),
        // Raised on a Friday: Wednesday, not the Monday three days later.
        ("2026-11-24", "2026-11-20", 1, Some("2026-11-25")),
        ("2026-12-01", "2026-11-29", 1, Some("2026-12-02")),
        // New Year's Day is no working day: Monday 4 Jan to Wednesday.
        ("2027-01-01", "2026-12-31", 1, Some("2027-01-06")),
    ] {
        let report = Test::new()
            .args(["check", "--no-input", "--format", "json", "--today", today])
            .answers(&ready_with(&[("partner-contact.raised-on", raised_on), UP]))
            .run()
            .exits(code)
            .json();
        let wait = report["next_steps"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["kind"] == "wait");
        assert_eq!(
            wait.map(|s| s["date"].clone()),
            date.map(|d| d.into()),
            "{raised_on}"
        );
        if let Some(date) = date {
            let text = Test::new()
                .args(["check", "--no-input", "--today", today])
                .answers(&ready_with(&[("partner-contact.raised-on", raised_on), UP]))
                .run()
                .exits(1)
                .stdout();
            let day: jiff::civil::Date = date.parse().unwrap();
            let shown = day.strftime("%-d %b %Y").to_string();
            assert!(text.contains(&format!("on or after {shown}.")), "{text}");
        }
    }
}

/// A date at risk may lie in the future; a date the partner was asked on
/// may not.
#[test]
fn only_the_date_at_risk_may_lie_in_the_future() {
    crate::common::brief_check()
        .answers(&ready_with(&[("context.at-risk", "2027-03-01")]))
        .run()
        .exits(0);
    let message = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(&ready_with(&[("partner-contact.raised-on", "2027-03-01")]))
        .run()
        .refused();
    assert_says(&message, &["`partner-contact.raised-on`", "after today"]);
}

/// The questions for the documents are asked only when one is written:
/// without, a run that lacks them is complete; with the brief, the missing
/// required ones are named.
#[test]
fn the_documents_questions_are_required_only_for_the_documents() {
    let own = crate::common::READY_OWN;
    Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(own)
        .run()
        .exits(0);
    for document in [
        &["--brief", "b.md"][..],
        &["--format", "markdown"],
        &["--partner-note", "n.txt"],
    ] {
        let message = Test::new()
            .args(["check", "--no-input", "--today", TODAY])
            .answers(own)
            .args(document)
            .run()
            .refused();
        assert_says(&message, &["specificity.problem"]);
        // The note needs the problem, not what the CSM is asked.
        assert_eq!(
            message.contains("context.ask"),
            document[0] != "--partner-note",
            "{document:?}: {message}"
        );
    }
}

#[test]
fn a_required_text_cannot_be_blank_and_a_blank_optional_one_is_left_open() {
    let brief = ["--brief", "brief.md"];
    for blank in ["", "   "] {
        let flag = ready_but(&[("specificity.problem", blank)], &brief);
        assert_says(
            &flag.run().refused(),
            &["specificity.problem", "cannot be left empty"],
        );
        let file = Test::new()
            .args(["check", "--no-input", "--today", TODAY])
            .args(["--answers", "a.yaml"])
            .args(brief)
            .file("a.yaml", format!("specificity.problem: \"{blank}\"\n"));
        assert_says(
            &file.run().refused(),
            &["specificity.problem", "cannot be left empty"],
        );
    }
    let open = ready_but(&[("context.project", "  ")], &["--format", "json"]);
    let report = open.run().exits(0).json();
    let project = report["context"]
        .as_array()
        .and_then(|c| c.iter().find(|q| q["key"] == "context.project"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(project["answer"], serde_json::Value::Null, "{report}");
    assert_eq!(project["status"], "skipped", "{report}");
}

/// A check that writes no document asks what it always asked: the
/// checklist's own questions, answered here by as many piped lines, and
/// not one question for the documents.
#[test]
fn a_check_that_writes_no_document_asks_only_the_checklists_own_questions() {
    let report = Test::new()
        .args(["check", "--today", TODAY, "--format", "json"])
        .stdin(crate::common::ready_lines("\n"))
        .run()
        .exits(0)
        .json();
    let answered: Vec<&str> = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|item| item["questions"].as_array().unwrap())
        .chain(report["context"].as_array().unwrap())
        .filter(|q| !q["answer"].is_null())
        .map(|q| q["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        answered,
        [
            "scope.reviewed-deliverables",
            "scope.deliverables-added",
            "scope.planning-impact",
            "partner-contact.raised",
            "partner-contact.raised-on",
            "specificity.examples",
        ]
    );
}

/// A date at risk inside the partner's window closes it on the working day
/// before: the verdict, its next step and the JSON name that day, the day
/// the note asks the partner to answer by.
#[test]
fn a_date_at_risk_inside_the_window_closes_it_in_time_for_the_csm() {
    // Raised on Monday 23 Nov 2026; three working days end on Thursday 26,
    // the day before the date at risk, which would leave the CSM no day:
    // the window closes on Wednesday 25.
    let answers = ready_with(&[
        ("partner-contact.raised-on", "2026-11-23"),
        ("context.at-risk", "2026-11-27"),
        UP,
    ]);
    let report = Test::new()
        .args([
            "check",
            "--no-input",
            "--format",
            "json",
            "--today",
            "2026-11-24",
        ])
        .answers(&answers)
        .run()
        .exits(1)
        .json();
    let wait = report["next_steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "wait")
        .map(|s| s["date"].clone());
    assert_eq!(wait, Some("2026-11-25".into()), "{report}");
    Test::new()
        .args(["check", "--no-input", "--today", "2026-11-25"])
        .answers(&answers)
        .run()
        .exits(0);
    // Without the date at risk, the window runs its three working days.
    Test::new()
        .args(["check", "--no-input", "--today", "2026-11-25"])
        .answers(&ready_with(&[
            ("partner-contact.raised-on", "2026-11-23"),
            UP,
        ]))
        .run()
        .exits(1);
}

/// `check` in `lang` on `today` with the ready answers, some replaced by
/// `changes`, and `args`.
fn on(lang: &str, today: &str, changes: &[(&str, &str)], args: &[&str]) -> crate::common::Outcome {
    Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", today])
        .args(args)
        .answers(&ready_with(changes))
        .run()
}

/// Checks that `check` in `lang` on [`TODAY`] with `changes` waits until
/// Thursday 26 Nov 2026, saying `said` and not `not` in the text and in
/// the JSON; returns the JSON report.
fn waits_until_thursday(
    lang: &str,
    changes: &[(&str, &str)],
    said: &str,
    not: &str,
) -> serde_json::Value {
    let out = on(lang, TODAY, changes, &[]).exits(1);
    assert!(out.stdout().contains(said), "{lang}: {}", out.stdout());
    assert!(!out.stdout().contains(not), "{lang}: {}", out.stdout());
    let report = on(lang, TODAY, changes, &["--format", "json"])
        .exits(1)
        .json();
    let wait = &report["next_steps"][0];
    assert_eq!(wait["kind"], "wait", "{report}");
    assert_eq!(wait["date"], "2026-11-26", "{report}");
    assert!(wait["text"].as_str().unwrap().contains(said), "{report}");
    report
}

#[test]
fn a_live_shop_that_is_down_is_ready_once_the_partner_is_told() {
    // Raised on Wednesday 25 Nov 2026 with the live shop down: the check
    // passes the same day, and the brief is no draft.
    let down = [
        ("partner-contact.raised-on", TODAY),
        ("context.severity", "live-down"),
    ];
    for lang in ["en", "de"] {
        let out = on(lang, TODAY, &down, &["--brief", "b.txt"]).exits(0);
        let brief = out.read("b.txt");
        for draft in ["DRAFT", "ENTWURF", "Entwurf"] {
            assert!(!brief.contains(draft), "{lang}: {brief}");
        }
        let report = on(lang, TODAY, &down, &["--format", "json"])
            .exits(0)
            .json();
        assert_eq!(report["verdict"], "ready", "{report}");
    }
    // Any other severity keeps the three working days.
    let up = [down[0], ("context.severity", "degraded")];
    on("en", TODAY, &up, &[]).exits(1);
    // A check that writes no document does not ask the severity, but
    // follows it when it is given.
    let own: Vec<_> = crate::common::READY_OWN
        .iter()
        .map(|&(key, value)| match key {
            "partner-contact.raised-on" => (key, TODAY),
            _ => (key, value),
        })
        .collect();
    let out = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(&own)
        .run()
        .exits(1);
    assert!(
        out.stdout().contains("three working days"),
        "{}",
        out.stdout()
    );
    Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(&own)
        .args(["-a", "context.severity=live-down"])
        .run()
        .exits(0);
}

#[test]
fn a_note_for_a_live_shop_that_is_down_asks_for_everything_today() {
    let down = [
        ("partner-contact.raised", "not-yet"),
        ("context.severity", "live-down"),
        ("context.outcome", "checkout working again"),
    ];
    for (lang, step, asks, lax) in [
        (
            "en",
            "Ask them to answer by Wednesday, 25 Nov 2026 (today), as your live shop is down. The check can pass as soon as you have raised it.",
            "As our live shop is down, this cannot wait: please tell me today by when you will deliver this.",
            // No call the merchant did not offer.
            [
                "next working day",
                "whether that works",
                "glad to talk",
                "call me",
            ],
        ),
        (
            "de",
            "Bitten Sie um eine Antwort bis Mittwoch, 25.11.2026 (heute), da Ihr Live-Shop ausgefallen ist. Die Prüfung kann bestehen, sobald Sie die Sache angesprochen haben.",
            "Da unser Live-Shop ausgefallen ist, duldet die Sache keinen Aufschub: Bitte nennen Sie mir noch heute, bis wann Sie das leisten.",
            [
                "nächsten Werktag",
                "machbar",
                "telefonisch besprechen",
                "rufen Sie mich",
            ],
        ),
    ] {
        let out = on(lang, TODAY, &down, &["--partner-note", "n.txt"]).exits(1);
        assert!(out.stdout().contains(step), "{lang}: {}", out.stdout());
        let note = crate::common::unwrapped(&out.read("n.txt"));
        assert!(note.contains(asks), "{lang}: {note}");
        for lax in lax {
            assert!(!note.contains(lax), "{lang}: {lax}: {note}");
        }
        // Nor does it ask for a date at risk to prioritise a shop that is
        // down now.
        let stderr = out.stderr();
        assert!(
            !stderr.contains("date at risk") && !stderr.contains("gefährdet"),
            "{lang}: {stderr}"
        );
    }
}

#[test]
fn a_window_closed_by_the_date_at_risk_leaves_the_csm_a_working_day() {
    // Raised on Tuesday 24 Nov 2026, at risk on Monday 30 Nov: the partner
    // has until Thursday 26 Nov, so that the CSM has Friday.
    let near = [
        ("partner-contact.raised-on", "2026-11-24"),
        ("context.at-risk", "2026-11-30"),
        UP,
    ];
    for (lang, said, not) in [
        (
            "en",
            "Give your partner time to answer before you escalate: until 26 Nov 2026, which leaves your CSM a working day before your date at risk (30 Nov 2026). The check can pass on that day.",
            "three",
        ),
        (
            "de",
            "Geben Sie Ihrem Partner Zeit für eine Antwort, bevor Sie eskalieren: bis zum 26.11.2026, damit Ihrem CSM vor Ihrem gefährdeten Termin (30.11.2026) noch ein Werktag bleibt.",
            "drei",
        ),
    ] {
        let report = waits_until_thursday(lang, &near, said, not);
        let raised_on = &report["items"][1]["questions"][1];
        assert_eq!(raised_on["key"], "partner-contact.raised-on", "{report}");
        assert!(
            raised_on["advice"].as_str().unwrap().contains(said),
            "{report}"
        );
        // The draft brief says the same.
        let brief = on(lang, TODAY, &near, &["--brief", "b.txt"])
            .exits(1)
            .read("b.txt");
        let brief = crate::common::unwrapped(&brief);
        assert!(brief.contains(said), "{lang}: {brief}");
    }
    // At risk on Friday 27 Nov, two working days away, raised on Monday:
    // the check passes today, so that the CSM still has Thursday.
    let friday = [
        ("partner-contact.raised-on", "2026-11-23"),
        ("context.at-risk", "2026-11-27"),
        UP,
    ];
    on("en", TODAY, &friday, &[]).exits(0);
    on("en", "2026-11-24", &friday, &[]).exits(1);
}

#[test]
fn a_near_date_at_risk_asks_the_partner_once_and_says_for_what() {
    // Not raised yet, at risk on Friday 27 Nov: the note asks for one
    // answer today, and says what it is for.
    let near = [
        ("partner-contact.raised", "not-yet"),
        ("context.at-risk", "2026-11-27"),
        ("context.severity", "delay"),
        ("context.outcome", "checkout working again"),
    ];
    for (lang, asks, lax) in [
        (
            "en",
            "As 27 Nov 2026 is close, please confirm today that you will deliver this in time.",
            "next working day",
        ),
        (
            "de",
            "Da der Termin am 27.11.2026 kurz bevorsteht, bitte ich Sie, mir noch heute zu bestätigen, dass Sie das rechtzeitig leisten.",
            "nächsten Werktag",
        ),
    ] {
        let note = on(lang, TODAY, &near, &["--partner-note", "n.txt"])
            .exits(1)
            .read("n.txt");
        let note = crate::common::unwrapped(&note);
        assert!(note.contains(asks), "{lang}: {note}");
        assert!(!note.contains(lax), "{lang}: {note}");
    }
    // At risk on Monday 30 Nov: by Thursday, with its weekday.
    let later = [near[0], ("context.at-risk", "2026-11-30"), near[2], near[3]];
    let note = on("en", TODAY, &later, &["--partner-note", "n.txt"])
        .exits(1)
        .read("n.txt");
    assert!(
        note.contains("please confirm by Thursday, 26 Nov 2026, that you"),
        "{note}"
    );
}

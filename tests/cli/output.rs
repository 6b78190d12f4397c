//! What `check` prints: text, JSON and Markdown in English and German, pinned
//! by snapshots; the JSON contract; colour only when asked for.

use crate::common::{Outcome, READY, TODAY, Test};
use serde::Deserialize;

/// Answers that are not ready yet and produce warnings: planning not done,
/// the partner asked only yesterday, one vague example.
const NOT_READY: &[(&str, &str)] = &[
    ("context.product", "cloud"),
    ("context.partner", "ACME Commerce"),
    ("scope.reviewed-deliverables", "yes"),
    ("scope.deliverables-added", "yes"),
    ("scope.planning-impact", "no"),
    ("partner-contact.raised", "unresolved"),
    ("partner-contact.raised-on", "2026-11-24"),
    ("specificity.examples", "checkout is slow"),
    ("specificity.examples", "ticket ACME-1234 opened 2026-11-02"),
];

/// `check` with these answers as flags and `args`: its outcome, which
/// must have nothing on stderr.
fn checked(answers: &[(&str, &str)], args: &[&str]) -> Outcome {
    let out = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .args(args)
        .answers(answers)
        .run();
    assert_eq!(out.stderr(), "");
    out
}

#[test]
fn snapshots_in_every_format_and_language() {
    for lang in ["en", "de"] {
        for format in ["text", "json", "markdown"] {
            let out = checked(NOT_READY, &["--lang", lang, "--format", format]);
            assert_eq!(out.code(), Some(1), "{lang} {format}");
            let stdout = out.stdout();
            insta::assert_snapshot!(format!("not_ready_{format}_{lang}"), stdout);
        }
    }
    let stdout = checked(READY, &[]).exits(0).stdout();
    insta::assert_snapshot!("ready_text_en", stdout);
}

/// The JSON report, as a consumer would declare it; unknown fields fail.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Report {
    schema_version: u32,
    checklist: Checklist,
    verdict: String,
    summary: Summary,
    context: Vec<Question>,
    items: Vec<Item>,
    next_steps: Vec<String>,
    warnings: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Checklist {
    id: String,
    title: String,
    lang: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Summary {
    pass: usize,
    fail: usize,
    info: usize,
    stop: usize,
    skipped: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Item {
    id: String,
    title: String,
    status: String,
    questions: Vec<Question>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Question {
    key: String,
    prompt: String,
    answer: serde_json::Value,
    status: String,
    advice: Option<String>,
    source: Option<String>,
}

#[test]
fn the_json_report_keeps_its_contract() {
    let stdout = checked(NOT_READY, &["--format", "json"]).stdout();
    let report: Report = serde_json::from_str(&stdout).expect("the report matches its contract");
    assert_eq!(report.schema_version, 1);
    assert_eq!(report.verdict, "not-ready");
    // Context questions only fill the brief; the summary counts graded ones.
    let questions = report.items.iter().flat_map(|i| &i.questions);
    let counted = report.summary.pass
        + report.summary.fail
        + report.summary.info
        + report.summary.stop
        + report.summary.skipped;
    assert_eq!(
        questions.count(),
        counted,
        "the summary counts every item question"
    );
    assert_eq!(report.summary.fail, 2);
    assert_eq!(report.next_steps.len(), 2);
    for q in report.items.iter().flat_map(|i| &i.questions) {
        let allowed = ["pass", "fail", "info", "stop", "skipped"];
        assert!(allowed.contains(&q.status.as_str()), "{}", q.status);
        assert_eq!(q.source.as_deref(), (!q.answer.is_null()).then_some("flag"));
        assert_eq!(q.advice.is_some(), q.status == "fail", "{}", q.key);
    }
}

#[test]
fn the_report_and_a_checklist_match_their_published_schemas() {
    let schema = |name: &str| Test::new().args(["schema", name]).run().exits(0).json();
    let report = checked(NOT_READY, &["--format", "json"]).json();
    let checklist: serde_json::Value =
        serde_norway::from_str(include_str!("../../checklists/partner-escalation.de.yaml"))
            .unwrap();
    let template = Test::new().arg("template").run().stdout();
    let answers: serde_json::Value = serde_norway::from_str(&template).unwrap();
    for (name, instance) in [
        ("report", &report),
        ("checklist", &checklist),
        ("answers", &answers),
    ] {
        let validator = jsonschema::validator_for(&schema(name)).expect("a valid JSON Schema");
        let errors: Vec<String> = validator
            .iter_errors(instance)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
    // The schemas are strict: a misspelt field does not pass.
    let mut wrong = checklist.clone();
    wrong["titel"] = "x".into();
    let validator = jsonschema::validator_for(&schema("checklist")).unwrap();
    assert!(!validator.is_valid(&wrong));
}

#[test]
fn colour_only_when_asked_for() {
    let coloured = |args: &[&str], no_color: bool| {
        let mut test = Test::new();
        if !no_color {
            test = test.env_remove("NO_COLOR");
        }
        let out = test
            .args(args)
            .args(["check", "--no-input", "--today", TODAY])
            .answers(READY)
            .run();
        out.stdout_bytes().contains(&0x1b)
    };
    assert!(coloured(&["--color", "always"], true));
    assert!(coloured(&["--color", "always"], false));
    assert!(!coloured(&["--color", "never"], false));
    // Not a terminal: auto means none.
    assert!(!coloured(&[], false));
    assert!(!coloured(&["--color", "auto"], true));
}

//! What `check` prints: text, JSON and Markdown in English and German, pinned
//! by snapshots; the JSON contract; colour only when asked for.

use crate::common::{Outcome, READY, TODAY, Test};
use serde::Deserialize;

/// Answers that are not ready yet and produce warnings: planning not done,
/// the partner asked only yesterday, one vague example.
const NOT_READY: &[(&str, &str)] = &[
    ("scope.reviewed-deliverables", "yes"),
    ("scope.deliverables-added", "yes"),
    ("scope.planning-impact", "no"),
    ("partner-contact.raised", "unresolved"),
    ("partner-contact.raised-on", "2026-11-24"),
    ("specificity.examples", "checkout is slow"),
    ("specificity.examples", "ticket ACME-1234 opened 2026-11-02"),
    (
        "specificity.problem",
        "Since 3 November guest checkout fails.",
    ),
    ("scope.added-detail", "A loyalty module, agreed in October."),
    ("scope.clause", "Statement of work, section 3: checkout"),
    ("partner-contact.channel", "call"),
    ("partner-contact.went-up", "no"),
    ("specificity.evidence-where", "ACME's Jira"),
    ("context.merchant", "Example Retail GmbH"),
    ("context.partner", "ACME Commerce"),
    ("context.product", "cloud"),
    ("context.environment", "www.example.com"),
    ("context.severity", "degraded"),
    ("context.ask", "review-plan"),
    ("context.outcome", "A plan with dates by 4 December"),
    ("context.support-case", "none"),
    ("context.contact", "Jana Weber, +49 30 1234567"),
];

/// The partner resolved it.
const NOT_NEEDED: &[(&str, &str)] = &[
    ("scope.reviewed-deliverables", "yes"),
    ("scope.deliverables-added", "no"),
    ("partner-contact.raised", "resolved"),
    (
        "specificity.problem",
        "Guest checkout failed for two weeks.",
    ),
    ("context.merchant", "Example Retail GmbH"),
    ("context.partner", "ACME Commerce"),
    ("context.environment", "www.example.com"),
    ("context.severity", "delay"),
    ("context.ask", "other"),
    ("context.ask-other", "Keep an eye on the next release."),
    ("context.outcome", "Nothing for now"),
    ("context.support-case", "none"),
    ("context.contact", "Jana Weber, +49 30 1234567"),
];

/// A ready case with every answer the brief takes: the company with its
/// Adobe organisation, the partner's contact, a pasted email as their
/// answer, a date at risk that has passed, an Adobe support case.
const FULL: &[(&str, &str)] = &[
    ("scope.reviewed-deliverables", "yes"),
    ("scope.deliverables-added", "no"),
    ("partner-contact.raised", "unresolved"),
    ("partner-contact.raised-on", "2026-11-02"),
    (
        "specificity.examples",
        "ticket PAY-88 of 2026-11-02 in ACME's Jira",
    ),
    (
        "specificity.examples",
        "https://mail.example.com/thread/881",
    ),
    (
        "scope.clause",
        "SOW-2026-014, section 4.2: invoice payments; fixed price",
    ),
    (
        "partner-contact.partner-person",
        "Tom Wagner, project manager",
    ),
    ("partner-contact.channel", "email"),
    ("partner-contact.went-up", "yes"),
    (
        "partner-contact.decider",
        "Lena Hartmann, managing director",
    ),
    (
        "partner-contact.partner-answer",
        "Hi Jana,\n\nwe are looking into it.\nTom",
    ),
    (
        "specificity.problem",
        "Since 2 November invoice payments fail; a quarter of orders are lost.",
    ),
    (
        "specificity.evidence-where",
        "ACME's Jira (access on request); the emails are in my mailbox",
    ),
    ("specificity.evidence-access", "attached"),
    (
        "context.merchant",
        "Example Retail GmbH, org 1A2B3C@AdobeOrg",
    ),
    ("context.partner", "ACME Commerce"),
    ("context.project", "Shop relaunch"),
    ("context.product", "cloud"),
    (
        "context.environment",
        "www.example.com, cloud project vc7x2kq9pzl4m, the invoice payment extension",
    ),
    ("context.severity", "live-down"),
    ("context.ask", "joint-call"),
    (
        "context.ask-other",
        "Bring ACME's managing director into a call with me before Friday.",
    ),
    (
        "context.outcome",
        "Invoice payments working again by 27 November",
    ),
    ("context.impact", "About EUR 12,000 of orders a day."),
    ("context.at-risk", "2026-11-20"),
    ("context.support-case", "Adobe case 0123456"),
    (
        "context.contact",
        "Jana Weber, head of e-commerce, +49 30 1234567, weekdays 9 to 12",
    ),
];

/// `check` with these answers as flags and `args`: its outcome, which
/// must have nothing on stderr but, for a brief, what the CSM will ask
/// for (one line each, as the JSON report lists them).
fn checked(answers: &[(&str, &str)], args: &[&str]) -> Outcome {
    let out = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .args(args)
        .answers(answers)
        .run();
    let gap =
        |l: &&str| l.starts_with("Your CSM will ask for ") || l.starts_with("Im Briefing fehlt: ");
    let stderr = out.stderr();
    assert!(stderr.lines().all(|l| gap(&l)), "{stderr}");
    let brief = args.contains(&"markdown") || args.contains(&"--brief");
    assert!(brief || stderr.is_empty(), "{stderr}");
    out
}

/// Every verdict, in every format and both languages.
#[test]
fn snapshots_in_every_format_and_language() {
    for (name, answers, code) in [
        ("not_ready", NOT_READY, 1),
        ("ready", READY, 0),
        ("not_needed", NOT_NEEDED, 3),
    ] {
        for lang in ["en", "de"] {
            for format in ["text", "json", "markdown"] {
                let out = checked(answers, &["--lang", lang, "--format", format]);
                assert_eq!(out.code(), Some(code), "{name} {lang} {format}");
                let stdout = out.stdout();
                insta::assert_snapshot!(format!("{name}_{format}_{lang}"), stdout);
            }
        }
    }
}

/// The brief with every answer it takes, in both languages.
#[test]
fn snapshots_of_a_full_brief() {
    for lang in ["en", "de"] {
        let out = checked(FULL, &["--lang", lang, "--format", "markdown"]);
        assert_eq!(out.code(), Some(0), "{lang}");
        insta::assert_snapshot!(format!("full_brief_{lang}"), out.stdout());
    }
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
    next_steps: Vec<NextStep>,
    warnings: Vec<Warning>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct NextStep {
    kind: String,
    key: String,
    date: Option<String>,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Warning {
    kind: String,
    key: String,
    entry: Option<usize>,
    text: String,
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
    assert_eq!(report.schema_version, 2);
    assert_eq!(report.verdict, "not-ready");
    // Questions for the documents decide nothing; the summary counts the
    // items' own questions.
    let questions = report
        .items
        .iter()
        .flat_map(|i| &i.questions)
        .filter(|q| !crate::common::for_documents(&q.key));
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
    let steps: Vec<(&str, &str, Option<&str>)> = report
        .next_steps
        .iter()
        .map(|s| (s.kind.as_str(), s.key.as_str(), s.date.as_deref()))
        .collect();
    assert_eq!(
        steps,
        [
            ("advice", "scope.planning-impact", None),
            ("wait", "partner-contact.raised-on", Some("2026-11-27")),
        ]
    );
    assert!(
        report.next_steps[1]
            .text
            .ends_with("on or after 27 Nov 2026.")
    );
    let warnings: Vec<(&str, Option<usize>)> = report
        .warnings
        .iter()
        .map(|w| (w.kind.as_str(), w.entry))
        .collect();
    assert_eq!(warnings, [("unchecked-entry", Some(1))]);
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

//! The commands around `check`: show, template, validate, init, completions,
//! man and schema.

use crate::common::{CHECKLIST, TODAY, Test, assert_clean_error, assert_says, edited};

/// What `escalate ARGS` prints on stdout; it must succeed.
fn stdout_of(args: &[&str]) -> String {
    Test::new().args(args).run().exits(0).stdout()
}

/// Every key, as `show` and `template` list them: the items' questions,
/// then the context questions, which are asked last.
const KEYS: [&str; 17] = [
    "scope.reviewed-deliverables",
    "scope.deliverables-added",
    "scope.planning-impact",
    "partner-contact.raised",
    "partner-contact.raised-on",
    "partner-contact.partner-answer",
    "specificity.examples",
    "specificity.problem",
    "context.partner",
    "context.project",
    "context.product",
    "context.ask",
    "context.ask-other",
    "context.impact",
    "context.at-risk",
    "context.at-risk-what",
    "context.contact",
];

/// Where each key appears in `text`, which must be in the listed order.
fn assert_keys_in_order(text: &str) {
    let at: Vec<usize> = KEYS
        .iter()
        .map(|key| {
            let line = format!("{key}:");
            let shown = format!("  {key}  ");
            text.find(&line)
                .or_else(|| text.find(&shown))
                .unwrap_or_else(|| panic!("{key} missing"))
        })
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "keys out of order: {at:?}"
    );
}

#[test]
fn show_lists_every_key_with_its_allowed_values() {
    let text = stdout_of(&["show"]);
    assert_keys_in_order(&text);
    assert!(text.contains("not-yet"), "{text}");
    let german = stdout_of(&["--lang", "de", "show"]);
    assert_keys_in_order(&german);
    assert!(german.contains("Leistungsumfang"), "{german}");
}

#[test]
fn a_filled_in_template_is_a_valid_answers_file() {
    let template = stdout_of(&["template"]);
    assert_keys_in_order(&template);
    let filled = template
        .replace(
            "scope.reviewed-deliverables:\n",
            "scope.reviewed-deliverables: yes\n",
        )
        .replace(
            "scope.deliverables-added:\n",
            "scope.deliverables-added: no\n",
        )
        .replace(
            "partner-contact.raised:\n",
            "partner-contact.raised: resolved\n",
        )
        .replace(
            "specificity.examples:\n",
            "specificity.examples:\n  - ticket T-1\n",
        );
    // Empty values are not answers: the optional ones stay unanswered.
    Test::new()
        .file("answers.yaml", filled)
        .args(["check", "--no-input", "--today", TODAY])
        .args(["--answers", "answers.yaml"])
        .run()
        .exits(3);
    // Unfilled, every required key is missing.
    let message = Test::new()
        .file("answers.yaml", template)
        .args(["check", "--no-input", "--answers", "answers.yaml"])
        .run()
        .refused();
    assert_says(&message, &["scope.reviewed-deliverables"]);
}

#[test]
fn validate_reports_every_problem_of_every_file_in_one_run() {
    let several = edited("  - id: scope\n", "  - id: partner-contact\n")
        .replacen("id: planning-impact", "id: Planning_Impact", 1)
        .replacen("question: raised,", "question: never-asked,", 1);
    let test = Test::new()
        .file("good.yaml", CHECKLIST)
        .file("bad.yaml", several)
        .file("broken.yaml", "schema: 1\nitems: [\n");
    let out = test
        .clone()
        .args(["validate", "good.yaml", "bad.yaml", "broken.yaml"])
        .run()
        .exits(2);
    assert_says(&out.stdout(), &["good.yaml: valid"]);
    let stderr = assert_clean_error(out.stderr().as_bytes());
    assert_says(
        &stderr,
        &[
            "partner-contact",
            "Planning_Impact",
            "never-asked",
            "broken.yaml:3:1:",
        ],
    );
    let located = stderr.lines().filter(|l| l.contains("bad.yaml:")).count();
    assert!(
        located >= 3,
        "every problem of bad.yaml is located:\n{stderr}"
    );

    test.args(["validate", "good.yaml"]).run().exits(0);
}

#[test]
fn init_writes_a_checklist_that_validates_and_never_overwrites() {
    let test = Test::new();
    let written = test
        .clone()
        .args(["init", "--lang", "de", "mine.yaml"])
        .run()
        .exits(0)
        .read("mine.yaml");
    assert!(written.contains("lang: de"));
    test.clone().args(["validate", "mine.yaml"]).run().exits(0);

    let mine = test.file("mine.yaml", "mine");
    let out = mine.clone().args(["init", "mine.yaml"]).run();
    out.refused();
    assert_eq!(out.read("mine.yaml"), "mine");
}

#[test]
fn completions_man_and_schemas_are_printed() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = stdout_of(&["completions", shell]);
        assert!(script.contains("--save-answers"), "{shell}");
    }
    let man = stdout_of(&["man"]);
    assert!(man.contains(".TH escalate 1"), "{man}");
    // One page: every command under its own heading with its options, no
    // references to pages of their own, and the exit codes in EXIT STATUS.
    assert!(!man.contains("escalate\\-check(1)"), "{man}");
    assert!(!man.contains("(1)\n"), "{man}");
    for heading in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH DESCRIPTION",
        ".SH OPTIONS",
        ".SS \"escalate check\"",
        ".SS \"escalate template\"",
        ".SH \"EXIT STATUS\"",
    ] {
        assert!(man.contains(heading), "{heading} in {man}");
    }
    assert!(!man.contains("EXTRA"), "{man}");
    let check = &man[man.find(".SS \"escalate check\"").unwrap() + 1..];
    let check = &check[..check.find(".SS").unwrap()];
    for option in ["\\-\\-save\\-answers", "\\-\\-no\\-input", "\\-\\-today"] {
        assert!(check.contains(option), "{option} in {check}");
    }
    let exit = &man[man.find(".SH \"EXIT STATUS\"").unwrap()..];
    for (code, meaning) in [
        ("0", "ready to escalate"),
        ("1", "not ready yet"),
        ("3", "not needed"),
        ("2", "usage error"),
        ("130", "stopped with Ctrl\\-C"),
    ] {
        assert!(
            exit.contains(&format!(".TP\n\\fB{code}\\fR\n{meaning}")),
            "{code} in {exit}"
        );
    }
    for name in ["checklist", "answers", "report"] {
        let schema: serde_json::Value =
            serde_json::from_str(&stdout_of(&["schema", name])).unwrap();
        assert!(schema["$schema"].is_string(), "{name}");
    }
}

#[test]
fn usage_errors_exit_2_with_a_hint() {
    for args in [
        &["check", "--format", "yaml"][..],
        &["frobnicate"],
        &["check", "--answer", "no-equals-sign"],
    ] {
        eprintln!("{args:?}");
        Test::new().args(args).run().refused();
    }
}

/// The README's table of exit codes is the one `--help` and the man page
/// show.
#[test]
fn the_readme_lists_the_exit_codes_of_help() {
    let readme = include_str!("../../README.md");
    let help = Test::new()
        .args(["check", "--help"])
        .run()
        .exits(0)
        .stdout();
    let table = &help[help.find("Exit codes:").expect("a table in --help")..];
    let rows: Vec<(&str, &str)> = table
        .lines()
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .map(|l| l.trim().split_once(' ').unwrap())
        .map(|(code, meaning)| (code, meaning.trim()))
        .collect();
    assert_eq!(rows.len(), 5, "{table}");
    for (code, meaning) in rows {
        let row = format!("| {code} | {meaning} |");
        assert!(readme.contains(&row), "README.md lacks `{row}`");
    }
}

//! The answers kept between runs at the terminal, seen from a script: a
//! run that is not interactive never reads them, and `escalate forget`
//! deletes them.

use crate::common::{READY_OWN, TODAY, Test, assert_says};

/// Where the test's state folder keeps the answers of each checklist.
const KEPT_EN: &str = ".state/escalate/partner-escalation.en.yaml";
const KEPT_DE: &str = ".state/escalate/partner-escalation.de.yaml";

/// A kept-answers file with every answer `READY_OWN` gives.
fn kept(lang: &str) -> String {
    let mut text = format!(
        "version: 1\nchecklist: partner-escalation\nlang: {lang}\nsaved: 2026-11-20\nanswers:\n"
    );
    for (key, value) in READY_OWN {
        text.push_str(&format!("  {key}: '{value}'\n"));
    }
    text
}

#[test]
fn a_run_that_is_not_interactive_never_reads_the_kept_answers() {
    let test = Test::new().file(KEPT_EN, kept("en"));
    let flags = test
        .clone()
        .args(["check", "--no-input", "--today", TODAY])
        .run()
        .refused();
    assert_says(&flags, &["--no-input", "scope.reviewed-deliverables"]);
    let piped = test
        .clone()
        .args(["check", "--today", TODAY])
        .stdin("yes\n")
        .run()
        .refused();
    assert_says(&piped, &["scope.deliverables-added"]);
    assert_eq!(
        std::fs::read_to_string(test.path(KEPT_EN)).unwrap(),
        kept("en"),
        "the kept answers changed"
    );
}

#[test]
fn forget_deletes_the_kept_answers_of_one_checklist() {
    let test = Test::new()
        .file(KEPT_EN, kept("en"))
        .file(KEPT_DE, kept("de"));
    let out = test.clone().args(["forget"]).run().exits(0);
    let said = out.stdout();
    assert!(said.starts_with("forgot the answers kept in "), "{said}");
    assert!(said.trim_end().ends_with(KEPT_EN), "{said}");
    assert!(!test.path(KEPT_EN).exists());
    assert!(test.path(KEPT_DE).exists(), "the German answers went too");

    let again = test.clone().args(["forget"]).run().exits(0);
    assert_eq!(again.stdout(), "no answers are kept for this checklist\n");

    let german = test.clone().args(["--lang", "de", "forget"]).run().exits(0);
    assert!(german.stdout().contains(KEPT_DE), "{}", german.stdout());
    assert!(!test.path(KEPT_DE).exists());
}

//! The answers kept between runs at the terminal, seen from a script: a
//! run that is not interactive never reads them, and `escalate forget`
//! deletes them.

use crate::common::{READY_OWN, TODAY, Test, assert_says};

/// Where the test's state folder keeps the answers of the built-in
/// checklist, whatever the language.
const KEPT: &str = ".state/escalate/partner-escalation.yaml";

/// A kept-answers file with every answer `READY_OWN` gives.
fn kept() -> String {
    let mut text =
        "version: 2\nchecklist: partner-escalation\nsaved: 2026-11-20\nanswers:\n".to_owned();
    for (key, value) in READY_OWN {
        text.push_str(&format!("  {key}: '{value}'\n"));
    }
    text
}

#[test]
fn a_run_that_is_not_interactive_never_reads_the_kept_answers() {
    let test = Test::new().file(KEPT, kept());
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
        std::fs::read_to_string(test.path(KEPT)).unwrap(),
        kept(),
        "the kept answers changed"
    );
}

#[test]
fn forget_deletes_the_kept_answers_of_the_built_in_checklist_in_either_language() {
    for lang in ["en", "de"] {
        let test = Test::new().file(KEPT, kept());
        let out = test.clone().args(["--lang", lang, "forget"]).run().exits(0);
        let said = out.stdout();
        assert!(said.contains(KEPT), "{lang}: {said}");
        assert!(!test.path(KEPT).exists(), "{lang}");
    }
    let test = Test::new();
    let again = test.clone().args(["forget"]).run().exits(0);
    assert_eq!(again.stdout(), "no answers are kept for this checklist\n");
}

#[test]
fn forget_leaves_the_answers_of_another_checklist_with_the_same_id() {
    let test = Test::new()
        .file(KEPT, kept())
        .file("copy.yaml", crate::common::CHECKLIST);
    let out = test
        .clone()
        .args(["forget", "--checklist", "copy.yaml"])
        .run()
        .exits(0);
    assert_eq!(out.stdout(), "no answers are kept for this checklist\n");
    assert!(test.path(KEPT).exists(), "the built-in's answers went");
}

#[test]
fn forget_says_nothing_is_kept_where_nothing_can_be() {
    // A home that is a file, and a checklist whose id is longer than a
    // file name may be.
    let long = crate::common::edited(
        "id: partner-escalation",
        &format!("id: {}", "a".repeat(300)),
    );
    let test = Test::new().file("home", "").file("long.yaml", long);
    let home = test.path("home");
    for args in [&["forget"][..], &["forget", "--checklist", "long.yaml"]] {
        let out = test
            .clone()
            .env("HOME", &home)
            .env_remove("XDG_STATE_HOME")
            .args(args)
            .run()
            .exits(0);
        assert_eq!(
            out.stdout(),
            "no answers are kept for this checklist\n",
            "{args:?}"
        );
    }
    let out = test
        .clone()
        .args(["forget", "--checklist", "long.yaml"])
        .run()
        .exits(0);
    assert_eq!(out.stdout(), "no answers are kept for this checklist\n");
}

#[test]
fn forget_reports_a_kept_file_it_cannot_delete() {
    // A folder where the file should be cannot be deleted as one.
    let test = Test::new().file(&format!("{KEPT}/inside"), "");
    let out = test.clone().args(["forget"]).run().refused();
    assert_says(&out, &["cannot write", "partner-escalation.yaml"]);
}

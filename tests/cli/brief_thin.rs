//! A brief too thin to act on is said to be: many points open, or two of
//! those a CSM cannot act without (where it happens, what is at stake,
//! the outcome and by when), with what to gather first; the brief itself
//! is still written, and a check that writes none says nothing of it.

use crate::common::{READY_OWN, TODAY, Test, briefed, ready_with};

#[test]
fn a_brief_with_the_essentials_open_is_said_to_be_too_thin_with_what_to_gather() {
    let answers = ready_with(&[
        ("context.environment", "?"),
        ("context.impact", ""),
        ("context.outcome", "a new plan"),
        ("partner-contact.position", ""),
        ("partner-contact.decider", ""),
    ]);
    for (lang, thin, gather) in [
        (
            "en",
            "The brief is too thin to act on",
            [
                "where it happens",
                "what is at stake",
                "the date you need it by",
            ],
        ),
        (
            "de",
            "Das Briefing ist noch zu dünn",
            [
                "wo das Problem auftritt",
                "was auf dem Spiel steht",
                "bis wann Sie das Ergebnis brauchen",
            ],
        ),
    ] {
        let out = briefed(lang, &answers);
        let stdout = crate::common::unwrapped(&out.stdout());
        assert!(stdout.contains(thin), "{stdout}");
        for what in gather {
            assert!(stdout.contains(what), "{what}: {stdout}");
        }
        // Written all the same.
        assert!(!out.read("b.txt").is_empty());
    }
}

#[test]
fn a_brief_with_a_point_or_two_open_is_not_called_thin() {
    let answers = ready_with(&[("partner-contact.position", "")]);
    for (lang, thin, count) in [
        ("en", "too thin", "leaves one point open"),
        ("de", "zu dünn", "ist ein Punkt offen"),
    ] {
        let stdout = crate::common::unwrapped(&briefed(lang, &answers).stdout());
        assert!(!stdout.contains(thin), "{stdout}");
        assert!(stdout.contains(count), "{stdout}");
    }
    // No brief, no word of one.
    let out = Test::new()
        .args(["check", "--no-input", "--today", TODAY])
        .answers(READY_OWN)
        .run()
        .exits(0);
    assert!(!out.stdout().contains("thin"), "{}", out.stdout());
}

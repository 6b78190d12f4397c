//! The note reads as a letter in both languages: the outcome asked for in
//! a sentence of the note's own, the impact led in by one rule, the date
//! at risk said as a further harm, a part due by the day to answer by
//! asked for itself, and the greeting and subject as a business letter
//! writes them.

use crate::common::{TODAY, Test, ready_with};

/// The note and the run's output in `lang` with `answers`, the note's
/// lines unwrapped.
fn written(lang: &str, answers: &[(&str, &str)]) -> (String, String) {
    let out = Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args(["--partner-note", "note.txt"])
        .run();
    let note = crate::common::unwrapped(&out.read("note.txt"));
    (note, out.stderr() + &out.stdout())
}

fn note(lang: &str, answers: &[(&str, &str)]) -> String {
    written(lang, answers).0
}

#[test]
fn a_part_due_today_or_by_the_day_to_answer_by_is_asked_for_itself() {
    // Today, with a later part: the fix is expected today, never turned
    // into an answer today.
    for (severity, outcome, en, de) in [
        (
            "live-down",
            "Checkout working again today, root cause by 10 December",
            "I expect the first part today; please tell me today",
            "Den ersten Teil erwarte ich von Ihnen noch heute; bitte sagen Sie mir noch heute",
        ),
        // A range after a part due today.
        (
            "live-down",
            "Checkout working again today, full fix next week",
            "I expect the first part today; please tell me today",
            "Den ersten Teil erwarte ich von Ihnen noch heute; bitte sagen Sie mir noch heute",
        ),
        // The first part by the day to answer by, the second later.
        (
            "degraded",
            "Workaround by tomorrow, fix by 18 December",
            "I expect the first part on time; please tell me by",
            "erwarte ich den ersten Teil von Ihnen fristgerecht; bitte sagen Sie mir bis",
        ),
    ] {
        let answers = ready_with(&[("context.severity", severity), ("context.outcome", outcome)]);
        let (en_note, de_note) = (note("en", &answers), note("de", &answers));
        assert!(en_note.contains(en), "{outcome}: {en_note}");
        assert!(en_note.contains("the later"), "{outcome}: {en_note}");
        assert!(de_note.contains(de), "{outcome}: {de_note}");
        assert!(de_note.contains("spätere"), "{outcome}: {de_note}");
        assert!(!en_note.contains("meet these deadlines"), "{en_note}");
    }
    // Today alone: expected today; later alone: how they will meet it.
    let today = ready_with(&[("context.outcome", "Checkout working again today")]);
    assert!(note("en", &today).contains("I expect this today"));
    assert!(note("de", &today).contains("Das erwarte ich von Ihnen noch heute"));
    let later = ready_with(&[
        ("context.severity", "degraded"),
        ("context.outcome", "Fix by 18 December"),
    ]);
    assert!(note("en", &later).contains("how you will meet this date"));
    assert!(note("de", &later).contains("wie Sie diesen Termin einhalten werden"));
}

#[test]
fn the_outcome_and_the_impact_go_on_a_sentence_of_the_notes_own() {
    let answers = ready_with(&[
        ("context.outcome", "Checkout working again by 1 December"),
        (
            "context.impact",
            "Conversion dropped from 2.1% to 1.4%, roughly EUR 15k a month",
        ),
    ]);
    let en = note("en", &answers);
    assert!(
        en.contains("Specifically, I need the following from you: checkout working again"),
        "{en}"
    );
    assert!(
        en.contains("For our business, this means conversion dropped"),
        "{en}"
    );
    assert!(!en.contains("is this:"), "{en}");
    // A name keeps its capital.
    let named = ready_with(&[("context.outcome", "SAP export working by 1 December")]);
    assert!(note("en", &named).contains("from you: SAP export"));
    let de = note(
        "de",
        &ready_with(&[
            ("context.outcome", "Behebung bis 1. Dezember"),
            ("context.impact", "Verluste von ca. 8.000 EUR pro Woche"),
        ]),
    );
    assert!(
        de.contains("Konkret benötige ich von Ihnen: Behebung bis"),
        "{de}"
    );
    assert!(
        de.contains("Für unser Geschäft heißt das: Verluste von ca. 8.000 EUR pro Woche."),
        "{de}"
    );
    assert!(!de.contains("ist Folgendes"), "{de}");
}

#[test]
fn the_date_at_risk_is_a_further_harm_with_the_event_as_its_subject() {
    let answers = ready_with(&[
        ("context.severity", "delay"),
        ("context.at-risk", "2027-02-01"),
        ("context.at-risk-what", "go-live"),
        ("context.impact", "Losses of about EUR 8,000 a week"),
    ]);
    let en = note("en", &answers);
    assert!(
        en.contains("It also puts our go-live on 1 Feb 2027 at risk."),
        "{en}"
    );
    let de = note(
        "de",
        &ready_with(&[
            ("context.severity", "delay"),
            ("context.at-risk", "2027-02-01"),
            ("context.at-risk-what", "Go-live"),
            ("context.impact", "Verluste von ca. 8.000 EUR pro Woche"),
        ]),
    );
    assert!(
        de.contains("Außerdem ist unser Go-live am 01.02.2027 gefährdet."),
        "{de}"
    );
    assert!(!de.contains("Damit ist"), "{de}");
}

#[test]
fn a_german_letter_greets_as_a_business_letter_and_the_subject_keeps_a_leaning_name() {
    let nobody = ready_with(&[
        ("partner-contact.partner-person", ""),
        ("context.merchant", "Alpenwelt Handels GmbH"),
    ]);
    let (de, de_out) = written("de", &nobody);
    assert!(de.starts_with("Sehr geehrte Damen und Herren,"), "{de}");
    assert!(de_out.contains("Alpenwelt Handels GmbH"), "{de_out}");
    let (en, en_out) = written("en", &nobody);
    assert!(en.starts_with("Hello,"), "{en}");
    assert!(en_out.contains("Alpenwelt Handels GmbH"), "{en_out}");
    let titled = ready_with(&[("partner-contact.partner-person", "Herr Jörg Brandt")]);
    assert!(note("de", &titled).starts_with("Sehr geehrter Herr Brandt,"));
    assert!(note("en", &titled).starts_with("Dear Mr Brandt,"));
    let untitled = ready_with(&[("partner-contact.partner-person", "Jörg Brandt")]);
    assert!(note("de", &untitled).starts_with("Guten Tag Jörg Brandt,"));
}

//! Changing answers on the review screen: Enter keeps the old answer and
//! typing replaces it, for text, dates and lists; a choice switched away
//! and back brings back the answers it had dropped.

use crate::common::{READY, READY_OWN};
use crate::tty::*;

/// The entries of the review screen, as drawn up to the one that starts
/// with `last`: 0 confirms.
fn review_entries(tty: &mut Tty, last: &str) -> Vec<String> {
    let drawn = tty.expect(REVIEW) + &tty.expect(last) + &tty.expect("\r\n");
    let list = &drawn[drawn.rfind(REVIEW).unwrap()..];
    list.split("\r\n")
        .skip(1)
        // After the cursor's column and the entry's number.
        .map(|line| line.get(5..).unwrap_or_default().to_owned())
        .filter(|line| !line.is_empty())
        .collect()
}

/// Picks the entry that starts with `label` among the `entries` of the
/// review screen.
fn pick_entry(tty: &mut Tty, entries: &[String], label: &str) {
    let n = entries
        .iter()
        .position(|e| e.starts_with(label))
        .unwrap_or_else(|| panic!("{label:?} not among {entries:#?}"));
    tty.send(&format!("{}\r", DOWN.repeat(n)));
}

#[test]
fn enter_keeps_and_typing_replaces_text_dates_and_lists() {
    let mut tty = Tty::check(BRIEF);
    tty.walk(&ready_brief_walk());
    let last = "Contact: ";

    // Text: the old answer is not in the line to be edited; typing
    // replaces it.
    let entries = review_entries(&mut tty, last);
    pick_entry(&mut tty, &entries, "The problem: ");
    tty.expect("Enter keeps Since 3 November guest checkout fails");
    tty.send("Checkout is down since 3 November.\r");
    let entries = review_entries(&mut tty, last);
    assert!(
        entries.contains(&"The problem: Checkout is down since 3 November.".to_owned()),
        "{entries:#?}"
    );

    // A date: no day that is not in the calendar, and no old date glued
    // to the new one; day first with dots is fine.
    pick_entry(&mut tty, &entries, "Raised on: ");
    tty.expect("Enter keeps 10 Nov 2026");
    tty.send("2026-11-31\r");
    tty.expect("the calendar has no such day");
    tty.send("12.11.2026\r");
    let entries = review_entries(&mut tty, last);
    assert!(
        entries.contains(&"Raised on: 12 Nov 2026".to_owned()),
        "{entries:#?}"
    );

    // Enter keeps the date just given.
    pick_entry(&mut tty, &entries, "Raised on: ");
    tty.expect("Enter keeps 12 Nov 2026");
    tty.send("\r");

    // A list: a new list replaces the old one.
    let entries = review_entries(&mut tty, last);
    pick_entry(&mut tty, &entries, "Examples: ");
    tty.expect("Examples: you gave 2 entries before");
    tty.expect("Start a new list");
    tty.send("3");
    tty.expect("Examples 1:");
    tty.send("email of 2026-11-20 to ACME, no reply\r");
    tty.expect("Examples 2:");
    tty.send("\r");
    let entries = review_entries(&mut tty, last);
    assert!(
        entries.contains(&"Raised on: 12 Nov 2026".to_owned()),
        "{entries:#?}"
    );
    assert!(
        entries.contains(&"Examples: email of 2026-11-20 to ACME, no reply".to_owned()),
        "{entries:#?}"
    );
    tty.send("\r");
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    let mut changed = ready_with(
        READY,
        &[
            (
                "specificity.problem",
                Some("Checkout is down since 3 November."),
            ),
            ("partner-contact.raised-on", Some("2026-11-12")),
            ("specificity.examples", None),
        ],
    );
    changed.push((
        "specificity.examples",
        "email of 2026-11-20 to ACME, no reply",
    ));
    assert_same_as_flags(&changed, BRIEF, code, &output);
}

#[test]
fn a_choice_switched_away_and_back_keeps_the_answers_after_it() {
    let mut tty = Tty::check(&[]);
    tty.walk(READY_WALK);
    // Resolved: the date and the examples no longer apply.
    tty.review(REVIEW_RAISED);
    tty.expect("Explain this question");
    tty.send(&format!("{UP}\r"));
    let entries = review_entries(&mut tty, "Raised with the partner: ");
    assert!(
        !entries.iter().any(|e| e.starts_with("Raised on")),
        "{entries:#?}"
    );
    assert!(
        !entries.iter().any(|e| e.starts_with("Examples")),
        "{entries:#?}"
    );
    // Unresolved again: they come back as they were, without being asked;
    // the partner's answer, never given, is asked.
    tty.send(&format!("{}\r", DOWN.repeat(REVIEW_RAISED)));
    tty.expect("Explain this question");
    tty.send(&format!("{DOWN}\r"));
    tty.walk(&[("What did the partner answer?", "\r")]);
    let entries = review_entries(&mut tty, "Examples: ");
    assert!(
        entries.contains(&"Raised on: 10 Nov 2026".to_owned()),
        "{entries:#?}"
    );
    tty.send("\r");
    tty.decline();
    let code = tty.finish();
    let output = tty.output();
    assert_eq!(code, 0, "{output}");
    let after = &output[output.rfind("Yes, but there was no answer").unwrap()..];
    assert!(!after.contains("On which date"), "asked again:\n{after}");
    assert_same_as_flags(READY_OWN, &[], code, &output);
}

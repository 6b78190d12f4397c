//! Before the brief is written at the terminal: what the CSM will ask for
//! that the answers leave out, with where to find it, and the offer to
//! answer it now, at 100 and at 40 columns.

use crate::tty::*;

/// Answers beyond `common::READY`: a project, a date at risk, and the
/// partner's answer (READY's position stands on it).
const EXTRA: &[(&str, &str)] = &[
    ("context.project", "Shop relaunch"),
    ("context.at-risk", "2026-12-15"),
    (
        "partner-contact.partner-answer",
        "On 18 November: they will look into it.",
    ),
];

/// The flags of a brief with every answer of `common::READY` and
/// [`EXTRA`] given, but those to `open`: the walk asks only these.
fn given_but(open: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = BRIEF.iter().map(|a| a.to_string()).collect();
    for (key, value) in crate::common::READY.iter().chain(EXTRA) {
        if !open.contains(key) {
            args.push("-a".into());
            args.push(format!("{key}={value}"));
        }
    }
    args
}

#[test]
fn the_gaps_are_listed_with_where_to_find_them_and_answered_on_the_spot() {
    // Every answer but the two the CSM will ask for, and the contact (so
    // that the walk runs), given as flags: the walk asks only those three,
    // and the two are left open.
    let open = [
        "context.cloud-project",
        "partner-contact.decider",
        "context.contact",
    ];
    let args = given_but(&open);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    for size in [(100, 40), (40, 40)] {
        let mut tty = Tty::check_in(size, false, &args);
        tty.walk(&[
            ("Who at the partner can decide", "\r"),
            ("The ID of your cloud project", "\r"),
            ("In a few words, what is broken?", "\r"),
            ("What happens on that date", "\r"),
            ("Your name, and how", "Jana Weber, +49 30 1234567\r"),
            ("Review your answers", "\r"), // all correct
        ]);
        let offer = tty.expect("Write the brief as it is");
        let said = words(&offer);
        for part in [
            "Before acting, your CSM will ask you for:",
            "- the ID of your cloud project. It is in the project's address in the Cloud Console (console.adobecommerce.com)",
            "- who at the partner can decide, with full name and role. Name the account lead",
            "Answer these now, so that the brief has them?",
            "Answer them now",
        ] {
            assert!(said.contains(part), "{size:?}: {part:?} not in:\n{offer}");
        }
        // Nothing the walk filled is listed.
        assert!(!said.contains("organisation ID"), "{size:?}: {offer}");
        tty.send("\r"); // answer them now
        tty.walk(&[
            ("The ID of your cloud project", "abc12de3fgh4i\r"),
            (
                "Who at the partner can decide",
                "Derek Olsen, account director, +44 20 7946 0321\r",
            ),
        ]);
        let code = tty.finish();
        let output = tty.output();
        assert_eq!(code, 0, "{output}");
        // Offered at the terminal: not warned of again.
        assert!(!output.contains("Your CSM will ask for"), "{output}");
        let (columns, rows) = (usize::from(size.0), usize::from(size.1));
        let shown = screen(&tty.seen, columns, rows);
        assert!(
            shown.lines().all(|l| l.chars().count() <= columns),
            "{size:?}:\n{shown}"
        );
        let brief = std::fs::read_to_string(tty.path("brief.md")).unwrap();
        for part in [
            "**Cloud project:** abc12de3fgh4i",
            "**Decision-maker at the partner:** Derek Olsen, account director, +44 20 7946 0321",
        ] {
            assert!(brief.contains(part), "{size:?}: {part:?} not in:\n{brief}");
        }
    }
}

#[test]
fn the_brief_is_written_as_it_is_when_the_offer_is_declined() {
    let mut tty = Tty::check(BRIEF);
    tty.walk(&without_decider());
    tty.review(0);
    tty.expect("Write the brief as it is");
    tty.send(&format!("{DOWN}\r"));
    assert_eq!(tty.finish(), 0, "{}", tty.output());
    let brief = std::fs::read_to_string(tty.path("brief.md")).unwrap();
    assert!(!brief.contains("Decision-maker at the partner"), "{brief}");
}

/// The walk of `common::READY` with no decider named: whether the CSM may
/// contact the partner is asked all the same.
fn without_decider() -> Vec<Step> {
    ready_brief_walk()
        .into_iter()
        .map(|(text, keys)| match text {
            "Who at the partner can decide" => (text, "\r"),
            _ => (text, keys),
        })
        .collect()
}

/// A decider named only at the offer is the one the CSM may contact: the
/// walk asked for the permission already, with no decider named.
#[test]
fn a_decider_named_at_the_offer_is_the_one_the_csm_may_contact() {
    let mut tty = Tty::check(BRIEF);
    tty.walk(&without_decider());
    tty.review(0);
    tty.expect("Write the brief as it is");
    tty.send("\r"); // answer them now
    // With no decider, the contact the CSM may call has no number either:
    // asked for it, too.
    tty.walk(&[
        (
            "Who at the partner can decide",
            "Derek Olsen, account director, +44 20 7946 0321\r",
        ),
        (
            "Who is your contact at the partner",
            "Tom Wagner, project manager, tom@acme.example\r",
        ),
    ]);
    assert_eq!(tty.finish(), 0, "{}", tty.output());
    let brief = std::fs::read_to_string(tty.path("brief.md")).unwrap();
    assert!(
        brief.contains("You may contact Derek Olsen directly"),
        "{brief}"
    );
}

#[test]
fn a_decider_the_csm_may_contact_without_a_phone_is_asked_again_once() {
    let open = ["partner-contact.decider", "context.contact"];
    let args = given_but(&open);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    for size in [(100, 40), (40, 40)] {
        let mut tty = Tty::check_in(size, false, &args);
        tty.walk(&[
            (
                "Who at the partner can decide",
                "Derek Olsen, account director\r",
            ),
            ("In a few words, what is broken?", "\r"),
            ("What happens on that date", "\r"),
            ("Your name, and how", "Jana Weber, +49 30 1234567\r"),
            ("Review your answers", "\r"), // all correct
        ]);
        let offer = tty.expect("Write the brief as it is");
        let said = words(&offer);
        let part =
            "- a phone number or email address for the partner's decider. Add it after their role";
        assert!(said.contains(part), "{size:?}: {part:?} not in:\n{offer}");
        tty.send("\r"); // answer them now
        tty.walk(&[(
            "Who at the partner can decide",
            "Derek Olsen, account director, +44 20 7946 0321\r",
        )]);
        let code = tty.finish();
        let output = tty.output();
        assert_eq!(code, 0, "{output}");
        let after = &output[output.find("Answer them now").unwrap()..];
        assert_eq!(
            after.matches("Who at the partner can decide").count(),
            1,
            "{after}"
        );
        let brief = std::fs::read_to_string(tty.path("brief.md")).unwrap();
        let part =
            "**Decision-maker at the partner:** Derek Olsen, account director, +44 20 7946 0321";
        assert!(brief.contains(part), "{size:?}: {part:?} not in:\n{brief}");
    }
}

#[test]
fn an_answer_for_the_csm_that_the_note_would_leave_out_is_offered_to_be_reworded() {
    // Every answer given but the outcome, which the walk asks and the
    // user words for the CSM.
    let mut args: Vec<String> = vec!["--partner-note".into(), "note.txt".into()];
    for (key, value) in crate::common::READY {
        if *key != "context.outcome" {
            args.push("-a".into());
            args.push(format!("{key}={value}"));
        }
    }
    for answer in [
        "context.problem-for-partner=Guest checkout fails on the live shop.",
        "context.project=Shop relaunch",
        "context.topic=guest checkout",
        "context.at-risk=2026-12-15",
        "context.at-risk-what=relaunch",
    ] {
        args.push("-a".into());
        args.push(answer.into());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut tty = Tty::check_in((100, 40), false, &args);
    tty.walk(&[
        (
            "What outcome do you want",
            "Please set up a call with me and the agency by 4 Dec\r",
        ),
        ("Review your answers", "\r"), // all correct
    ]);
    let offer = tty.expect("Write the note without them");
    let said = words(&offer);
    for part in [
        "The note to your partner leaves out these sentences, as you wrote them for your CSM:",
        "\"Please set up a call with me and the agency by 4 Dec\" is addressed to your CSM",
        "Reword them now",
    ] {
        assert!(said.contains(part), "{part:?} not in:\n{offer}");
    }
    tty.send("\r"); // reword them now
    tty.expect("What outcome do you want");
    // The answer so far is the starting point: cleared and retyped.
    tty.send("\x15Guest checkout working again by 4 Dec\r");
    tty.walk(&[("Write the brief for your CSM now?", "3")]); // no, thanks
    tty.finish();
    let output = tty.output();
    let note = std::fs::read_to_string(tty.path("note.txt")).unwrap();
    assert!(
        words(&note).contains("guest checkout working again by 4 Dec."),
        "{output}\n{note}"
    );
    assert!(!output.contains("leaves out your answer"), "{output}");
}

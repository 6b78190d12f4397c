//! What the note says is said as the answers say it, once, and only to
//! the partner: the partner's reply by the channel and day the answer
//! gives it (the latest exchange it tells), a request meant for the CSM
//! left out in either language, no placeholder or third-person pronoun
//! as an example, the clause not named again when the position cites it,
//! and going higher said with the role and whether an answer came.

use crate::common::{TODAY, Test, ready_with};

/// The partner's version of the problem, so that no warning is due.
const FOR_PARTNER: (&str, &str) = (
    "context.problem-for-partner",
    "Since 3 November guest checkout fails on the live shop.",
);

/// The note written in `lang` with `answers`, its lines unwrapped.
fn note(lang: &str, answers: &[(&str, &str)]) -> String {
    let out = Test::new()
        .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
        .answers(answers)
        .args(["--partner-note", "note.txt"])
        .run();
    crate::common::unwrapped(&out.read("note.txt"))
}

#[test]
fn the_reply_is_the_latest_exchange_the_answer_tells_never_how_the_merchant_raised_it() {
    // Raised by phone; the answer tells that call, then an email of the
    // partner's a week later: the note answers the email.
    let told = ready_with(&[
        FOR_PARTNER,
        ("context.severity", "delay"),
        ("partner-contact.channel", "call"),
        ("partner-contact.raised-on", "2026-11-13"),
        // No position: the note refers to the reply it answers, without thanks.
        ("partner-contact.position", ""),
        (
            "partner-contact.partner-answer",
            "Call on 13 Nov: Tom said they are \"on it\". Asked again by email on 20 Nov, answer: \"We are looking into it, the team is very busy.\"",
        ),
    ]);
    for (lang, said, never) in [
        (
            "en",
            "I am writing in reply to your email of 20 Nov 2026 about the problem below, which I raised with you by phone on 13 Nov 2026.",
            "call on 13",
        ),
        (
            "de",
            "ich beziehe mich auf Ihre E-Mail vom 20.11.2026 zu dem folgenden Problem, das ich am 13.11.2026 in einem Gespräch mit Ihnen angesprochen habe.",
            "Anruf",
        ),
    ] {
        let note = note(lang, &told);
        assert!(note.contains(said), "{lang}: {note}");
        assert!(!note.contains(never), "{lang}: {note}");
    }
    // An answer that names no channel or day: "your reply", nothing
    // invented, and the date it raised it said once, in one sentence.
    let plain = ready_with(&[
        FOR_PARTNER,
        ("context.severity", "delay"),
        ("partner-contact.position", ""),
        ("partner-contact.partner-answer", "We are looking into it."),
    ]);
    for (lang, said) in [
        (
            "en",
            "I am writing further to your reply about the problem below, which I raised with you on 10 Nov 2026.",
        ),
        (
            "de",
            "ich beziehe mich auf Ihre Antwort zu dem folgenden Problem, das ich Ihnen am 10.11.2026 geschildert habe.",
        ),
    ] {
        let note = note(lang, &plain);
        assert!(note.contains(said), "{lang}: {note}");
    }
    // A reply on the day it was raised: that day is said once.
    let same = ready_with(&[
        FOR_PARTNER,
        ("context.severity", "delay"),
        (
            "partner-contact.partner-answer",
            "Email from Tom, 10 Nov:\nWe are looking into it.",
        ),
    ]);
    for (lang, said) in [
        ("en", "which I raised with you the same day."),
        ("de", "das ich Ihnen am selben Tag geschildert habe."),
    ] {
        let note = note(lang, &same);
        assert!(note.contains(said), "{lang}: {note}");
        assert_eq!(
            note.matches("10 Nov").count() + note.matches("10.11.").count(),
            1,
            "{note}"
        );
    }
}

#[test]
fn a_request_to_arrange_a_meeting_with_someone_at_the_partner_never_reaches_them() {
    for (lang, outcome, kept, cut) in [
        (
            "de",
            "Vollständige Migration auf Staging bis 18.12.2026. Bitte organisieren Sie ein Gespräch mit Frau Brandt.",
            "ollständige Migration auf Staging bis 18.12.2026.",
            "Brandt",
        ),
        (
            "en",
            "Full migration on staging by 18 Dec 2026. We ask you to set up a call with Derek Olsen this week.",
            "ull migration on staging by 18 Dec 2026.",
            "Olsen",
        ),
        (
            "en",
            "Full migration on staging by 18 Dec 2026. A meeting moderated by Adobe.",
            "ull migration on staging by 18 Dec 2026.",
            "Adobe",
        ),
    ] {
        let answers = ready_with(&[
            FOR_PARTNER,
            ("context.severity", "delay"),
            ("context.outcome", outcome),
        ]);
        let note = note(lang, &answers);
        assert!(note.contains(kept), "{lang}: {note}");
        assert!(!note.contains(cut), "{lang}: {note}");
    }
}

#[test]
fn a_placeholder_or_an_example_that_speaks_of_them_as_they_is_no_example() {
    for (lang, pronoun) in [
        ("en", "Category pages time out, they said it's Fastly"),
        (
            "de",
            "Kategorieseiten laden nicht, sie sagen, es liege am Hosting",
        ),
    ] {
        let answers = ready_with(&[
            FOR_PARTNER,
            ("context.severity", "delay"),
            ("context.partner", "n/a"),
            (
                "specificity.examples",
                "Search for 'blue' takes 9 s, 2026-11-20",
            ),
            ("specificity.examples", "n/a"),
            ("specificity.examples", "-"),
            ("specificity.examples", pronoun),
        ]);
        let out = Test::new()
            .args(["--lang", lang, "check", "--no-input", "--today", TODAY])
            .answers(&answers)
            .args(["--partner-note", "note.txt", "--brief", "brief.md"])
            .run();
        let note = crate::common::unwrapped(&out.read("note.txt"));
        // Its quotes are the letter's own.
        assert!(
            note.contains("- Search for \u{201c}blue\u{201d}")
                || note.contains("- Search for \u{201e}blue\u{201c}"),
            "{lang}: {note}"
        );
        for never in ["- n/a", "- -", pronoun] {
            assert!(!note.contains(never), "{lang}: {never}: {note}");
        }
        // The brief lists no placeholder either.
        let brief = out.read("brief.md");
        assert!(
            !brief.contains("- n/a") && !brief.contains("- -\n"),
            "{brief}"
        );
        let told = if lang == "de" {
            "Beispiel 4"
        } else {
            "example 4"
        };
        assert!(out.stderr().contains(told), "{}", out.stderr());
    }
}

#[test]
fn a_clause_the_position_cites_is_not_named_again_and_going_higher_says_role_and_silence() {
    let answers = ready_with(&[
        FOR_PARTNER,
        ("context.severity", "delay"),
        ("scope.clause", "SOW-2026-014 section 4.2, guest checkout"),
        (
            "partner-contact.partner-answer",
            "Email from Tom, 12 Nov:\nThis is a change request.",
        ),
        (
            "partner-contact.position",
            "Guest checkout is in SOW-2026-014, as section 4.2 requires.",
        ),
        ("partner-contact.went-up", "yes"),
        ("partner-contact.decider", "Derek Olsen, account director"),
        (
            "partner-contact.went-up-answer",
            "Wrote to Derek on 13 Nov. He has not answered.",
        ),
    ]);
    for (lang, higher, clause) in [
        (
            "en",
            "On 13 Nov 2026 I also raised it with Derek Olsen, your account director, who has not answered yet.",
            "Our agreement covers this",
        ),
        (
            "de",
            "Am 13.11.2026 habe ich mich außerdem an Derek Olsen, Ihren account director, gewandt; eine Antwort steht noch aus.",
            "Bestandteil unserer Vereinbarung",
        ),
    ] {
        let note = note(lang, &answers);
        assert!(note.contains(higher), "{lang}: {note}");
        assert!(!note.contains(clause), "{lang}: {note}");
        assert_eq!(note.matches("4.2").count(), 1, "{lang}: {note}");
        // Going higher comes after the position.
        assert!(note.find("as section 4.2").unwrap() < note.find("Derek").unwrap());
    }
}

#[test]
fn going_higher_by_a_voicemail_never_called_back_says_so() {
    for (lang, answer, said) in [
        (
            "en",
            "Called Derek on 13 Nov, went to voicemail, no callback so far.",
            "I also left a voicemail for Derek Olsen, your account director, on 13 Nov 2026; no one has called me back yet.",
        ),
        (
            "de",
            "Herrn Olsen am 13.11. angerufen, nur Mailbox, kein Rückruf bisher.",
            "Am 13.11.2026 habe ich außerdem Herrn Olsen, Ihren account director, angerufen und eine Nachricht auf der Mailbox hinterlassen; zurückgerufen hat mich bisher niemand.",
        ),
    ] {
        let answers = ready_with(&[
            FOR_PARTNER,
            ("partner-contact.went-up", "yes"),
            ("partner-contact.decider", "Derek Olsen, account director"),
            ("partner-contact.went-up-answer", answer),
        ]);
        let note = note(lang, &answers);
        assert!(note.contains(said), "{lang}: {note}");
        assert!(!note.contains("raised it with"), "{lang}: {note}");
    }
}

#[test]
fn a_problem_cut_whole_is_still_said_in_a_few_words() {
    // Every sentence of the problem speaks of the partner and cannot be
    // put to them: the topic and the severity say what is wrong.
    for (lang, problem, said) in [
        (
            "en",
            "ACME clearly doesn't care about us. They keep saying it's the vendor.",
            "The problem, in a few words: live shop down \u{2013} checkout broken since release 2.4.1.",
        ),
        (
            "de",
            "ACME ist das offenbar egal. Die Agentur kümmert sich nicht.",
            "Das Problem in wenigen Worten: Shop ausgefallen \u{2013} checkout broken since release 2.4.1.",
        ),
    ] {
        let answers = ready_with(&[
            ("specificity.problem", problem),
            ("context.topic", "checkout broken since release 2.4.1"),
        ]);
        let note = note(lang, &answers);
        assert!(note.contains(said), "{lang}: {note}");
        assert!(
            !note.contains("egal") && !note.contains("care"),
            "{lang}: {note}"
        );
    }
}

#[test]
fn what_the_partner_said_is_an_answer_and_never_called_none() {
    for (lang, example, none, said) in [
        (
            "en",
            "Tom said on the phone they would 'have a look on Monday'",
            "no answer",
            "What you have told me so far has not solved it",
        ),
        (
            "de",
            "Herr Wagner meinte am Telefon, man schaue am Montag nach",
            "keine Antwort",
            "Was Sie mir bisher gesagt haben, hat das Problem nicht gelöst",
        ),
    ] {
        let answers = ready_with(&[FOR_PARTNER, ("specificity.examples", example)]);
        let note = note(lang, &answers);
        assert!(note.contains(said), "{lang}: {note}");
        assert!(!note.to_lowercase().contains(none), "{lang}: {note}");
        // Without it, no answer came.
        let note = self::note(lang, &ready_with(&[FOR_PARTNER]));
        assert!(!note.contains(said), "{lang}: {note}");
    }
}

#[test]
fn an_example_that_only_points_at_an_attachment_is_no_example_in_either_document() {
    for (lang, pointer) in [("en", "see attached"), ("de", "siehe Anhang")] {
        let answers = ready_with(&[
            FOR_PARTNER,
            ("context.severity", "delay"),
            (
                "specificity.examples",
                "ticket ACME-1234: guest checkout fails",
            ),
            ("specificity.examples", pointer),
        ]);
        let out = crate::common::both_documents(lang, &answers);
        for document in ["b.txt", "n.txt"] {
            let text = out.read(document);
            assert!(!text.contains(&format!("- {pointer}")), "{lang}: {text}");
            assert!(text.contains("- ticket ACME-1234"), "{lang}: {text}");
        }
    }
}

#[test]
fn a_clause_with_a_colon_of_its_own_is_framed_without_another() {
    for (lang, said) in [
        (
            "en",
            "This is covered by SOW-2026-014, section 7 Hypercare: 30 days of P1 support after go-live.",
        ),
        (
            "de",
            "Maßgeblich ist hier SOW-2026-014, section 7 Hypercare: 30 days of P1 support after go-live.",
        ),
    ] {
        let answers = ready_with(&[
            FOR_PARTNER,
            (
                "scope.clause",
                "SOW-2026-014, section 7 Hypercare: 30 days of P1 support after go-live",
            ),
        ]);
        let note = note(lang, &answers);
        assert!(note.contains(said), "{lang}: {note}");
    }
}

/// The note carries no attachment: an example's last part that says a
/// file is attached, however long its name, is left out of it, and the
/// brief, which may be sent with the file, keeps it.
#[test]
fn an_examples_attached_file_is_not_claimed_in_the_note() {
    for (lang, example, kept, never) in [
        (
            "en",
            "318 orders from 23 Nov to 6 Dec not exported to SAP, list from the order grid attached",
            "318 orders from 23 Nov to 6 Dec not exported to SAP",
            "attached",
        ),
        (
            "de",
            "318 Bestellungen nicht an SAP übertragen; Liste aus dem Bestellraster im Anhang",
            "318 Bestellungen nicht an SAP übertragen",
            "im Anhang",
        ),
        (
            "de",
            "Preisfehler auf 40 Artikeln – Export der betroffenen Artikel anbei",
            "Preisfehler auf 40 Artikeln",
            "anbei",
        ),
    ] {
        let out = crate::common::both_documents(
            lang,
            &crate::common::ready_with(&[("specificity.examples", example)]),
        );
        let note = crate::common::unwrapped(&out.read("n.txt"));
        assert!(note.contains(kept), "{lang}: {note}");
        assert!(!note.contains(never), "{lang}: {note}");
        let brief = crate::common::unwrapped(&out.read("b.txt"));
        assert!(brief.contains(example), "{lang}: {brief}");
    }
}
